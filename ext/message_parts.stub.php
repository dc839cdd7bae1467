<?php

/**
 * @generate-class-entries static
 * @generate-legacy-arginfo 80100
 */

namespace MetaMTA;

/**
 * One custom header of an email message; names may repeat.
 * @strict-properties
 * @not-serializable
 */
final class MailHeader
{
    /**
     * Both parts are optional here, as in the original they are set with setName()/setValue().
     * @throws InvalidArgumentException
     */
    public function __construct(?string $name = null, ?string $value = null) {}

    /**
     * Sets the field name: printable ASCII without spaces or ":".
     * @throws InvalidArgumentException
     */
    public function setName(string $name): static {}

    /** The field name, or null when unset. */
    public function getName(): ?string {}

    /**
     * Sets the field value: no CR, LF or NUL.
     * @throws InvalidArgumentException
     */
    public function setValue(string $value): static {}

    /** The field value, or null when unset. */
    public function getValue(): ?string {}
}

/**
 * A file attached to an email message.
 * @strict-properties
 * @not-serializable
 */
final class MailAttachment
{
    /**
     * Raw bytes, the file name and a non-empty MIME type.
     * @throws InvalidArgumentException
     */
    public function __construct(string $data, string $filename, string $mimetype) {}

    /** The raw bytes (binary-safe). */
    public function getData(): string {}

    /** Sets the raw bytes (binary-safe, NUL allowed). */
    public function setData(string $data): static {}

    /** The file name. */
    public function getFilename(): string {}

    /**
     * Sets the file name: no CR, LF or NUL.
     * @throws InvalidArgumentException
     */
    public function setFilename(string $filename): static {}

    /** The MIME type. */
    public function getMimeType(): string {}

    /**
     * Sets the MIME type: non-empty, no CR, LF or NUL.
     * @throws InvalidArgumentException
     */
    public function setMimeType(string $mimetype): static {}

    /** The Content-ID (without angle brackets), or null when none is set. */
    public function getContentID(): ?string {}

    /**
     * Sets the Content-ID that an HTML body refers to as "cid:<id>", without
     * angle brackets: 1 to 250 characters of letters, digits and
     * !#$%&'*+-/=?^_`{|}~.@ only. A non-null ID also makes the attachment
     * inline; null removes the ID and leaves the inline flag as it is.
     * @throws InvalidArgumentException
     */
    public function setContentID(?string $contentID): static {}

    /** Whether the attachment is shown in the body rather than listed as a file. */
    public function isInline(): bool {}

    /** Marks the attachment as shown in the body (true) or as a file (false). */
    public function setInline(bool $inline = true): static {}
}
