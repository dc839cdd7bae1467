--TEST--
MailerList::sendAll(): Postmark (parallel path) and TestAdapter (sendMessage path) in one call; a Postmark failure fails over to the TestAdapter
--EXTENSIONS--
metamta
--SKIPIF--
<?php if (!class_exists('MetaMTA\\MailerList')) die('skip MailerList (branch mailerlist) not merged yet'); ?>
--FILE--
<?php
require __DIR__ . '/parallel.inc';
$mock = metamta_mock_start();
metamta_mock_queue_faults($mock, ['500']);
$list = MetaMTA\MailerList::fromConfig([
    par_mailer('pm', 'postmark', $mock, ['priority' => 10]),
    ['key' => 'test', 'type' => 'test', 'priority' => 5],
])->setRetryPolicy(0);
$messages = [];
for ($i = 0; $i < 6; $i++) {
    $messages["e$i"] = par_message("email $i");
}
$messages['sms'] = (new MetaMTA\SMSMessage())->setToNumber(new MetaMTA\PhoneNumber('+15551234567'))->setTextBody('hi');
foreach ($list->sendAll($messages, 4) as $key => $r) {
    echo $key, ' ', var_export($r->isSent(), true), ' ', $r->getMailerKey(), ' ', $r->getAttempts(), "\n";
}
$stats = metamta_mock_stats($mock);
echo $stats['requests'], " Postmark requests, ", count(par_accepted_subjects($mock)), " accepted\n";
?>
--EXPECTF--
e%d true %s %d
e%d true %s %d
e%d true %s %d
e%d true %s %d
e%d true %s %d
e%d true %s %d
sms true test 1
6 Postmark requests, 5 accepted
