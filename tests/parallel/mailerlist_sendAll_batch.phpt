--TEST--
MailerList::sendAll() with metamta.batch_threshold: one /email/batch request; a message the builder rejects and one Postmark refuses fail alone
--EXTENSIONS--
metamta
--SKIPIF--
<?php if (!class_exists('MetaMTA\\MailerList')) die('skip MailerList (branch mailerlist) not merged yet'); ?>
--INI--
metamta.batch_threshold=2
--FILE--
<?php
require __DIR__ . '/parallel.inc';
$mock = metamta_mock_start();
$list = MetaMTA\MailerList::fromConfig([par_mailer('pm', 'postmark', $mock)])->setRetryPolicy(0);
$messages = [];
for ($i = 0; $i < 30; $i++) {
    $messages[] = par_message("message $i", $i == 11 ? 'inactive@example.com' : "to$i@example.com");
}
$messages[4]->setTextBody("\xff");
$results = $list->sendAll($messages, 4);
$sent = 0;
foreach ($results as $i => $r) {
    if ($r->isSent()) {
        $sent++;
    } else {
        echo "$i: ", get_class($r->getException()), ': ', $r->getException()->getMessage(), "\n";
    }
}
echo "$sent sent\n";
$paths = [];
foreach (metamta_mock_requests($mock) as $req) {
    $json = $req['parsed']['json'];
    $p = &$paths[$req['path']];
    $p['requests'] = ($p['requests'] ?? 0) + 1;
    $p['messages'] = ($p['messages'] ?? 0) + (array_is_list($json) ? count($json) : 1);
    $p['verdicts'][explode(':', $req['verdict'])[0]] = true;
    unset($p);
}
foreach ($paths as $path => $p) {
    echo "$path: {$p['requests']} request(s), {$p['messages']} message(s), verdicts: ", implode(', ', array_keys($p['verdicts'])), "\n";
}
echo count(par_accepted_subjects($mock)), " accepted\n";
?>
--EXPECT--
4: MetaMTA\InvalidArgumentException: Text body is not valid UTF-8 (byte 0xFF at offset 0)
11: MetaMTA\ProviderException: Received error from Postmark: (406) You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: inactive@example.com. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.
28 sent
/email/batch: 1 request(s), 29 message(s), verdicts: ok (batch
28 accepted
