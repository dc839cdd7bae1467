--TEST--
EmailMessage and SMSMessage: the collector walks what they hold (get_gc) and frees them with a cycle
--EXTENSIONS--
metamta
--FILE--
<?php
class Holder { public $self; public $email; public $sms; }
$h = new Holder();
$h->self = $h;
$a = new MetaMTA\EmailAddress('a@example.org');
$h->email = (new MetaMTA\EmailMessage())->setFromAddress($a)->setReplyToAddress($a)->setToAddresses([$a])
    ->setCCAddresses([$a])->setHeaders([new MetaMTA\MailHeader('X-A', 'b')])
    ->setAttachments([new MetaMTA\MailAttachment('d', 'f', 't/p')]);
$h->sms = (new MetaMTA\SMSMessage())->setToNumber(new MetaMTA\PhoneNumber('2125550100'));
unset($h, $a);
var_dump(gc_collect_cycles() > 0);
echo "done\n";
?>
--EXPECT--
bool(true)
done
