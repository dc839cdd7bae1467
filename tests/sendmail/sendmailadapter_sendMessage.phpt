--TEST--
SendmailAdapter::sendMessage(): the raw message (LF endings) arrives on stdin, recipients after "--", sender with -f
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/sendmail.inc';

$out = fake_sendmail_setup();
$adapter = new MetaMTA\SendmailAdapter();
$adapter->setOptions(['binary' => fake_sendmail_path()] + $adapter->newDefaultOptions());
$adapter->sendMessage(sendmail_test_message());

$argv = fake_sendmail_argv($out);
var_dump($argv[0] === fake_sendmail_path());
echo implode(' ', array_slice($argv, 1)), "\n";
$stdin = fake_sendmail_stdin($out);
var_dump(str_contains($stdin, "\r"));
echo $stdin;
?>
--EXPECTF--
bool(true)
-oi -f alice@example.com -- bob@example.com carol@example.org dave@example.net
bool(false)
Date: %s, %d %s %d %d:%d:%d +0000
From: "Alice" <alice@example.com>
To: bob@example.com, "Carol" <carol@example.org>
Cc: dave@example.net
Subject: Hello
Message-ID: <%x@example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

line one
=2E
line two
