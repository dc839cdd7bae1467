--TEST--
AmazonSESAdapter::sendMessage(): a non-XML error body is quoted, a 200 without XML or MessageId is a failure
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/ses.inc';
$mock = metamta_mock_start();
$adapter = ses_adapter($mock);
metamta_mock_queue_faults($mock, ['502-html', 'empty-body', 'malformed-json']);
for ($i = 0; $i < 3; $i++) {
    ses_provider_failure(fn() => $adapter->sendMessage(ses_message()));
}
?>
--EXPECT--
MetaMTA\ProviderException: Amazon SES request failed with HTTP status 502: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></c'...
int(502)
NULL
NULL
bool(true)
MetaMTA\ProviderException: Amazon SES request failed with HTTP status 200 and an empty body
int(200)
NULL
NULL
bool(false)
MetaMTA\ProviderException: Amazon SES request failed with HTTP status 200: '{"ErrorCode":0,"Message":"OK","MessageID":"'
int(200)
NULL
NULL
bool(false)
