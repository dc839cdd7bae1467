<?php

/**
 * @generate-class-entries static
 * @generate-legacy-arginfo 80100
 */

namespace MetaMTA;

/**
 * The configured mailers (the original's cluster.mailers): priority order, failover, retries and parallel sending.
 * @strict-properties
 * @not-serializable
 */
final class MailerList implements \Countable
{
    private function __construct() {}

    /**
     * Validates a cluster.mailers value (a list of mailer maps; null for none) and keeps it.
     * @throws InvalidArgumentException
     * @throws RuntimeException
     */
    public static function fromConfig(#[\SensitiveParameter] ?array $mailers): MailerList {}

    /**
     * New adapters for the mailers that pass the constraints (types, inbound, outbound, media), largest priority first, shuffled inside a group.
     * @throws InvalidArgumentException
     */
    public function getMailers(array $constraints = []): array {}

    /**
     * A new adapter for the mailer with this key.
     * @throws InvalidArgumentException
     */
    public function getMailer(string $key): MailAdapter {}

    /** The number of configured mailers. */
    public function count(): int {}

    /**
     * Sets how often one mailer is retried after a transport failure, a 429 or a 5xx, and the backoff bounds in seconds.
     * @throws InvalidArgumentException
     */
    public function setRetryPolicy(int $maxRetries = 2, float $baseDelay = 0.5, float $maxDelay = 10.0): static {}

    /** The retry policy as ["maxRetries" => int, "baseDelay" => float, "maxDelay" => float]. */
    public function getRetryPolicy(): array {}

    /** With true, an unknown outcome (request sent, answer lost) is retried and failed over like any transport failure. */
    public function setAtLeastOnce(bool $enabled): static {}

    /** Whether unknown outcomes are retried and failed over. */
    public function isAtLeastOnce(): bool {}

    /**
     * Sends through the first outbound mailer for the message's type that accepts it (optionally only the keys in $tryKeys, in that order) and returns its key.
     * @throws InvalidArgumentException
     * @throws RuntimeException
     * @throws TransportException
     * @throws ProviderException
     * @throws PermanentFailureException
     * @throws AggregateException
     */
    public function send(ExternalMessage $message, ?array $tryKeys = null): string {}

    /**
     * Sends many messages with the same failover and retry rules, at most $concurrency at a time; one SendResult per message, keys and order kept.
     * @throws InvalidArgumentException
     */
    public function sendAll(array $messages, int $concurrency = 16): array {}

    /**
     * The original's threading headers (Message-ID or In-Reply-To and References, then Thread-Index) for one mailer, as MailHeader objects.
     * @throws InvalidArgumentException
     */
    public static function newThreadingHeaders(MailAdapter $mailer, ?string $threadId, bool $isFirst, ?string $parentMessageId, string $domain, ?int $now = null): array {}
}
