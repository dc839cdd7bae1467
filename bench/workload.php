<?php

/*
 * The fixed workload of the HTTP benchmark and one builder per contender.
 *
 * bench_workload() returns plain PHP data (strings and arrays) for N messages,
 * the same for every contender and every run (seeded generator). Each
 * contender then turns one record into its own message object; that step is
 * part of what is timed, since an application pays for it on every send.
 */

const BENCH_SEED = 20240601;
const BENCH_TOKEN = 'bench-server-token';

/** Deterministic filler text: $bytes of words in lines under 78 columns, a few non-ASCII words. */
function bench_text(int $bytes, int $variant): string
{
	static $words = ['mail', 'adapter', 'review', 'diff', 'task', 'build', 'commit', 'herald', 'rule', 'owner',
		'project', 'revision', 'accepted', 'comment', 'inline', 'repository', 'café', 'naïve', 'Zürich', 'déjà'];
	mt_srand(BENCH_SEED + $variant);
	$out = '';
	$line = '';
	while (strlen($out) + strlen($line) < $bytes) {
		$word = $words[mt_rand(0, count($words) - 1)];
		if (strlen($line) + strlen($word) + 1 > 72) {
			$out .= $line . "\n";
			$line = '';
		}
		$line .= ($line === '' ? '' : ' ') . $word;
	}
	return $out . $line . "\n";
}

/** The HTML body: the same kind of text in paragraphs with some markup, about $bytes long. */
function bench_html(int $bytes, int $variant): string
{
	$html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Update</title></head><body>\n";
	$paragraphs = explode("\n", bench_text($bytes, 1000 + $variant));
	foreach (array_chunk($paragraphs, 4) as $i => $chunk) {
		if (strlen($html) >= $bytes - 40) {
			break;
		}
		$html .= '<p class="p' . $i . '"><b>' . htmlspecialchars($chunk[0]) . '</b> '
			. htmlspecialchars(implode(' ', array_slice($chunk, 1))) . "</p>\n";
	}
	return $html . "</body></html>\n";
}

/**
 * N message records: from, 2 to, 1 cc, reply-to, a non-ASCII subject, 5 custom
 * headers, ~4 KB text + ~8 KB HTML, a 64 KB attachment on every 10th.
 * Bodies and attachments come from small pools (shared strings, so memory
 * stays small); the subject, addresses and header values differ per message.
 */
function bench_workload(int $count, int $offset = 0): array
{
	$texts = $htmls = $files = [];
	for ($v = 0; $v < 8; $v++) {
		$texts[] = bench_text(4096, $v);
		$htmls[] = bench_html(8192, $v);
	}
	mt_srand(BENCH_SEED);
	for ($v = 0; $v < 4; $v++) {
		$bin = '';
		for ($i = 0; $i < 64 * 1024; $i += 4) {
			$bin .= pack('N', mt_rand());
		}
		$files[] = $bin;
	}
	$records = [];
	for ($k = 0; $k < $count; $k++) {
		$n = $offset + $k;
		$records[] = [
			'from' => ['alice@example.com', 'Alice Example'],
			'to' => [["bob{$n}@example.com", 'Bob Builder'], ["carol{$n}@example.org", 'Carol Søren']],
			'cc' => [["dave{$n}@example.net", 'Dave']],
			'reply_to' => ['noreply@example.com', 'Phabricator'],
			'subject' => "[Differential] [Updated] D{$n}: Réunion à Zürich — café ☕ 会議",
			'headers' => [
				['X-Phabricator-Sent-This-Message', 'Yes'],
				['X-Phabricator-Mail-Tags', '<differential-review-request>, <differential-other>'],
				['X-Herald-Rules', "<{$n}>, <17>"],
				['Thread-Topic', "D{$n}: Réunion"],
				['X-Phabricator-Stamps', "actor(@alice) object-type(DREV) revision({$n})"],
			],
			'text' => $texts[$n % 8],
			'html' => $htmls[$n % 8],
			'attachment' => $n % 10 === 9 ? ["report-{$n}.pdf", $files[$n % 4], 'application/pdf'] : null,
		];
	}
	return $records;
}

/** MetaMTA\EmailMessage for one record, as an application would build it. */
function bench_metamta_message(array $r): MetaMTA\EmailMessage
{
	$addr = static fn(array $a) => (new MetaMTA\EmailAddress($a[0]))->setDisplayName($a[1]);
	$headers = [];
	foreach ($r['headers'] as [$name, $value]) {
		$headers[] = new MetaMTA\MailHeader($name, $value);
	}
	$m = (new MetaMTA\EmailMessage())
		->setFromAddress($addr($r['from']))
		->setToAddresses([$addr($r['to'][0]), $addr($r['to'][1])])
		->setCCAddresses([$addr($r['cc'][0])])
		->setReplyToAddress($addr($r['reply_to']))
		->setSubject($r['subject'])
		->setHeaders($headers)
		->setTextBody($r['text'])
		->setHTMLBody($r['html']);
	if ($r['attachment']) {
		$m->setAttachments([new MetaMTA\MailAttachment($r['attachment'][1], $r['attachment'][0], $r['attachment'][2])]);
	}
	return $m;
}

/** Symfony\Component\Mime\Email for one record. */
function bench_symfony_message(array $r): Symfony\Component\Mime\Email
{
	$addr = static fn(array $a) => new Symfony\Component\Mime\Address($a[0], $a[1]);
	$m = (new Symfony\Component\Mime\Email())
		->from($addr($r['from']))
		->to($addr($r['to'][0]), $addr($r['to'][1]))
		->cc($addr($r['cc'][0]))
		->replyTo($addr($r['reply_to']))
		->subject($r['subject'])
		->text($r['text'])
		->html($r['html']);
	$headers = $m->getHeaders();
	foreach ($r['headers'] as [$name, $value]) {
		$headers->addTextHeader($name, $value);
	}
	if ($r['attachment']) {
		$m->attach($r['attachment'][1], $r['attachment'][0], $r['attachment'][2]);
	}
	return $m;
}
