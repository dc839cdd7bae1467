<?php

/**
 * @generate-class-entries static
 * @generate-legacy-arginfo 80100
 */

namespace MetaMTA;

/**
 * Sends email through Amazon SES SendRawEmail, signed with AWS Signature Version 4.
 * @strict-properties
 * @not-serializable
 */
final class AmazonSESAdapter extends MailAdapter
{
    /** @var string */
    public const ADAPTERTYPE = "ses";

    /** Returns ["email"]. */
    public function getSupportedMessageTypes(): array {}

    /**
     * Posts the raw MIME message to https://{endpoint}/ (or base-uri) as SendRawEmail.
     * @throws InvalidArgumentException
     * @throws TransportException
     * @throws ProviderException
     */
    public function sendMessage(ExternalMessage $message): void {}

    /**
     * Checks access-key, secret-key, region, endpoint (a bare host name), session-token, base-uri and timeout.
     * @throws InvalidArgumentException
     */
    protected function validateOptions(#[\SensitiveParameter] array $options): void {}

    /** access-key, secret-key, region, endpoint and session-token => null, base-uri => null, timeout => 60. */
    public function newDefaultOptions(): array {}
}
