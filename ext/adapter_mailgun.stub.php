<?php

/**
 * @generate-class-entries static
 * @generate-legacy-arginfo 80100
 */

namespace MetaMTA;

/**
 * Sends email through Mailgun's v3 messages API and verifies the signatures of its webhooks.
 * @strict-properties
 * @not-serializable
 */
final class MailgunAdapter extends MailAdapter
{
    /** @var string */
    public const ADAPTERTYPE = "mailgun";

    /** Returns ["email"]. */
    public function getSupportedMessageTypes(): array {}

    /** Mailgun keeps a Message-ID header chosen by the sender: true. */
    public function supportsMessageIDHeader(): bool {}

    /**
     * Posts the message as multipart/form-data to /v3/{domain}/messages.
     * @throws InvalidArgumentException
     * @throws TransportException
     * @throws ProviderException
     */
    public function sendMessage(ExternalMessage $message): void {}

    /**
     * Checks api-key, domain, api-hostname, webhook-signing-key, base-uri and timeout.
     * @throws InvalidArgumentException
     */
    protected function validateOptions(#[\SensitiveParameter] array $options): void {}

    /** api-key => null, domain => null, api-hostname => "api.mailgun.net", webhook-signing-key => null, base-uri => null, timeout => 60. */
    public function newDefaultOptions(): array {}

    /**
     * Whether a webhook's timestamp, token and signature are genuine and fresh (HMAC-SHA256 with webhook-signing-key, else api-key).
     * @throws InvalidArgumentException
     */
    public function verifyWebhookSignature(string $timestamp, string $token, string $signature, int $maxAgeSeconds = 300, ?int $now = null): bool {}

    /**
     * Like verifyWebhookSignature(), but throws an exception saying why a webhook is refused.
     * @throws InvalidArgumentException
     */
    public function checkWebhookSignature(string $timestamp, string $token, string $signature, int $maxAgeSeconds = 300, ?int $now = null): void {}
}
