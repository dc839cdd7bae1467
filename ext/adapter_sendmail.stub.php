<?php

/**
 * @generate-class-entries static
 * @generate-legacy-arginfo 80100
 */

namespace MetaMTA;

/**
 * Hands email to the local sendmail binary: posix_spawn with an argv array (no shell), recipients after "--" instead of -t, the raw message on stdin, a timeout.
 * @strict-properties
 * @not-serializable
 */
final class SendmailAdapter extends MailAdapter
{
    /** @var string */
    public const ADAPTERTYPE = "sendmail";

    /** Returns ["email"]. */
    public function getSupportedMessageTypes(): array {}

    /** The message-id option when it is set, else true (no host to guess from). */
    public function supportsMessageIDHeader(): bool {}

    /**
     * Runs "<binary> [args] -oi [-f <from>] -- <to and cc...>" with the raw message (LF line endings) on stdin.
     * @throws InvalidArgumentException
     * @throws TransportException
     * @throws ProviderException
     */
    public function sendMessage(ExternalMessage $message): void {}

    /**
     * Checks message-id, binary (an absolute path) and timeout (1 to 3600 seconds).
     * @throws InvalidArgumentException
     */
    protected function validateOptions(#[\SensitiveParameter] array $options): void {}

    /** message-id => null, binary => null (php.ini sendmail_path, else /usr/sbin/sendmail), timeout => 60. */
    public function newDefaultOptions(): array {}
}
