<?php

/**
 * @generate-class-entries static
 * @generate-legacy-arginfo 80100
 */

namespace MetaMTA;

/**
 * An email address as libphutil's PhutilEmailAddress parses it: display name, local part and domain, split liberally and never validated.
 * @strict-properties
 * @not-serializable
 */
final class EmailAddress
{
    /**
     * Parses "Name <addr>", "<addr>" or a bare address (messages.md §7.1).
     * @throws InvalidArgumentException
     */
    public function __construct(?string $address = null) {}

    /** The display name, "" when the angle form had none, null for the bare form. */
    public function getDisplayName(): ?string {}

    /**
     * Sets the display name, stored as given.
     * @throws InvalidArgumentException
     */
    public function setDisplayName(?string $name): static {}

    /** The part before the "@". */
    public function getLocalPart(): ?string {}

    /**
     * Sets the local part, stored as given.
     * @throws InvalidArgumentException
     */
    public function setLocalPart(?string $localPart): static {}

    /** The part after the "@", or null. */
    public function getDomainName(): ?string {}

    /**
     * Sets the domain, stored as given.
     * @throws InvalidArgumentException
     */
    public function setDomainName(?string $domainName): static {}

    /** The local part, then "@" and the domain when the domain is non-empty. */
    public function getAddress(): string {}

    /**
     * Splits at the first "@"; without one only the local part changes and the domain is kept.
     * @throws InvalidArgumentException
     */
    public function setAddress(string $address): static {}

    /** "\"Name\" <addr>" with the name always quoted, or just the address without a name. */
    public function __toString(): string {}

    /**
     * The MIME-header form: as __toString(), but a non-ASCII display name becomes RFC 2047 encoded words.
     * @throws InvalidArgumentException
     */
    public function toHeaderValue(): string {}
}
