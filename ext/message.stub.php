<?php

/**
 * @generate-class-entries static
 * @generate-legacy-arginfo 80100
 */

namespace MetaMTA;

/**
 * A message an adapter can send: an email or an SMS. It holds no state, so a PHP subclass stays serializable.
 * @strict-properties
 */
abstract class ExternalMessage
{
    /** The concrete class's MESSAGETYPE constant ("email" or "sms"). */
    final public function getMessageType(): string {}

    /**
     * A prototype instance of every concrete message class, keyed by message type.
     */
    public static function getAllMessageTypes(): array {}
}

/**
 * An email: addresses, custom headers, subject, text and HTML bodies, attachments.
 * @strict-properties
 * @not-serializable
 */
final class EmailMessage extends ExternalMessage
{
    /** @var string */
    public const MESSAGETYPE = 'email';

    /** Sets the sender. */
    public function setFromAddress(EmailAddress $address): static {}

    /** The sender, or null when unset. */
    public function getFromAddress(): ?EmailAddress {}

    /** Sets the reply-to address. */
    public function setReplyToAddress(EmailAddress $address): static {}

    /** The reply-to address, or null when unset. */
    public function getReplyToAddress(): ?EmailAddress {}

    /**
     * Replaces the "To" list; keys are kept.
     * @throws InvalidArgumentException
     */
    public function setToAddresses(array $addresses): static {}

    /**
     * The "To" list as given.
     */
    public function getToAddresses(): array {}

    /**
     * Replaces the "Cc" list; keys are kept.
     * @throws InvalidArgumentException
     */
    public function setCCAddresses(array $addresses): static {}

    /**
     * The "Cc" list as given.
     */
    public function getCCAddresses(): array {}

    /**
     * Replaces the custom headers; order is kept and names may repeat.
     * @throws InvalidArgumentException
     */
    public function setHeaders(array $headers): static {}

    /**
     * The custom headers as given.
     */
    public function getHeaders(): array {}

    /**
     * Replaces the attachments.
     * @throws InvalidArgumentException
     */
    public function setAttachments(array $attachments): static {}

    /**
     * The attachments as given.
     */
    public function getAttachments(): array {}

    /**
     * Sets the subject (null: none); no CR, LF or NUL.
     * @throws InvalidArgumentException
     */
    public function setSubject(?string $subject): static {}

    /** The subject, or null. */
    public function getSubject(): ?string {}

    /** Sets the plain-text body (null: none). */
    public function setTextBody(?string $body): static {}

    /** The plain-text body, or null. */
    public function getTextBody(): ?string {}

    /** Sets the HTML body (null: none). */
    public function setHTMLBody(?string $body): static {}

    /** The HTML body, or null. */
    public function getHTMLBody(): ?string {}

    /**
     * The raw RFC 5322 / MIME message (CRLF) as SMTPAdapter and AmazonSESAdapter send it; a Message-ID is added only when asked and none is set.
     * @throws InvalidArgumentException
     */
    public function toRawMessage(bool $withMessageID = false): string {}
}

/**
 * A text message to one phone number.
 * @strict-properties
 * @not-serializable
 */
final class SMSMessage extends ExternalMessage
{
    /** @var string */
    public const MESSAGETYPE = 'sms';

    /** Sets the recipient. */
    public function setToNumber(PhoneNumber $number): static {}

    /** The recipient, or null when unset. */
    public function getToNumber(): ?PhoneNumber {}

    /** Sets the text (null: none). */
    public function setTextBody(?string $body): static {}

    /** The text, or null. */
    public function getTextBody(): ?string {}
}
