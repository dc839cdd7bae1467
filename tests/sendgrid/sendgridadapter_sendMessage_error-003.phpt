--TEST--
SendGridAdapter::sendMessage(): SendGrid's 400 error lists become ProviderException with the first message and field
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
require __DIR__ . '/../utils/adapter_http.inc';

$mock = metamta_mock_start();
$adapter = metamta_mock_adapter(MetaMTA\SendGridAdapter::class, $mock, ['api-key' => 'SG.key']);
// A reserved header, the same address in To and Cc, no content at all, an empty body, no subject,
// and Cc without To (the core allows it, SendGrid wants a To in every personalization).
$send = [
    metamta_simple_message()->setHeaders([new MetaMTA\MailHeader('Reply-To', 'x@example.com')]),
    metamta_simple_message()->setCCAddresses([new MetaMTA\EmailAddress('to@example.com')]),
    metamta_simple_message()->setTextBody(null),
    metamta_simple_message()->setTextBody(''),
    metamta_simple_message()->setSubject(null),
    metamta_simple_message()->setToAddresses([])->setCCAddresses([new MetaMTA\EmailAddress('cc@example.com')]),
];
foreach ($send as $message) {
    metamta_show_failure(fn() => $adapter->sendMessage($message));
}
?>
--EXPECT--
MetaMTA\ProviderException: SendGrid request failed with HTTP status 400: The header Reply-To is reserved and cannot be set in the headers object. (field: headers)
  httpStatus=400 providerCode=NULL retryable=false
  providerMessage='The header Reply-To is reserved and cannot be set in the headers object. (field: headers)'
MetaMTA\ProviderException: SendGrid request failed with HTTP status 400: Each email address in the personalization block should be unique between to, cc, and bcc. We found the first duplicate instance of [to@example.com] in the personalizations.0.cc field. (field: personalizations.0.cc)
  httpStatus=400 providerCode=NULL retryable=false
  providerMessage='Each email address in the personalization block should be unique between to, cc, and bcc. We found the first duplicate instance of [to@example.com] in the personalizations.0.cc field. (field: personalizations.0.cc)'
MetaMTA\ProviderException: SendGrid request failed with HTTP status 400: Unless a valid template_id is provided, the content parameter is required. There must be at least one defined content block. We typically suggest both text/plain and text/html blocks are included, but only one block is required. (field: content)
  httpStatus=400 providerCode=NULL retryable=false
  providerMessage='Unless a valid template_id is provided, the content parameter is required. There must be at least one defined content block. We typically suggest both text/plain and text/html blocks are included, but only one block is required. (field: content)'
MetaMTA\ProviderException: SendGrid request failed with HTTP status 400: The content value must be a string at least one character in length. (field: content.0.value)
  httpStatus=400 providerCode=NULL retryable=false
  providerMessage='The content value must be a string at least one character in length. (field: content.0.value)'
MetaMTA\ProviderException: SendGrid request failed with HTTP status 400: The subject is required. You can get around this requirement if you use a template with a subject defined or if every personalization has a subject defined. (field: subject)
  httpStatus=400 providerCode=NULL retryable=false
  providerMessage='The subject is required. You can get around this requirement if you use a template with a subject defined or if every personalization has a subject defined. (field: subject)'
MetaMTA\ProviderException: SendGrid request failed with HTTP status 400: The to array is required for all personalization objects, and must have at least one email object with a valid email address. (field: personalizations.0.to)
  httpStatus=400 providerCode=NULL retryable=false
  providerMessage='The to array is required for all personalization objects, and must have at least one email object with a valid email address. (field: personalizations.0.to)'
