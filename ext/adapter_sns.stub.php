<?php

/**
 * @generate-class-entries static
 * @generate-legacy-arginfo 80100
 */

namespace MetaMTA;

/**
 * Sends SMS through Amazon SNS Publish to a phone number, signed with AWS Signature Version 4.
 * @strict-properties
 * @not-serializable
 */
final class AmazonSNSAdapter extends MailAdapter
{
    /** @var string */
    public const ADAPTERTYPE = "sns";

    /** Returns ["sms"]. */
    public function getSupportedMessageTypes(): array {}

    /**
     * Posts Publish with the phone number and text to https://{endpoint}/ (or base-uri).
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
