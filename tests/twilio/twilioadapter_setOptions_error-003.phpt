--TEST--
TwilioAdapter::setOptions() rejects an account-sid that is not AC + 32 hex digits and a from-number that is not a phone number
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
use MetaMTA\TwilioAdapter;

$adapter = new TwilioAdapter();
$ok = ["account-sid" => "AC0123456789abcdef0123456789abcdef", "auth-token" => "tok-1", "from-number" => "+15005550006"]
    + $adapter->newDefaultOptions();
foreach (["AC123", "", "SK0123456789abcdef0123456789abcdef", "ac0123456789abcdef0123456789abcdef",
    "AC0123456789abcdef0123456789abcdeg", "AC0123456789abcdef0123456789abcdef0", "AC/../0123456789abcdef0123456789ab",
    "AC0123456789abcdef0123456789abcde\n"] as $sid) {
    throws(fn() => $adapter->setOptions(["account-sid" => $sid] + $ok));
}
foreach (["Phabricator", "", "+1", "555-0100", "+0 123 456 7890", "+1500555000600000000", "1-800-FLOWERS"] as $number) {
    throws(fn() => $adapter->setOptions(["from-number" => $number] + $ok));
}
?>
--EXPECT--
MetaMTA\InvalidArgumentException: Twilio account-sid must be 'AC' followed by 32 hexadecimal digits, 'AC123' given
MetaMTA\InvalidArgumentException: Twilio account-sid must be 'AC' followed by 32 hexadecimal digits, '' given
MetaMTA\InvalidArgumentException: Twilio account-sid must be 'AC' followed by 32 hexadecimal digits, 'SK0123456789abcdef0123456789abcdef' given
MetaMTA\InvalidArgumentException: Twilio account-sid must be 'AC' followed by 32 hexadecimal digits, 'ac0123456789abcdef0123456789abcdef' given
MetaMTA\InvalidArgumentException: Twilio account-sid must be 'AC' followed by 32 hexadecimal digits, 'AC0123456789abcdef0123456789abcdeg' given
MetaMTA\InvalidArgumentException: Twilio account-sid must be 'AC' followed by 32 hexadecimal digits, 'AC0123456789abcdef0123456789abcdef0' given
MetaMTA\InvalidArgumentException: Twilio account-sid must be 'AC' followed by 32 hexadecimal digits, 'AC/../0123456789abcdef0123456789ab' given
MetaMTA\InvalidArgumentException: Twilio account-sid must be 'AC' followed by 32 hexadecimal digits, 'AC0123456789abcdef0123456789abcde\n' given
MetaMTA\InvalidArgumentException: Phone number 'Phabricator' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
MetaMTA\InvalidArgumentException: Phone number '' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
MetaMTA\InvalidArgumentException: Phone number '+1' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
MetaMTA\InvalidArgumentException: Phone number '555-0100' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
MetaMTA\InvalidArgumentException: Phone number '+0 123 456 7890' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
MetaMTA\InvalidArgumentException: Phone number '+1500555000600000000' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
MetaMTA\InvalidArgumentException: Phone number '1-800-FLOWERS' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
