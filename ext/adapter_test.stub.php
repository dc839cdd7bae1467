<?php

/**
 * @generate-class-entries static
 * @generate-legacy-arginfo 80100
 */

namespace MetaMTA;

/**
 * An adapter for tests: records the last message instead of sending it, or fails on request.
 * @strict-properties
 * @not-serializable
 */
final class TestAdapter extends MailAdapter
{
    /** @var string */
    public const ADAPTERTYPE = "test";

    /** Returns ["email", "sms"]. */
    public function getSupportedMessageTypes(): array {}

    /**
     * Records the message, or throws when told to fail.
     * @throws PermanentFailureException
     * @throws RuntimeException
     * @throws InvalidArgumentException
     */
    public function sendMessage(ExternalMessage $message): void {}

    /**
     * Accepts only the empty map: this adapter has no options.
     * @throws InvalidArgumentException
     */
    protected function validateOptions(#[\SensitiveParameter] array $options): void {}

    /** Returns []: this adapter has no options. */
    public function newDefaultOptions(): array {}

    /** What setSupportsMessageID() set (false until then). */
    public function supportsMessageIDHeader(): bool {}

    /** Sets the answer of supportsMessageIDHeader(). */
    public function setSupportsMessageID(bool $supports): static {}

    /** Makes every send throw PermanentFailureException (or stop doing so). */
    public function setFailPermanently(bool $fail = true): static {}

    /** Makes every send throw RuntimeException (or stop doing so). */
    public function setFailTemporarily(bool $fail = true): static {}

    /** The record of the last successful send ([] before the first). */
    public function getGuts(): array {}

    /** The "body" entry of the record, or null. */
    public function getBody(): ?string {}

    /** The "html-body" entry of the record, or null. */
    public function getHTMLBody(): ?string {}
}
