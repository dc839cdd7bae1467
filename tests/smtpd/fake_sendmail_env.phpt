--TEST--
Fake sendmail: run directly, the script takes its settings from METAMTA_FAKE_SENDMAIL_* variables
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/smtp.inc';

$fake = metamta_fake_sendmail(['exit' => 1, 'stderr' => 'no such user']);
$run = metamta_smtp_run([$fake['script'], '-oi', '-t'], "To: a@x.test\n\nhi\n", 5.0, $fake['env']);
var_dump($run['exit'], $run['stderr']);
$run = metamta_smtp_run([$fake['script'], '-t'], "second\n", 5.0, ['METAMTA_FAKE_SENDMAIL_LOG' => $fake['log']]);
var_dump($run['exit']);

foreach (metamta_fake_sendmail_runs($fake) as $rec) {
    echo json_encode([array_slice($rec['argv'], 1), $rec['stdin'], $rec['exit'], $rec['source']]), "\n";
}
?>
--EXPECT--
int(1)
string(12) "no such user"
int(0)
[["-oi","-t"],"To: a@x.test\n\nhi\n",1,"env"]
[["-t"],"second\n",0,"env"]
