--TEST--
EmailMessage::toRawMessage(): a Message-ID only when asked ($withMessageID) and none supplied; a supplied one is kept verbatim, once
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/raw_message.inc';
$m = (new MetaMTA\EmailMessage())
    ->setFromAddress(raw_address('alice@example.com', 'Alice'))
    ->setToAddresses([raw_address('bob@example.com')])
    ->setTextBody('hi');
$ids = static fn(string $raw) => preg_match_all('/^Message-ID: (.*)\r$/mi', $raw, $mm) ? $mm[1] : [];

var_dump($ids($m->toRawMessage()), $ids($m->toRawMessage(false)));
[$a] = $ids($m->toRawMessage(true));
[$b] = $ids($m->toRawMessage(true));
// 128 random bits from OpenSSL, the From address's domain on the right.
var_dump(preg_match('/^<[0-9a-f]{32}@example\.com>$/', $a), $a !== $b);
$raw = $m->toRawMessage(true);
var_dump(metamta_mime_check($raw)['header']['message-id'] === $ids($raw)[0]);

// A supplied Message-ID (any spelling of the name) is the Message-ID, with or without the flag.
$m->setHeaders([new MetaMTA\MailHeader('message-id', '<D123-1@phabricator.example.com>'),
    new MetaMTA\MailHeader('X-Other', 'kept')]);
var_dump($ids($m->toRawMessage()), $ids($m->toRawMessage(true)));
echo raw_normalize($m->toRawMessage(true));
?>
--EXPECT--
array(0) {
}
array(0) {
}
int(1)
bool(true)
bool(true)
array(1) {
  [0]=>
  string(32) "<D123-1@phabricator.example.com>"
}
array(1) {
  [0]=>
  string(32) "<D123-1@phabricator.example.com>"
}
Date: <date>
From: "Alice" <alice@example.com>
To: bob@example.com
Subject:
Message-ID: <D123-1@phabricator.example.com>
X-Other: kept
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

hi=
