--TEST--
Fake sendmail: a sleeping run is recorded before it hangs, and one that does not read leaves stdin alone
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/smtp.inc';

$fake = metamta_fake_sendmail(['sleep' => 60]);
$run = metamta_smtp_run([$fake['path'], '-t'], "To: a@x.test\n\nslow\n", 2.0); // 20 s under valgrind
var_dump($run['timed_out']);
[$rec] = metamta_fake_sendmail_runs($fake);
var_dump($rec['stdin']);

$fake = metamta_fake_sendmail(['read' => false, 'exit' => 69]);
$run = metamta_smtp_run([$fake['path'], '-t'], "ignored\n", 5.0);
var_dump($run['exit']);
[$rec] = metamta_fake_sendmail_runs($fake);
var_dump($rec['stdin'], $rec['stdin_len']);
?>
--EXPECT--
bool(true)
string(19) "To: a@x.test

slow
"
int(69)
NULL
NULL
