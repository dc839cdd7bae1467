<?php

/**
 * @generate-class-entries static
 * @generate-legacy-arginfo 80100
 */

namespace MetaMTA;

/**
 * An IPv4 or IPv6 address (PhutilIPAddress).
 * @strict-properties
 * @not-serializable
 */
final class IPAddress
{
    private function __construct() {}

    /**
     * Parses a strict dotted quad or IPv6 text ("::ffff:a.b.c.d" is the IPv4 address a.b.c.d), or copies an address.
     * @throws InvalidArgumentException
     */
    public static function newAddress(IPAddress|string $address): IPAddress {}

    /** 32 for IPv4, 128 for IPv6. */
    public function getBitCount(): int {}

    /** The address as a string of '0' and '1' characters, most significant bit first. */
    public function toBits(): string {}

    /** The display form: the dotted quad, or canonical IPv6 with the first longest zero run as "::". */
    public function getAddress(): string {}

    /**
     * The display form, as getAddress().
     * @implementation-alias MetaMTA\IPAddress::getAddress
     */
    public function __toString(): string {}
}

/**
 * An address and a prefix length (PhutilCIDRBlock).
 * @strict-properties
 * @not-serializable
 */
final class CIDRBlock
{
    private function __construct() {}

    /**
     * Parses "address/mask" (host bits may be set), or copies a block.
     * @throws InvalidArgumentException
     */
    public static function newBlock(CIDRBlock|string $block): CIDRBlock {}

    /**
     * Whether the address is of the block's family and shares its first mask bits.
     * @throws InvalidArgumentException
     */
    public function containsAddress(IPAddress|string $address): bool {}

    /** The block's address as written (host bits kept). */
    public function getAddress(): IPAddress {}

    /** The prefix length. */
    public function getMask(): int {}

    /** "address/mask" with the address in display form. */
    public function __toString(): string {}
}

/**
 * A list of CIDR blocks, parsed once and matched in binary (PhutilCIDRList).
 * @strict-properties
 * @not-serializable
 */
final class CIDRList implements \Countable
{
    private function __construct() {}

    /**
     * Builds a list from block strings or CIDRBlock objects; the first bad element throws.
     * @throws InvalidArgumentException
     */
    public static function newList(array $blocks): CIDRList {}

    /**
     * Whether any block contains the address; an empty list answers false without parsing it.
     * @throws InvalidArgumentException
     */
    public function containsAddress(IPAddress|string $address): bool {}

    /** The number of blocks. */
    public function count(): int {}

    /** The blocks, as CIDRBlock objects in list order. */
    public function getBlocks(): array {}
}
