--TEST--
Bad input in SMS: non-UTF-8, NUL, CRLF, empty and overlong text through Twilio and SNS
--EXTENSIONS--
metamta
--FILE--
<?php
// SMS through Twilio and SNS to the mock: non-UTF-8, NUL, CRLF, empty, null and overlong text.
// Form encoding carries CR/LF/NUL safely; the rest is refused before any request.
require __DIR__ . '/hostile.inc';
require __DIR__ . '/../twilio/twilio.inc';
require __DIR__ . '/../sns/sns.inc';

$mock = tw_mock();
$adapters = ['twilio' => [tw_adapter($mock), 'tw_message'], 'sns' => [sns_adapter($mock), 'sns_message']];
ini_set('metamta.cainfo', $mock['cafile']);
foreach ($adapters as $name => [$adapter, $make]) {
    foreach (['not UTF-8' => "\xff\xfe", 'NUL' => "a\0b", 'CRLF' => "a\r\nb", 'empty' => '', 'null' => null,
        '10,000 characters' => str_repeat('x', 10000), '1600 two-byte characters' => str_repeat("\xc3\xa9", 1600),
        '1601 two-byte characters' => str_repeat("\xc3\xa9", 1601)] as $case => $text) {
        hostile_case("$name $case", function () use ($adapter, $make, $text, $mock) {
            $before = hostile_requests($mock);
            $adapter->sendMessage($make('+14155550100', $text));
            $log = metamta_mock_requests($mock);
            return 'requests ' . (hostile_requests($mock) - $before) . ', ' . end($log)['verdict'];
        }, $mock);
    }
    hostile_case("$name email message", fn() => $adapter->sendMessage(new MetaMTA\EmailMessage()));
    hostile_case("$name SMS without a number", fn() => $adapter->sendMessage((new MetaMTA\SMSMessage())->setTextBody('x')));
}
hostile_done();
--EXPECT--
twilio not UTF-8: MetaMTA\InvalidArgumentException: SMS text body is not valid UTF-8
twilio NUL: ok requests 1, ok
twilio CRLF: ok requests 1, ok
twilio empty: MetaMTA\InvalidArgumentException: SMS text body must not be empty
twilio null: MetaMTA\InvalidArgumentException: SMS text body must not be empty
twilio 10,000 characters: MetaMTA\InvalidArgumentException: SMS text body has 10000 characters; Twilio accepts at most 1600
twilio 1600 two-byte characters: ok requests 1, ok
twilio 1601 two-byte characters: MetaMTA\InvalidArgumentException: SMS text body has 1601 characters; Twilio accepts at most 1600
twilio email message: MetaMTA\InvalidArgumentException: MetaMTA\TwilioAdapter can only send SMS messages, MetaMTA\EmailMessage given
twilio SMS without a number: MetaMTA\InvalidArgumentException: The SMS message has no recipient number: call setToNumber() first
sns not UTF-8: MetaMTA\InvalidArgumentException: SMS text body is not valid UTF-8
sns NUL: ok requests 1, ok
sns CRLF: ok requests 1, ok
sns empty: MetaMTA\InvalidArgumentException: SMS text body must not be empty
sns null: MetaMTA\InvalidArgumentException: SMS text body must not be empty
sns 10,000 characters: MetaMTA\InvalidArgumentException: SMS text body has 10000 bytes; Amazon SNS accepts at most 1600
sns 1600 two-byte characters: MetaMTA\InvalidArgumentException: SMS text body has 3200 bytes; Amazon SNS accepts at most 1600
sns 1601 two-byte characters: MetaMTA\InvalidArgumentException: SMS text body has 3202 bytes; Amazon SNS accepts at most 1600
sns email message: MetaMTA\InvalidArgumentException: MetaMTA\AmazonSNSAdapter can only send SMS messages, MetaMTA\EmailMessage given
sns SMS without a number: MetaMTA\InvalidArgumentException: The SMS message has no recipient number: call setToNumber() first
20 hostile inputs
