<?php

/**
 * @generate-class-entries static
 * @generate-legacy-arginfo 80100
 */

namespace MetaMTA;

/**
 * Sends SMS through Twilio's Messages API.
 * @strict-properties
 * @not-serializable
 */
final class TwilioAdapter extends MailAdapter
{
    /** @var string */
    public const ADAPTERTYPE = "twilio";

    /** Returns ["sms"]. */
    public function getSupportedMessageTypes(): array {}

    /**
     * Posts the message to /2010-04-01/Accounts/{account-sid}/Messages.json.
     * @throws InvalidArgumentException
     * @throws TransportException
     * @throws ProviderException
     */
    public function sendMessage(ExternalMessage $message): void {}

    /**
     * Checks account-sid, auth-token, from-number (a phone number), base-uri and timeout.
     * @throws InvalidArgumentException
     */
    protected function validateOptions(#[\SensitiveParameter] array $options): void {}

    /** account-sid => null, auth-token => null, from-number => null, base-uri => null, timeout => 60. */
    public function newDefaultOptions(): array {}
}
