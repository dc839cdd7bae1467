<?php

/**
 * @generate-class-entries static
 * @generate-legacy-arginfo 80100
 */

namespace MetaMTA;

/** Every exception this extension throws implements this interface. */
interface Exception extends \Throwable
{
}

/** Bad content from the caller: a malformed address, CIDR block or phone number, CR/LF/NUL in header material, an unknown or mistyped option. */
class InvalidArgumentException extends \InvalidArgumentException implements Exception
{
}

/** A failure at run time: the base of transport and provider failures. */
class RuntimeException extends \RuntimeException implements Exception
{
}

/** The message could not be handed over: connect, TLS, timeout, or the connection was lost. */
class TransportException extends RuntimeException
{
    private bool $outcomeUnknown = false;

    /** Whether the request may have reached the provider before the failure (sent in full, answer lost). */
    public function isOutcomeUnknown(): bool {}

    /** A transport failure is always worth another try later. */
    public function isRetryable(): bool {}
}

/** The provider answered and refused the message. */
class ProviderException extends RuntimeException
{
    private int $httpStatus = 0;

    private int|string|null $providerCode = null;

    private ?string $providerMessage = null;

    private bool $retryable = false;

    private ?int $retryAfter = null;

    /** The HTTP status (or SMTP reply code) of the refusal. */
    public function getHttpStatus(): int {}

    /** The provider's own error code (Postmark's ErrorCode, Twilio's code, SES's Code), as the provider typed it. */
    public function getProviderCode(): int|string|null {}

    /** The provider's own error message. */
    public function getProviderMessage(): ?string {}

    /** True for a 429 or 5xx answer (or an SMTP 4xx): retrying later can help. */
    public function isRetryable(): bool {}

    /** The seconds the provider asked to wait before retrying (its Retry-After header), or null. */
    public function getRetryAfter(): ?int {}
}

/** The message can never be delivered: the mailer list stops trying other mailers. */
class PermanentFailureException extends RuntimeException
{
}

/** Every mailer failed: one exception per mailer, in the order they were tried. */
class AggregateException extends RuntimeException
{
    private array $exceptions = [];

    /** The exceptions keyed by mailer key, in the order the mailers were tried. */
    public function getExceptions(): array {}
}
