<?php

/**
 * @generate-class-entries static
 * @generate-legacy-arginfo 80100
 */

namespace MetaMTA;

/**
 * A phone number normalized to E.164, as PhabricatorPhoneNumber does it.
 * @strict-properties
 * @not-serializable
 */
final class PhoneNumber
{
    /**
     * Keeps the digits (10 to 15, not starting with 0); 10 digits without a leading "+" get the country code 1.
     * @throws InvalidArgumentException
     */
    public function __construct(string $number) {}

    /** "+" followed by the digits. */
    public function toE164(): string {}

    /**
     * The same as toE164().
     * @implementation-alias MetaMTA\PhoneNumber::toE164
     */
    public function __toString(): string {}
}
