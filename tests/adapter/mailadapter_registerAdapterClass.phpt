--TEST--
MailAdapter::registerAdapterClass(): autoloaded classes, constructors run for prototypes, registry per request
--EXTENSIONS--
metamta
--FILE--
<?php
spl_autoload_register(function (string $class) {
    echo "autoload $class\n";
    if ($class === 'Lazy\\SmsAdapter') {
        eval('namespace Lazy; final class SmsAdapter extends \MetaMTA\MailAdapter {
            const ADAPTERTYPE = "lazy-sms";
            public bool $constructed = false;
            public function __construct(int $retries = 3) { $this->constructed = true; }
            public function getSupportedMessageTypes(): array { return ["sms"]; }
            public function sendMessage(\MetaMTA\ExternalMessage $message): void {}
            protected function validateOptions(array $options): void {}
            public function newDefaultOptions(): array { return []; }
        }');
    }
});

MetaMTA\MailAdapter::registerAdapterClass('Lazy\SmsAdapter');
$all = MetaMTA\MailAdapter::getAllAdapters();
var_dump(array_keys($all));
var_dump($all['lazy-sms']->constructed);
var_dump($all['lazy-sms']->supportsMessageType('sms'));
?>
--EXPECT--
autoload Lazy\SmsAdapter
array(10) {
  [0]=>
  string(4) "test"
  [1]=>
  string(8) "postmark"
  [2]=>
  string(7) "mailgun"
  [3]=>
  string(8) "sendgrid"
  [4]=>
  string(6) "twilio"
  [5]=>
  string(8) "sendmail"
  [6]=>
  string(3) "ses"
  [7]=>
  string(3) "sns"
  [8]=>
  string(4) "smtp"
  [9]=>
  string(8) "lazy-sms"
}
bool(true)
bool(true)
