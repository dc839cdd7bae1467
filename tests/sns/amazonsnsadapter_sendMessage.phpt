--TEST--
AmazonSNSAdapter::sendMessage(): Publish as a signed form POST with the E.164 number and the text
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/sns.inc';
$mock = metamta_mock_start(['credentials' => ['sns' => SNS_SECRET]]);
sns_adapter($mock)->sendMessage(sns_message());
$req = metamta_mock_requests($mock)[0];
echo $req['provider'], ' ', $req['method'], ' ', $req['path'], ' ', $req['verdict'], "\n";
echo $req['parsed']['signature'], ' ', implode(';', $req['parsed']['signed_headers']), ' ', $req['parsed']['service'], "\n";
echo $req['body'], "\n";
var_dump($req['parsed']['form']);
?>
--EXPECT--
sns POST / ok
verified host;x-amz-date sns
Action=Publish&Version=2010-03-31&PhoneNumber=%2B14155550100&Message=Build%2042%20failed%3A%20caf%C3%A9%20%26%20co
array(4) {
  ["Action"]=>
  string(7) "Publish"
  ["Version"]=>
  string(10) "2010-03-31"
  ["PhoneNumber"]=>
  string(12) "+14155550100"
  ["Message"]=>
  string(27) "Build 42 failed: café & co"
}
