<?php

/**
 * @generate-class-entries static
 * @generate-legacy-arginfo 80100
 */

namespace MetaMTA;

/**
 * Sends email through SendGrid's v3 mail-send API.
 * @strict-properties
 * @not-serializable
 */
final class SendGridAdapter extends MailAdapter
{
    /** @var string */
    public const ADAPTERTYPE = "sendgrid";

    /** Returns ["email"]. */
    public function getSupportedMessageTypes(): array {}

    /**
     * Posts the message to SendGrid's /v3/mail/send endpoint.
     * @throws InvalidArgumentException
     * @throws TransportException
     * @throws ProviderException
     */
    public function sendMessage(ExternalMessage $message): void {}

    /**
     * Checks api-key, base-uri and timeout.
     * @throws InvalidArgumentException
     */
    protected function validateOptions(#[\SensitiveParameter] array $options): void {}

    /** api-key => null, base-uri => null, timeout => 60. */
    public function newDefaultOptions(): array {}
}
