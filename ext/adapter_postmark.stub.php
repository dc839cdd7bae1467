<?php

/**
 * @generate-class-entries static
 * @generate-legacy-arginfo 80100
 */

namespace MetaMTA;

/**
 * Sends email through Postmark's HTTP API and checks the sources of its inbound webhooks.
 * @strict-properties
 * @not-serializable
 */
final class PostmarkAdapter extends MailAdapter
{
    /** @var string */
    public const ADAPTERTYPE = "postmark";

    /** Returns ["email"]. */
    public function getSupportedMessageTypes(): array {}

    /**
     * Posts the message to Postmark's /email endpoint.
     * @throws InvalidArgumentException
     * @throws TransportException
     * @throws ProviderException
     */
    public function sendMessage(ExternalMessage $message): void {}

    /**
     * Checks access-token, inbound-addresses (a CIDR list), message-stream, base-uri and timeout.
     * @throws InvalidArgumentException
     */
    protected function validateOptions(#[\SensitiveParameter] array $options): void {}

    /** access-token => null, inbound-addresses => Postmark's four ranges, message-stream => null, base-uri => null, timeout => 60. */
    public function newDefaultOptions(): array {}

    /**
     * Whether a webhook's remote address (REMOTE_ADDR) is in this mailer's inbound-addresses.
     * @throws InvalidArgumentException
     */
    public function isInboundAddressAllowed(string $remoteAddress): bool {}
}
