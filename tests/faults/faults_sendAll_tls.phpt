--TEST--
Fault suite: sendAll() of 20 messages through four broken mailers (refused, self-signed, expired, wrong host) before a healthy one: each retried and passed over, every message delivered once by the last
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/faults.inc';
$mailers = [fault_http_mailer('refused', 'sendgrid', 'https://' . metamta_refused_address(), [], 5)];
$mocks = [];
foreach (['self-signed' => 4, 'expired' => 3, 'wrong-host' => 2] as $cert => $priority) {
    $mocks[$cert] = metamta_mock_start(['cert' => $cert]);
    $mailers[] = fault_http_mailer($cert, 'sendgrid', $mocks[$cert]['base_uri'], [], $priority);
}
$good = metamta_mock_start();
$mailers[] = fault_http_mailer('good', 'sendgrid', $good['base_uri']);
$messages = fault_batch('sendgrid');
[$results, $e, $time] = fault_run(4, fn() => fault_list($mailers)->sendAll($messages, 8));
echo fault_describe($e), ", $time\n";
fault_batch_report($messages, $results, fault_accepted($good));
echo 'attempts: ', implode(' ', array_unique(array_map(fn($r) => $r->getAttempts(), $results))), "\n";
foreach ($mocks as $cert => $mock) {
    echo "$cert: ", count(metamta_mock_requests($mock)), " requests\n";
}
?>
--EXPECT--
no exception, in time
keys and order kept
20 sent by good
every message accounted once
attempts: 9
self-signed: 0 requests
expired: 0 requests
wrong-host: 0 requests
