<?php

/**
 * @generate-class-entries static
 * @generate-legacy-arginfo 80100
 */

namespace MetaMTA;

/**
 * The outcome of one message of MailerList::sendAll().
 * @strict-properties
 * @not-serializable
 */
final class SendResult
{
    private function __construct() {}

    /** Whether a mailer accepted the message. */
    public function isSent(): bool {}

    /** The key of the mailer that accepted it, or null. */
    public function getMailerKey(): ?string {}

    /** Why it was not sent (an AggregateException when several mailers failed), or null. */
    public function getException(): ?\Throwable {}

    /** How many sends were attempted for this message, retries included. */
    public function getAttempts(): int {}
}
