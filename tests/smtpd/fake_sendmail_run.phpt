--TEST--
Fake sendmail: the generated wrapper records argv and the exact stdin, and exits as configured
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../servers/smtp.inc';

$fake = metamta_fake_sendmail(['METAMTA_FAKE_SENDMAIL_EXIT' => 75, 'stderr' => "queue full\n", 'stdout' => 'out']);
$message = "To: a@x.test\nSubject: s\n\nline\r\n.\nend\x00\xff\n";
// An empty environment: the wrapper's baked settings must not depend on it.
$run = metamta_smtp_run([$fake['path'], '-oi', '-t', '-f', 'bounce@x.test'], $message, 5.0, []);
var_dump($run['exit'], $run['stdout'], $run['stderr']);

[$rec] = metamta_fake_sendmail_runs($fake);
var_dump($rec['argv'][0] === $fake['path'], array_slice($rec['argv'], 1), $rec['stdin'] === $message, $rec['stdin_len'],
    $rec['exit'], $rec['source']);
?>
--EXPECT--
int(75)
string(3) "out"
string(11) "queue full
"
bool(true)
array(4) {
  [0]=>
  string(3) "-oi"
  [1]=>
  string(2) "-t"
  [2]=>
  string(2) "-f"
  [3]=>
  string(13) "bounce@x.test"
}
bool(true)
int(39)
int(75)
string(7) "wrapper"
