--TEST--
MailerList::fromConfig(): a valid configuration, null and an empty list; priorities assigned as the original does
--EXTENSIONS--
metamta
--FILE--
<?php
use MetaMTA\MailerList;

$list = MailerList::fromConfig([
    ['key' => 'pm', 'type' => 'postmark', 'priority' => 20, 'options' => ['access-token' => 'secret']],
    ['key' => 't1', 'type' => 'test'],
    ['key' => 't2', 'type' => 'test', 'inbound' => false, 'outbound' => true, 'media' => ['email']],
    ['key' => 'sms', 'type' => 'twilio', 'options' => ['account-sid' => 'AC' . str_repeat('a', 32), 'auth-token' => 'x', 'from-number' => '+15005550006']],
]);
var_dump($list instanceof Countable, count($list));
foreach ($list->getMailers() as $m) {
    echo get_class($m), ' ', $m->getKey(), ' ', $m->getPriority(), ' ', json_encode($m->getMedia()),
        ' in=', var_export($m->getSupportsInbound(), true), ' out=', var_export($m->getSupportsOutbound(), true), "\n";
}
echo $list->getMailer('pm')->getOption('access-token'), ' ', $list->getMailer('pm')->getOption('timeout'), "\n";
var_dump(count(MailerList::fromConfig(null)), count(MailerList::fromConfig([])), MailerList::fromConfig([])->getMailers());
// A JSON object's keys serve as indexes, as in the original.
var_dump(count(MailerList::fromConfig(['a' => ['key' => 'a', 'type' => 'test']])));
?>
--EXPECT--
bool(true)
int(4)
MetaMTA\PostmarkAdapter pm 20 null in=true out=true
MetaMTA\TestAdapter t1 -1 null in=true out=true
MetaMTA\TestAdapter t2 -2 ["email"] in=false out=true
MetaMTA\TwilioAdapter sms -3 null in=true out=true
secret 60
int(0)
int(0)
array(0) {
}
int(1)
