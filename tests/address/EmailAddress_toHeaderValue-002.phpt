--TEST--
EmailAddress::toHeaderValue(): long names become several words of at most 75 characters, split between characters
--EXTENSIONS--
metamta
--FILE--
<?php
$name = str_repeat("\u{e9}\u{20ac}\u{1F600}a", 12);
$a = (new MetaMTA\EmailAddress('x@example.org'))->setDisplayName($name);
$v = $a->toHeaderValue();
var_dump(str_ends_with($v, ' <x@example.org>'));
$words = explode(' ', substr($v, 0, -strlen(' <x@example.org>')));
$decoded = '';
$ok = true;
foreach ($words as $w) {
    $ok = $ok && strlen($w) <= 75 && preg_match('/^=\?UTF-8\?B\?([A-Za-z0-9+\/=]+)\?=$/', $w, $m);
    $part = base64_decode($m[1], true);
    // Every word holds whole characters, so each decodes to valid UTF-8 alone.
    $ok = $ok && preg_match('//u', $part);
    $decoded .= $part;
}
var_dump(count($words) > 1, $ok, $decoded === $name);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
