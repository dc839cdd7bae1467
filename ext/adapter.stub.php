<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace MetaMTA;

// Not "@generate-class-entries static": PHP 8.2's gen_stub.php then writes a
// bare "static " for each abstract method and the header does not compile.

/**
 * The base of every mail adapter: key, priority, media, inbound/outbound flags and a validated option map.
 * @strict-properties
 * @not-serializable
 */
abstract class MailAdapter
{
    /**
     * The concrete class's ADAPTERTYPE constant.
     * @throws RuntimeException
     */
    final public function getAdapterType(): string {}

    /** The message types ("email", "sms") this adapter can carry natively. */
    abstract public function getSupportedMessageTypes(): array;

    /** Delivers the message or throws. */
    abstract public function sendMessage(ExternalMessage $message): void;

    /** Throws when the option map is not acceptable for this adapter. */
    abstract protected function validateOptions(#[\SensitiveParameter] array $options): void;

    /** Every declared option mapped to its default. */
    abstract public function newDefaultOptions(): array;

    /** Whether a Message-ID header chosen by the sender survives the trip (false in the base). */
    public function supportsMessageIDHeader(): bool {}

    /** Whether the type is supported natively and, when media were set, also listed there. */
    final public function supportsMessageType(string $type): bool {}

    /**
     * Restricts the adapter to a subset of its native message types.
     * @throws InvalidArgumentException
     */
    final public function setMedia(array $media): static {}

    /** The media list given to setMedia(), or null. */
    final public function getMedia(): ?array {}

    /** Sets the mailer key from the configuration. */
    final public function setKey(string $key): static {}

    /** The mailer key, or null. */
    final public function getKey(): ?string {}

    /** Sets the mailer priority. */
    final public function setPriority(?int $priority): static {}

    /** The mailer priority, or null. */
    final public function getPriority(): ?int {}

    /** Sets whether this mailer may be used to receive mail. */
    final public function setSupportsInbound(bool $supports): static {}

    /** Whether this mailer may be used to receive mail (default true). */
    final public function getSupportsInbound(): bool {}

    /** Sets whether this mailer may be used to send mail. */
    final public function setSupportsOutbound(bool $supports): static {}

    /** Whether this mailer may be used to send mail (default true). */
    final public function getSupportsOutbound(): bool {}

    /**
     * The stored value of one option.
     * @throws InvalidArgumentException
     */
    final public function getOption(string $key): mixed {}

    /**
     * Validates the map with validateOptions(), then replaces the stored options with it.
     * @throws InvalidArgumentException
     */
    final public function setOptions(#[\SensitiveParameter] array $options): static {}

    /**
     * Checks an option map against name => type ("string", "int", "bool", "null", "list<string>", "A|B"): unknown, missing, then mistyped keys.
     * @throws InvalidArgumentException
     */
    final protected static function checkOptionTypes(#[\SensitiveParameter] array $options, array $types): void {}

    /**
     * One new instance of every known adapter class, keyed by adapter type.
     * @throws RuntimeException
     */
    final public static function getAllAdapters(): array {}

    /**
     * Adds a userland adapter class to getAllAdapters() for this request.
     * @throws InvalidArgumentException
     */
    final public static function registerAdapterClass(string $class): void {}
}
