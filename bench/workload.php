<?php

/*
 * The fixed workload of the benchmarks (HTTP, MIME/SMTP) and one builder per contender.
 *
 * bench_workload() returns plain PHP data (strings and arrays) for N messages,
 * the same for every contender and every run (seeded generator). Each
 * contender then turns one record into its own message object; that step is
 * part of what is timed, since an application pays for it on every send.
 */

const BENCH_SEED = 20240601;
const BENCH_TOKEN = 'bench-server-token';

/** User + system CPU seconds of this process, or only the system part. */
function bench_cpu(bool $systemOnly = false): float
{
	$r = getrusage();
	$sys = $r['ru_stime.tv_sec'] + $r['ru_stime.tv_usec'] / 1e6;
	return $systemOnly ? $sys : $sys + $r['ru_utime.tv_sec'] + $r['ru_utime.tv_usec'] / 1e6;
}

/** User + system CPU seconds of another process (a mock or server), from /proc. */
function bench_proc_cpu(int $pid): float
{
	$stat = @file_get_contents("/proc/$pid/stat");
	if ($stat === false) {
		return NAN;
	}
	// Fields after the parenthesised command name; utime and stime are fields 14 and 15.
	$f = explode(' ', substr($stat, strrpos($stat, ')') + 2));
	return ($f[11] + $f[12]) / 100.0;
}

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

/**
 * PHPMailer for one record, in the SMTP mailer's mode (To and Subject in the header block, as
 * sent). Bodies quoted-printable like ours and Symfony's (PHPMailer's default is 8bit). $m: an
 * instance to refill (SMTPKeepAlive keeps one), cleared of the previous message first.
 */
function bench_phpmailer_message(array $r, ?PHPMailer\PHPMailer\PHPMailer $m = null): PHPMailer\PHPMailer\PHPMailer
{
	if ($m) {
		$m->clearAllRecipients();
		$m->clearReplyTos();
		$m->clearCustomHeaders();
		$m->clearAttachments();
	} else {
		$m = new PHPMailer\PHPMailer\PHPMailer(true);
		$m->isSMTP();
		$m->CharSet = PHPMailer\PHPMailer\PHPMailer::CHARSET_UTF8;
		$m->Encoding = PHPMailer\PHPMailer\PHPMailer::ENCODING_QUOTED_PRINTABLE;
	}
	$m->setFrom($r['from'][0], $r['from'][1], false);
	$m->addAddress($r['to'][0][0], $r['to'][0][1]);
	$m->addAddress($r['to'][1][0], $r['to'][1][1]);
	$m->addCC($r['cc'][0][0], $r['cc'][0][1]);
	$m->addReplyTo($r['reply_to'][0], $r['reply_to'][1]);
	$m->Subject = $r['subject'];
	foreach ($r['headers'] as [$name, $value]) {
		$m->addCustomHeader($name, $value);
	}
	$m->isHTML(true);
	$m->Body = $r['html'];
	$m->AltBody = $r['text'];
	if ($r['attachment']) {
		$m->addStringAttachment($r['attachment'][1], $r['attachment'][0], PHPMailer\PHPMailer\PHPMailer::ENCODING_BASE64,
			$r['attachment'][2]);
	}
	return $m;
}
