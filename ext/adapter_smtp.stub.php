<?php

/**
 * @generate-class-entries static
 * @generate-legacy-arginfo 80100
 */

namespace MetaMTA;

/**
 * Sends email to an SMTP server (plain, STARTTLS or implicit TLS, optional AUTH), reusing its connection between sends.
 * @strict-properties
 * @not-serializable
 */
final class SMTPAdapter extends MailAdapter
{
    /** @var string */
    public const ADAPTERTYPE = "smtp";

    /** Returns ["email"]. */
    public function getSupportedMessageTypes(): array {}

    /**
     * Sends the message as MIME over SMTP: MAIL FROM the From address, RCPT TO each To and Cc, every recipient must be accepted.
     * @throws InvalidArgumentException
     * @throws TransportException
     * @throws ProviderException
     */
    public function sendMessage(ExternalMessage $message): void {}

    /**
     * Checks host, port, user, password, protocol (null, "", "tls" or "ssl"), message-id and timeout.
     * @throws InvalidArgumentException
     */
    protected function validateOptions(#[\SensitiveParameter] array $options): void {}

    /** host => null, port => 25, user => null, password => null, protocol => null, message-id => null, timeout => 60. */
    public function newDefaultOptions(): array {}

    /** The message-id option when set, else false for hosts ending in .amazonaws.com, .postmarkapp.com or .sendgrid.net. */
    public function supportsMessageIDHeader(): bool {}
}
