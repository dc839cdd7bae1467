--TEST--
Bad input: phone numbers with letters, 9 and 16 digits, non-ASCII digits, control characters
--EXTENSIONS--
metamta
--FILE--
<?php
// Phone numbers: letters, too few and too many digits, non-ASCII digits, control characters, huge
// input. Only ASCII digits count (messages.md §6), so CR/LF/NUL can never survive into E.164.
require __DIR__ . '/hostile.inc';
use MetaMTA\PhoneNumber;

foreach (['555-CALL-NOW', 'abcdefghij', '123456789', '1234567890123456', '+0123456789', '', '+',
    "\xd9\xa1\xd9\xa2\xd9\xa3\xd9\xa4\xd9\xa5\xd9\xa6\xd9\xa7\xd9\xa8\xd9\xa9\xd9\xa0",
    "\xef\xbc\x91\xef\xbc\x92\xef\xbc\x93\xef\xbc\x94\xef\xbc\x95\xef\xbc\x96\xef\xbc\x97\xef\xbc\x98\xef\xbc\x99\xef\xbc\x90",
    "415\0 555 0100", "+1 415\r\n555 0100", '+1 (415) 555-0100', str_repeat('9', 100000), '0000000000', "\xff\xfe",
    '123456789012345', '+123456789012345'] as $number) {
    hostile_case('phone ' . hostile_show($number), fn() => (new PhoneNumber($number))->toE164());
}
hostile_done();
--EXPECT--
phone 555-CALL-NOW: MetaMTA\InvalidArgumentException: Phone number '555-CALL-NOW' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
phone abcdefghij: MetaMTA\InvalidArgumentException: Phone number 'abcdefghij' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
phone 123456789: MetaMTA\InvalidArgumentException: Phone number '123456789' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
phone 1234567890123456: MetaMTA\InvalidArgumentException: Phone number '1234567890123456' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
phone +0123456789: MetaMTA\InvalidArgumentException: Phone number '+0123456789' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
phone : MetaMTA\InvalidArgumentException: Phone number '' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
phone +: MetaMTA\InvalidArgumentException: Phone number '+' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
phone \xd9\xa1\xd9\xa2\xd9\xa3\xd9\xa4\xd9\xa5\xd9\xa6\xd9\xa7\xd9\xa8\xd9\xa9\xd9\xa0: MetaMTA\InvalidArgumentException: Phone number '\xd9\xa1\xd9\xa2\xd9\xa3\xd9\xa4\xd9\xa5\xd9\xa6\xd9\xa7\xd9\xa8\xd9\xa9\xd9\xa0' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
phone \xef\xbc\x91\xef\xbc\x92\xef\xbc\x93\xef\xbc\x94\xef\xbc\x95\xef\xbc\x96\xef\xbc\x97\xef\xbc\x98\xef\xbc\x99\xef\xbc\x90: MetaMTA\InvalidArgumentException: Phone number '\xef\xbc\x91\xef\xbc\x92\xef\xbc\x93\xef\xbc\x94\xef\xbc\x95\xef\xbc\x96\xef\xbc\x97\xef\xbc\x98\xef\xbc\x99\xef\xbc\x90' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
phone 415\x00 555 0100: ok +14155550100
phone +1 415\x0d\x0a555 0100: ok +14155550100
phone +1 (415) 555-0100: ok +14155550100
phone 9{100000}: MetaMTA\InvalidArgumentException: Phone number '9{96}'... is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
phone 0000000000: MetaMTA\InvalidArgumentException: Phone number '0000000000' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
phone \xff\xfe: MetaMTA\InvalidArgumentException: Phone number '\xff\xfe' is not in a recognized format: expected a US number like "(212) 555-0100" or an international number like "+44 20 7946 0958"
phone 123456789012345: ok +123456789012345
phone +123456789012345: ok +123456789012345
17 hostile inputs
