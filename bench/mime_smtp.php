<?php

/*
 * MIME and SMTP benchmark on the shared workload (bench/workload.php):
 *  build: the raw message without sending, MetaMTA\EmailMessage::toRawMessage() vs Symfony Mime
 *         (Email::toString()) vs PHPMailer (preSend() + getSentMIMEMessage());
 *  smtp:  sends to the local aiosmtpd server (tests/servers/smtp_server.py) over one kept
 *         connection: SMTPAdapter vs PHPMailer (SMTPKeepAlive) vs Symfony's EsmtpTransport,
 *         in plain text and with STARTTLS + AUTH.
 * Every contender's output is checked: a sample parsed with tests/servers/mime_check.py against
 * its record, and for SMTP every message counted and matched to its record by its recipients.
 *
 * Usage: php bench/mime_smtp.php [--count=2000] [--smtp-count=500] [--warmup=50]
 *            [--parts=build,smtp,smtp-tls] [--contenders=metamta,symfony,phpmailer] [--nodelay=1] [--json=FILE]
 * --nodelay=1 sets TCP_NODELAY on PHPMailer's and Symfony's sockets (ours always has it).
 * Internal child mode, one contender per process:
 *   php bench/mime_smtp.php --child=PART --contender=NAME --count=N --warmup=N [--port=N --server-pid=N]
 */

require __DIR__ . '/workload.php';

const BENCH_ROOT = __DIR__ . '/..';
const BENCH_CONTENDERS = ['metamta', 'symfony', 'phpmailer'];
const BENCH_PARTS = ['build', 'smtp', 'smtp-tls'];
const BENCH_SMTP_USER = 'bench';
const BENCH_SMTP_PASSWORD = 'bench-password';
/** Timed messages parsed by mime_check.py per contender and part (every 10th record has the attachment). */
const BENCH_SAMPLES = [0, 9, 1234, 1999];

function bench_opts(array $argv): array
{
	$o = ['count' => 2000, 'smtp-count' => 500, 'warmup' => 50, 'parts' => implode(',', BENCH_PARTS),
		'contenders' => implode(',', BENCH_CONTENDERS), 'json' => null, 'child' => null, 'contender' => null,
		'port' => 0, 'server-pid' => 0, 'samples' => null, 'metamta-so' => BENCH_ROOT . '/modules/metamta.so',
		'nodelay' => 0];
	foreach (array_slice($argv, 1) as $arg) {
		if (!preg_match('/^--([a-z-]+)=(.*)$/', $arg, $m) || !array_key_exists($m[1], $o)) {
			fwrite(STDERR, "unknown argument $arg\n");
			exit(2);
		}
		$o[$m[1]] = $m[2];
	}
	foreach (['contenders' => BENCH_CONTENDERS, 'parts' => BENCH_PARTS] as $key => $known) {
		if (array_diff(explode(',', $o[$key]), $known)) {
			fwrite(STDERR, "unknown $key in {$o[$key]} (known: " . implode(', ', $known) . ")\n");
			exit(2);
		}
	}
	return $o;
}

function bench_load_libraries(string $contender): string
{
	if ($contender === 'metamta') {
		return 'ext/metamta ' . phpversion('metamta');
	}
	if ($contender === 'symfony') {
		foreach (['Mime', 'Mailer'] as $dir) {
			require_once "/usr/share/php/Symfony/Component/$dir/autoload.php";
		}
		return 'Debian php-symfony-mime/-mailer 5.4';
	}
	require_once '/usr/share/php/libphp-phpmailer/autoload.php';
	return 'Debian libphp-phpmailer ' . PHPMailer\PHPMailer\PHPMailer::VERSION;
}

// ------------------------------------------------------------------ child: one contender

/** record -> raw message string, built the way each library is meant to be used. */
function bench_builder(string $contender): Closure
{
	if ($contender === 'metamta') {
		return static fn(array $r): string => bench_metamta_message($r)->toRawMessage(true);
	}
	if ($contender === 'symfony') {
		return static fn(array $r): string => bench_symfony_message($r)->toString();
	}
	return static function (array $r): string {
		$m = bench_phpmailer_message($r);
		$m->preSend();
		return $m->getSentMIMEMessage();
	};
}

/**
 * [send one record, close after the timed part] over one kept connection to 127.0.0.1:$port.
 * $nodelay: TCP_NODELAY on the PHP mailers' sockets too (libcurl sets it by itself); without it
 * their many small writes per message wait for the peer's delayed ACK (Nagle).
 */
function bench_sender(string $contender, int $port, bool $tls, bool $nodelay): array
{
	$socket = $nodelay ? ['socket' => ['tcp_nodelay' => true]] : [];
	$ca = realpath(BENCH_ROOT . '/tests/servers/certs/ca.pem');
	if ($contender === 'metamta') {
		$adapter = new MetaMTA\SMTPAdapter();
		$options = ['host' => "127.0.0.1:$port", 'message-id' => true];
		if ($tls) {
			$options += ['protocol' => 'tls', 'user' => BENCH_SMTP_USER, 'password' => BENCH_SMTP_PASSWORD];
			ini_set('metamta.cainfo', $ca);
		}
		$adapter->setOptions($options + $adapter->newDefaultOptions());
		// The connection closes (QUIT) when the adapter goes, at the child's exit.
		return [static fn(array $r) => $adapter->sendMessage(bench_metamta_message($r)), static fn() => null];
	}
	if ($contender === 'symfony') {
		$transport = new Symfony\Component\Mailer\Transport\Smtp\EsmtpTransport('127.0.0.1', $port, false);
		// One connection for the whole run, as the others (the default reconnects every 100 messages).
		$transport->setRestartThreshold(PHP_INT_MAX);
		$transport->getStream()->setStreamOptions($socket + ($tls ? ['ssl' => ['cafile' => $ca, 'peer_name' => 'localhost']] : []));
		if ($tls) {
			// STARTTLS is used by itself when the server offers it.
			$transport->setUsername(BENCH_SMTP_USER);
			$transport->setPassword(BENCH_SMTP_PASSWORD);
		}
		// stop() is private in 5.4; the destructor sends QUIT at the child's exit.
		return [static fn(array $r) => $transport->send(bench_symfony_message($r)), static fn() => null];
	}
	$mailer = bench_phpmailer_message(bench_workload(1)[0]);
	$mailer->Host = '127.0.0.1';
	$mailer->Port = $port;
	$mailer->SMTPKeepAlive = true;
	$mailer->SMTPAutoTLS = false;
	$mailer->SMTPOptions = $socket;
	if ($tls) {
		$mailer->SMTPSecure = PHPMailer\PHPMailer\PHPMailer::ENCRYPTION_STARTTLS;
		$mailer->SMTPAuth = true;
		$mailer->Username = BENCH_SMTP_USER;
		$mailer->Password = BENCH_SMTP_PASSWORD;
		$mailer->SMTPOptions = $socket + ['ssl' => ['cafile' => $ca, 'peer_name' => 'localhost']];
	}
	return [static function (array $r) use ($mailer) {
		bench_phpmailer_message($r, $mailer)->send();
	}, static fn() => $mailer->smtpClose()];
}

function bench_child(array $o): void
{
	$count = (int)$o['count'];
	$warmup = (int)$o['warmup'];
	$what = bench_load_libraries($o['contender']);
	$records = bench_workload($count + $warmup);
	$timed = array_slice($records, $warmup);
	$bytes = 0;
	$samples = [];
	if ($o['child'] === 'build') {
		$build = bench_builder($o['contender']);
		for ($i = 0; $i < $warmup; $i++) {
			$build($records[$i]);
		}
		$one = $close = null;
	} else {
		[$one, $close] = bench_sender($o['contender'], (int)$o['port'], $o['child'] === 'smtp-tls', (bool)$o['nodelay']);
		for ($i = 0; $i < $warmup; $i++) {
			$one($records[$i]);
		}
	}
	gc_collect_cycles();
	$server0 = $o['server-pid'] ? bench_proc_cpu((int)$o['server-pid']) : 0.0;
	$c0 = bench_cpu();
	$t0 = hrtime(true);
	if ($o['child'] === 'build') {
		foreach ($timed as $i => $r) {
			$raw = $build($r);
			$bytes += strlen($raw);
			if (in_array($i, BENCH_SAMPLES, true)) {
				$samples[$i] = $raw;
			}
		}
	} else {
		foreach ($timed as $r) {
			$one($r);
		}
	}
	$wall = (hrtime(true) - $t0) / 1e9;
	$cpu = bench_cpu() - $c0;
	$serverCpu = $o['server-pid'] ? bench_proc_cpu((int)$o['server-pid']) - $server0 : 0.0;
	if ($close) {
		$close();
	}
	foreach ($samples as $i => $raw) {
		file_put_contents("{$o['samples']}/$i.eml", $raw);
	}
	echo json_encode(['what' => $what, 'sent' => count($timed), 'wall' => $wall, 'cpu' => $cpu, 'server_cpu' => $serverCpu,
		'bytes' => $bytes, 'rss_mb' => getrusage()['ru_maxrss'] / 1024,
		'php_peak_mb' => memory_get_peak_usage(true) / 1048576]), "\n";
}

// ------------------------------------------------------------------ parent: checks, servers, table

/** What mime_check.py says about a raw message. */
function bench_mime_check(string $raw): array
{
	$proc = proc_open(['/usr/bin/python3', BENCH_ROOT . '/tests/servers/mime_check.py'],
		[0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
	fwrite($pipes[0], $raw);
	fclose($pipes[0]);
	$out = stream_get_contents($pipes[1]);
	$err = stream_get_contents($pipes[2]);
	if (proc_close($proc) !== 0) {
		throw new RuntimeException("mime_check.py failed: $err");
	}
	return json_decode($out, true, 512, JSON_THROW_ON_ERROR);
}

/** Everything wrong with $raw as the message of record $r (empty: it parses and round-trips). */
function bench_check_raw(string $raw, array $r): array
{
	$s = bench_mime_check($raw);
	$bad = [];
	$lf = static fn(string $t) => str_replace("\r\n", "\n", $t);
	$addr = static fn(array $a) => ['name' => $a[1], 'address' => $a[0]];
	$expect = ['subject' => $r['subject'], 'from' => [$addr($r['from'])], 'to' => array_map($addr, $r['to']),
		'cc' => array_map($addr, $r['cc']), 'reply-to' => [$addr($r['reply_to'])]];
	foreach ($expect as $field => $want) {
		$got = $field === 'subject' ? ($s['header']['subject'] ?? null) : ($s['addresses'][$field] ?? null);
		if ($got !== $want) {
			$bad[] = "$field " . json_encode($got, JSON_UNESCAPED_UNICODE);
		}
	}
	foreach ($r['headers'] as [$name, $value]) {
		if (($s['header'][strtolower($name)] ?? null) !== $value) {
			$bad[] = "header $name " . json_encode($s['header'][strtolower($name)] ?? null, JSON_UNESCAPED_UNICODE);
		}
	}
	$texts = [];
	foreach ($s['text_parts'] as $t) {
		$texts[$t['type']] = $lf($t['text']);
	}
	foreach (['text/plain' => $r['text'], 'text/html' => $r['html']] as $type => $want) {
		// PHPMailer ends its last alternative with one more line break; that alone is not a failure.
		if (rtrim($texts[$type] ?? '', "\n") !== rtrim($want, "\n")) {
			$bad[] = "$type body differs";
		}
	}
	$want = $r['attachment'] ? [[$r['attachment'][0], $r['attachment'][2], hash('sha256', $r['attachment'][1])]] : [];
	$got = array_map(static fn($a) => [$a['filename'], $a['type'], $a['sha256']], $s['attachments']);
	if ($got !== $want) {
		$bad[] = 'attachments ' . json_encode($got);
	}
	$c = $s['checks'];
	if ($c['bare_lf'] || $c['bare_cr'] || $c['lines_over_998'] || $s['defects'] || $s['errors']) {
		$bad[] = 'wire ' . json_encode([$c, $s['defects'], $s['errors']]);
	}
	if (!preg_match('/^<[^<>@\s]+@[^<>@\s]+>$/', $s['header']['message-id'] ?? '')) {
		$bad[] = 'Message-ID ' . json_encode($s['header']['message-id'] ?? null);
	}
	return $bad;
}

function bench_server_start(bool $tls): array
{
	$log = tempnam(sys_get_temp_dir(), 'mm-bench-smtp-');
	$cmd = ['/usr/bin/python3', BENCH_ROOT . '/tests/servers/smtp_server.py', '--log', $log, '--max-seconds', '900'];
	if ($tls) {
		$certs = BENCH_ROOT . '/tests/servers/certs';
		array_push($cmd, '--starttls', '--cert', "$certs/server.pem", '--key', "$certs/server.key", '--auth',
			'--user', BENCH_SMTP_USER, '--password', BENCH_SMTP_PASSWORD);
	}
	$proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
	$line = fgets($pipes[1]);
	if (!preg_match('/^PORT (\d+)$/', trim((string)$line), $m)) {
		throw new RuntimeException('smtp_server.py did not start: ' . var_export($line, true));
	}
	return ['proc' => $proc, 'pipes' => $pipes, 'port' => (int)$m[1], 'pid' => proc_get_status($proc)['pid'], 'log' => $log];
}

function bench_server_stop(array $server): void
{
	proc_terminate($server['proc']);
	fclose($server['pipes'][1]);
	proc_close($server['proc']);
	@unlink($server['log']);
}

function bench_run_child(array $o, string $part, string $contender, array $extra): array
{
	$count = $part === 'build' ? $o['count'] : $o['smtp-count'];
	$cmd = [PHP_BINARY, '-d', 'memory_limit=1G'];
	if ($contender === 'metamta') {
		array_push($cmd, '-d', 'extension=' . realpath($o['metamta-so']));
	}
	array_push($cmd, __FILE__, "--child=$part", "--contender=$contender", "--count=$count", "--warmup={$o['warmup']}",
		"--nodelay={$o['nodelay']}", ...$extra);
	$proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
	$out = stream_get_contents($pipes[1]);
	$err = stream_get_contents($pipes[2]);
	$rc = proc_close($proc);
	$res = json_decode(trim((string)$out), true);
	if ($rc !== 0 || !is_array($res)) {
		throw new RuntimeException("$part/$contender failed (exit $rc): $out $err");
	}
	return $res;
}

/** The build part for one contender: run it, then parse its sample messages. */
function bench_measure_build(array $o, string $contender): array
{
	$dir = sys_get_temp_dir() . '/mm-bench-mime-' . bin2hex(random_bytes(4));
	mkdir($dir);
	try {
		$res = bench_run_child($o, 'build', $contender, ["--samples=$dir"]);
		$records = array_slice(bench_workload((int)$o['count'] + (int)$o['warmup']), (int)$o['warmup']);
		$checked = 0;
		foreach (glob("$dir/*.eml") as $file) {
			$i = (int)basename($file, '.eml');
			if ($bad = bench_check_raw(file_get_contents($file), $records[$i])) {
				throw new RuntimeException("build/$contender message $i: " . implode('; ', $bad));
			}
			$checked++;
		}
	} finally {
		array_map('unlink', glob("$dir/*"));
		rmdir($dir);
	}
	fwrite(STDERR, "build/$contender: {$res['what']}; $checked sample messages parsed and round-tripped\n");
	return $res + ['checked' => $checked, 'connections' => 0];
}

/**
 * The SMTP part for one contender against a fresh aiosmtpd: every message (warm-up included)
 * accepted exactly once, matched to its record by its three recipients, over one connection;
 * a sample parsed and compared with its record.
 */
function bench_measure_smtp(array $o, string $part, string $contender): array
{
	$total = (int)$o['smtp-count'] + (int)$o['warmup'];
	$server = bench_server_start($part === 'smtp-tls');
	try {
		$res = bench_run_child($o, $part, $contender, ["--port={$server['port']}", "--server-pid={$server['pid']}"]);
		$records = bench_workload($total);
		$seen = [];
		$sessions = [];
		$checked = 0;
		$log = fopen($server['log'], 'r');
		while (($line = fgets($log)) !== false) {
			$e = json_decode($line, true, 512, JSON_THROW_ON_ERROR);
			if ($e['event'] === 'session') {
				$sessions[$e['conn']] = true;
			}
			if ($e['event'] !== 'message') {
				continue;
			}
			$n = preg_match('/^bob(\d+)@example\.com$/', $e['rcpt_tos'][0] ?? '', $m) ? (int)$m[1] : -1;
			$want = $n >= 0 ? ["bob$n@example.com", "carol$n@example.org", "dave$n@example.net"] : null;
			if ($e['code'] !== 250 || $e['rcpt_tos'] !== $want || isset($seen[$n]) || $e['mail_from'] !== 'alice@example.com'
					|| ($part === 'smtp-tls' && (!$e['tls'] || $e['auth_user'] !== BENCH_SMTP_USER))) {
				throw new RuntimeException("$part/$contender: unexpected message " . json_encode(array_diff_key($e, ['data_b64' => 0])));
			}
			$seen[$n] = true;
			if (in_array($n - (int)$o['warmup'], BENCH_SAMPLES, true) || $n === 0) {
				if ($bad = bench_check_raw(base64_decode($e['data_b64']), $records[$n])) {
					throw new RuntimeException("$part/$contender message $n: " . implode('; ', $bad));
				}
				$checked++;
			}
		}
		fclose($log);
	} finally {
		bench_server_stop($server);
	}
	if (count($seen) !== $total || count($sessions) !== 1) {
		throw new RuntimeException("$part/$contender: the server received " . count($seen) . " of $total messages over "
			. count($sessions) . ' connection(s)');
	}
	fwrite(STDERR, "$part/$contender: {$res['what']}; server: $total messages, each once, 1 connection; "
		. "$checked parsed and round-tripped\n");
	return $res + ['checked' => $checked, 'connections' => count($sessions)];
}

function bench_table(array $rows, array $o): void
{
	printf("\n%-9s %-10s %6s %7s %8s %10s %9s %7s %8s %8s %8s %8s %8s\n", 'part', 'contender', 'msgs', 'wall s',
		'msgs/s', 'CPU ms/msg', 'server ms', 'RSS MB', 'heap MB', 'KB/msg', 'x phpm', 'x sym', 'CPU x phpm');
	$base = [];
	foreach ($rows as $r) {
		$base[$r['part']][$r['contender']] = $r;
	}
	foreach ($rows as $r) {
		$rate = $r['sent'] / $r['wall'];
		$ratio = static function (string $other) use ($base, $r, $rate): string {
			$b = $base[$r['part']][$other] ?? null;
			return $b ? sprintf('%.2f', $rate / ($b['sent'] / $b['wall'])) : '-';
		};
		$p = $base[$r['part']]['phpmailer'] ?? null;
		printf("%-9s %-10s %6d %7.2f %8.0f %10.3f %9s %7.0f %8.1f %8s %8s %8s %8s\n", $r['part'], $r['contender'],
			$r['sent'], $r['wall'], $rate, 1000 * $r['cpu'] / $r['sent'],
			$r['part'] === 'build' ? '-' : sprintf('%.3f', 1000 * $r['server_cpu'] / $r['sent']), $r['rss_mb'],
			$r['php_peak_mb'], $r['bytes'] ? sprintf('%.1f', $r['bytes'] / $r['sent'] / 1024) : '-', $ratio('phpmailer'),
			$ratio('symfony'), $p ? sprintf('%.2f', $p['cpu'] / $r['cpu']) : '-');
	}
	echo "\nbuild: {$o['count']} raw messages after {$o['warmup']} warm-up, no I/O; smtp: {$o['smtp-count']} sends after ",
		"{$o['warmup']} warm-up to aiosmtpd on 127.0.0.1 over one kept connection (smtp-tls: STARTTLS + AUTH PLAIN/LOGIN);\n",
		"TCP_NODELAY on the PHP mailers' sockets: ", $o['nodelay'] ? 'yes' : 'no (their default)', ".\n",
		"CPU ms/msg: the client's getrusage user+sys over the timed loop (record -> message object -> raw message or send);\n",
		"server ms: aiosmtpd's CPU per message (/proc); RSS MB: the client's peak resident size (ru_maxrss);\n",
		"heap MB: PHP's memory_get_peak_usage(true) (not the C core's malloc); KB/msg: average raw message size;\n",
		"x phpm, x sym: msgs/s of that line over PHPMailer's, Symfony's; CPU x phpm: PHPMailer's CPU over this line's.\n";
}

function bench_main(array $o): int
{
	$rows = [];
	foreach (explode(',', $o['parts']) as $part) {
		foreach (explode(',', $o['contenders']) as $contender) {
			$res = $part === 'build' ? bench_measure_build($o, $contender) : bench_measure_smtp($o, $part, $contender);
			$rows[] = $res + ['part' => $part, 'contender' => $contender];
		}
	}
	bench_table($rows, $o);
	if ($o['json']) {
		file_put_contents($o['json'], json_encode($rows, JSON_PRETTY_PRINT) . "\n");
	}
	return 0;
}

$o = bench_opts($argv);
if ($o['child']) {
	bench_child($o);
	exit(0);
}
exit(bench_main($o));
