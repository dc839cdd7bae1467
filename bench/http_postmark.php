<?php

/*
 * HTTP benchmark: the same Postmark workload through MetaMTA\PostmarkAdapter
 * (one send at a time), MetaMTA\MailerList::sendAll() (parallel, with and
 * without /email/batch) and Symfony Mailer's PostmarkApiTransport, against the
 * loopback provider mock over HTTPS. See bench/README.md.
 *
 * Usage (bench/run.sh passes the right ini flags):
 *   php bench/http_postmark.php [--count=2000] [--warmup=50] [--variants=checked,fast]
 *       [--contenders=metamta-sequential,metamta-sendAll,metamta-sendAll-batch,symfony] [--concurrency=16] [--json=FILE]
 * Internal child mode, one contender per process:
 *   php bench/http_postmark.php --child=CONTENDER --port=N --mock-pid=N --count=N --warmup=N
 */

require __DIR__ . '/workload.php';

const BENCH_ROOT = __DIR__ . '/..';
const BENCH_CA = BENCH_ROOT . '/tests/servers/certs/ca.pem';
const BENCH_CONTENDERS = ['metamta-sequential', 'metamta-sendAll', 'metamta-sendAll-batch', 'symfony'];
/** The batch threshold of the batch contender (sendAll()'s concurrency is --concurrency, default 16 as sendAll's). */
const BENCH_BATCH_THRESHOLD = 2;
const BENCH_POSTMARK_MAX_BATCH = 500;

function bench_opts(array $argv): array
{
	$o = ['count' => 2000, 'warmup' => 50, 'variants' => 'checked,fast', 'contenders' => implode(',', BENCH_CONTENDERS),
		'concurrency' => 16, 'child' => null, 'port' => 0,
		'mock-pid' => 0, 'json' => null, 'metamta-so' => BENCH_ROOT . '/modules/metamta.so', 'build-pass' => 1,
		'callgrind' => 0];
	foreach (array_slice($argv, 1) as $arg) {
		if (!preg_match('/^--([a-z-]+)=(.*)$/', $arg, $m) || !array_key_exists($m[1], $o)) {
			fwrite(STDERR, "unknown argument $arg\n");
			exit(2);
		}
		$o[$m[1]] = $m[2];
	}
	foreach (explode(',', $o['contenders']) as $c) {
		if (!in_array($c, BENCH_CONTENDERS, true)) {
			fwrite(STDERR, "unknown contender $c (known: " . implode(', ', BENCH_CONTENDERS) . ")\n");
			exit(2);
		}
	}
	return $o;
}

// ------------------------------------------------------------------ child: one contender

/**
 * [build one record, send a list of records and return how many were sent, description].
 * The sequential contenders send one at a time; sendAll gets every message of the list in one call.
 */
function bench_contender(string $name, int $port, int $concurrency): array
{
	$metamta = 'ext/metamta ' . phpversion('metamta') . ', libcurl '
		. (function_exists('curl_version') ? curl_version()['version'] : '(linked)');
	if ($name === 'metamta-sequential') {
		$adapter = new MetaMTA\PostmarkAdapter();
		$adapter->setOptions(['access-token' => BENCH_TOKEN, 'base-uri' => "https://127.0.0.1:$port", 'timeout' => 30,
			'inbound-addresses' => [], 'message-stream' => null]);
		return [
			static fn(array $r) => bench_metamta_message($r),
			static function (array $records) use ($adapter): int {
				foreach ($records as $r) {
					$adapter->sendMessage(bench_metamta_message($r));
				}
				return count($records);
			},
			"PostmarkAdapter::sendMessage, $metamta",
		];
	}
	if ($name === 'metamta-sendAll' || $name === 'metamta-sendAll-batch') {
		// No retries: a retried request would be a second delivery, which the mock's counts must not hide.
		$list = MetaMTA\MailerList::fromConfig([['key' => 'pm', 'type' => 'postmark', 'options' => [
			'access-token' => BENCH_TOKEN, 'base-uri' => "https://127.0.0.1:$port", 'timeout' => 30]]])
			->setRetryPolicy(0);
		return [
			static fn(array $r) => bench_metamta_message($r),
			static function (array $records) use ($list, $concurrency): int {
				$messages = [];
				foreach ($records as $r) {
					$messages[] = bench_metamta_message($r);
				}
				$sent = 0;
				foreach ($list->sendAll($messages, $concurrency) as $i => $result) {
					if (!$result->isSent()) {
						throw new RuntimeException("message $i not sent: " . $result->getException()?->getMessage());
					}
					$sent++;
				}
				return $sent;
			},
			sprintf('MailerList::sendAll(concurrency %d), metamta.batch_threshold=%s, %s', $concurrency,
				ini_get('metamta.batch_threshold'), $metamta),
		];
	}
	foreach (['Mime', 'Mailer', 'HttpClient', 'Mailer/Bridge/Postmark'] as $dir) {
		require_once "/usr/share/php/Symfony/Component/$dir/autoload.php";
	}
	$client = Symfony\Component\HttpClient\HttpClient::create(['cafile' => BENCH_CA]);
	$transport = (new Symfony\Component\Mailer\Bridge\Postmark\Transport\PostmarkApiTransport(BENCH_TOKEN, $client))
		->setHost('127.0.0.1')->setPort($port);
	return [
		static fn(array $r) => bench_symfony_message($r),
		static function (array $records) use ($transport): int {
			foreach ($records as $r) {
				$transport->send(bench_symfony_message($r));
			}
			return count($records);
		},
		get_class($client) . ', symfony/mailer ' . (class_exists(Composer\InstalledVersions::class, false) ? '?' : '5.4')
			. ', libcurl ' . curl_version()['version'],
	];
}

function bench_child(array $o): void
{
	$count = (int)$o['count'];
	$warmup = (int)$o['warmup'];
	[$build, $sendList, $what] = bench_contender($o['child'], (int)$o['port'], (int)$o['concurrency']);
	$records = bench_workload($count + $warmup);

	// Construction alone, so the report can split PHP-side object building from sending.
	$c0 = bench_cpu();
	for ($i = $warmup; $o['build-pass'] && $i < $count + $warmup; $i++) {
		$build($records[$i]);
	}
	$buildCpu = bench_cpu() - $c0;

	$warmSent = $warmup > 0 ? $sendList(array_slice($records, 0, $warmup)) : 0;
	$timed = array_slice($records, $warmup);
	gc_collect_cycles();

	$m0 = bench_proc_cpu((int)$o['mock-pid']);
	$s0 = bench_cpu(true);
	$c0 = bench_cpu();
	$t0 = hrtime(true);
	$sent = $sendList($timed);
	$wall = (hrtime(true) - $t0) / 1e9;
	$cpu = bench_cpu() - $c0;
	$sysCpu = bench_cpu(true) - $s0;
	$mockCpu = bench_proc_cpu((int)$o['mock-pid']) - $m0;

	if ($sent !== $count || $warmSent !== $warmup) {
		throw new RuntimeException("sent $warmSent of $warmup warm-up and $sent of $count timed messages");
	}
	echo json_encode(['what' => $what, 'sent' => $sent, 'wall' => $wall, 'cpu' => $cpu, 'sys_cpu' => $sysCpu, 'build_cpu' => $buildCpu,
		'mock_cpu' => $mockCpu, 'rss_mb' => getrusage()['ru_maxrss'] / 1024]), "\n";
}

// ------------------------------------------------------------------ parent: mocks, children, table

function bench_mock_start(bool $fast): array
{
	$cmd = ['/usr/bin/python3', BENCH_ROOT . '/tests/servers/provider_mock.py', '--tls', '--max-seconds', '900',
		'--postmark-token', BENCH_TOKEN];
	if ($fast) {
		$cmd[] = '--fast';
	}
	$proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
	$line = fgets($pipes[1]);
	if (!preg_match('/^PORT (\d+)$/', trim((string)$line), $m)) {
		throw new RuntimeException('mock did not start: ' . var_export($line, true));
	}
	return ['proc' => $proc, 'pipes' => $pipes, 'port' => (int)$m[1], 'pid' => proc_get_status($proc)['pid']];
}

function bench_mock_stats(array $mock): array
{
	$ctx = stream_context_create(['ssl' => ['cafile' => BENCH_CA, 'peer_name' => '127.0.0.1']]);
	$body = file_get_contents("https://127.0.0.1:{$mock['port']}/__mock/stats", false, $ctx);
	return json_decode((string)$body, true) ?? [];
}

function bench_mock_stop(array $mock): void
{
	proc_terminate($mock['proc']);
	fclose($mock['pipes'][1]);
	proc_close($mock['proc']);
}

/** Runs one contender in its own PHP process; $prefix wraps it (valgrind). */
function bench_run_child(array $o, string $contender, array $mock, array $prefix = [], array $extra = []): array
{
	$cmd = array_merge($prefix, [PHP_BINARY, '-d', 'memory_limit=1G']);
	if (str_starts_with($contender, 'metamta')) {
		array_push($cmd, '-d', 'extension=' . realpath($o['metamta-so']), '-d', 'metamta.cainfo=' . realpath(BENCH_CA),
			'-d', 'metamta.batch_threshold=' . ($contender === 'metamta-sendAll-batch' ? BENCH_BATCH_THRESHOLD : 0));
	}
	array_push($cmd, __FILE__, "--child=$contender", "--port={$mock['port']}", "--mock-pid={$mock['pid']}",
		"--count={$o['count']}", "--warmup={$o['warmup']}", "--concurrency={$o['concurrency']}", ...$extra);
	$proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
	$out = stream_get_contents($pipes[1]);
	$err = stream_get_contents($pipes[2]);
	$rc = proc_close($proc);
	$res = json_decode(trim((string)$out), true);
	if ($rc !== 0 || !is_array($res)) {
		throw new RuntimeException("$contender failed (exit $rc): $out $err");
	}
	return $res;
}

/** Provider requests a contender makes: one per message, or per batch of up to 500 (warm-up and timed apart). */
function bench_expected_requests(array $o, string $contender): int
{
	if ($contender !== 'metamta-sendAll-batch') {
		return (int)$o['count'] + (int)$o['warmup'];
	}
	$batches = static fn(int $n) => $n >= BENCH_BATCH_THRESHOLD ? (int)ceil($n / BENCH_POSTMARK_MAX_BATCH) : $n;
	return $batches((int)$o['count']) + $batches((int)$o['warmup']);
}

/**
 * Runs one contender against a fresh mock and checks that the mock accepted every
 * message exactly once: every request fully accepted, as many accepted messages
 * as were sent (a duplicate would add one), and the client saw each one sent.
 */
function bench_measure(array $o, string $variant, string $contender, array $prefix = [], array $extra = []): array
{
	$messages = (int)$o['count'] + (int)$o['warmup'];
	$expected = bench_expected_requests($o, $contender);
	// sendAll() keeps at most its concurrency in flight per call; libcurl may close some of the
	// kept-alive ones as a call winds down, so the timed call can open new ones after the warm-up's.
	$calls = (int)$o['warmup'] > 0 ? 2 : 1;
	$maxConnections = str_starts_with($contender, 'metamta-sendAll') ? $calls * (int)$o['concurrency'] : 1;
	$mock = bench_mock_start($variant === 'fast');
	try {
		$res = bench_run_child($o, $contender, $mock, $prefix, $extra);
		$stats = bench_mock_stats($mock);
	} finally {
		bench_mock_stop($mock);
	}
	if (($stats['requests'] ?? -1) !== $expected || ($stats['ok'] ?? -1) !== $expected
			|| ($stats['ok_messages'] ?? -1) !== $messages || ($stats['connections'] ?? PHP_INT_MAX) > $maxConnections) {
		throw new RuntimeException("$variant/$contender: the mock saw " . json_encode($stats) . ", expected $expected"
			. " valid requests carrying $messages accepted messages over at most $maxConnections connection(s)");
	}
	fwrite(STDERR, sprintf("%s/%s: %s; mock: %d requests, %d valid, %d messages accepted, %d connection(s)\n",
		$variant, $contender, $res['what'], $stats['requests'], $stats['ok'], $stats['ok_messages'], $stats['connections']));
	return $res + ['variant' => $variant, 'contender' => $contender, 'requests' => $stats['requests'],
		'ok' => $stats['ok'], 'ok_messages' => $stats['ok_messages'], 'connections' => $stats['connections']];
}

function bench_table(array $rows): void
{
	printf("\n%-8s %-21s %6s %6s %7s %10s %6s %8s %7s %6s %7s %7s %7s\n", 'mock', 'contender', 'reqs', 'conns',
		'wall s', 'CPU ms/msg', 'sys ms', 'build ms', 'mock ms', 'RSS MB', 'msgs/s', 'x sym', 'CPU x');
	$base = [];
	foreach ($rows as $r) {
		$base[$r['variant']][$r['contender']] = $r;
	}
	foreach ($rows as $r) {
		$b = $base[$r['variant']]['symfony'] ?? $r;
		$rate = $r['sent'] / $r['wall'];
		printf("%-8s %-21s %6d %6d %7.2f %10.3f %6.3f %8.3f %7.3f %6.0f %7.0f %7.2f %7.2f\n", $r['variant'],
			$r['contender'], $r['requests'], $r['connections'], $r['wall'], 1000 * $r['cpu'] / $r['sent'],
			1000 * $r['sys_cpu'] / $r['sent'], 1000 * $r['build_cpu'] / $r['sent'], 1000 * $r['mock_cpu'] / $r['sent'],
			$r['rss_mb'], $rate, $rate / ($b['sent'] / $b['wall']), $b['cpu'] / $r['cpu']);
	}
	echo "\nmsgs/s against our sequential path (same mock):\n";
	foreach ($rows as $r) {
		$seq = $base[$r['variant']]['metamta-sequential'] ?? null;
		if ($seq && str_starts_with($r['contender'], 'metamta-sendAll')) {
			printf("  %-8s %-21s %5.2fx msgs/s, %5.2fx CPU per message\n", $r['variant'], $r['contender'],
				($r['sent'] / $r['wall']) / ($seq['sent'] / $seq['wall']), $seq['cpu'] / $r['cpu']);
		}
	}
	echo "\nreqs, conns: provider requests and TCP connections the mock saw (warm-up included); CPU ms/msg: the\n",
		"client process's getrusage user+sys over the timed loop (build + send), sys ms its kernel part; build ms:\n",
		"building the message objects alone (a separate pass, no send); mock ms: the Python mock's CPU (all its\n",
		"threads, /proc) over the same loop; RSS MB: the client's peak resident size\n",
		"(getrusage ru_maxrss: PHP and the C core's buffers); x sym, CPU x: how many times\n",
		"that line beats Symfony (msgs/s ratio, CPU ratio) on the same mock.\n";
}

/** Inclusive instruction counts of named functions, from callgrind_annotate --inclusive=yes. */
function bench_callgrind_inclusive(string $file): array
{
	$out = shell_exec('callgrind_annotate --inclusive=yes --threshold=100 ' . escapeshellarg($file) . ' 2>/dev/null');
	$ir = [];
	foreach (explode("\n", (string)$out) as $line) {
		if (preg_match('/^\s*([\d,]+) .*PROGRAM TOTALS/', $line, $m)) {
			$ir['PROGRAM TOTALS'] = (int)str_replace(',', '', $m[1]);
		} elseif (preg_match('/^\s*([\d,]+) \([^)]*\)\s+\S*?:([A-Za-z_][\w.]*)/', $line, $m)) {
			$ir[$m[2]] = max($ir[$m[2]] ?? 0, (int)str_replace(',', '', $m[1]));
		}
	}
	return $ir;
}

/** callgrind on N sends of ours (no build pass, no warm-up): where the instructions go. */
function bench_callgrind(array $o): int
{
	$n = (int)$o['callgrind'];
	$o['count'] = $n;
	$o['warmup'] = 0;
	@mkdir(__DIR__ . '/results');
	$file = __DIR__ . "/results/callgrind.metamta.$n.out";
	bench_measure($o, 'fast', 'metamta-sequential', ['valgrind', '--tool=callgrind', '--callgrind-out-file=' . $file],
		['--build-pass=0']);
	$ir = bench_callgrind_inclusive($file);
	$sum = static function (string $pattern) use ($ir): int {
		$t = 0;
		foreach ($ir as $fn => $v) {
			$t += preg_match($pattern, $fn) ? $v : 0;
		}
		return $t;
	};
	$parts = [
		'whole process (startup, workload generation, sends)' => $ir['PROGRAM TOTALS'] ?? 0,
		'PostmarkAdapter::sendMessage, all of it' => $ir['zim_MetaMTA_PostmarkAdapter_sendMessage'] ?? 0,
		'  message -> core view (ext/)' => $ir['metamta_email_view_init'] ?? 0,
		'  JSON request build (mm_postmark_build)' => $ir['mm_postmark_build'] ?? 0,
		'    attachment base64 (mm_provider_json_base64)' => $ir['mm_provider_json_base64'] ?? 0,
		'    string escaping + UTF-8 check (mm_json_string)' => $ir['mm_json_string'] ?? 0,
		'  HTTP exchange (mm_http_send)' => $ir['mm_http_send'] ?? 0,
		'    curl_easy_perform' => $ir['curl_easy_perform'] ?? 0,
		'      TLS encrypt + write (SSL_write)' => $ir['SSL_write'] ?? 0,
		'      TLS read + decrypt (SSL_read)' => $ir['SSL_read'] ?? 0,
		'  response parse (mm_postmark_parse_response)' => $ir['mm_postmark_parse_response'] ?? 0,
		'PHP message construction (EmailMessage, EmailAddress, MailHeader, MailAttachment methods)' =>
			$sum('/^zim_MetaMTA_(EmailMessage|EmailAddress|MailHeader|MailAttachment)_/'),
	];
	printf("\ncallgrind, %d sends through PostmarkAdapter (instructions, inclusive; per message)\n", $n);
	foreach ($parts as $label => $v) {
		printf("  %-92s %11s\n", $label, number_format($v / $n));
	}
	echo "\nTop symbols by own instructions (callgrind_annotate $file):\n";
	$top = shell_exec('callgrind_annotate ' . escapeshellarg($file) . ' 2>/dev/null');
	$lines = array_values(array_filter(explode("\n", (string)$top),
		static fn($l) => preg_match('/^\s*[\d,]+ \(\s*[\d.]+%\)\s+\S+:/', $l) === 1));
	foreach (array_slice($lines, 0, 15) as $line) {
		// The object file's base name is enough to place a symbol the binary was stripped of.
		echo '  ', preg_replace_callback('/\[([^\]]*)\]$/', static fn($m) => '[' . basename($m[1]) . ']', trim($line)), "\n";
	}
	return 0;
}

/**
 * callgrind on N messages through each of our contenders (no warm-up): client
 * instructions per message, deterministic where the wall figures are not. TLS
 * handshakes are shown apart: sendAll opens up to its concurrency of connections,
 * which an application keeps alive over many more messages than N.
 */
function bench_callgrind_paths(array $o): void
{
	$n = (int)$o['callgrind'];
	$o['count'] = $n;
	$o['warmup'] = 0;
	$entry = ['metamta-sequential' => 'zim_MetaMTA_PostmarkAdapter_sendMessage',
		'metamta-sendAll' => 'zim_MetaMTA_MailerList_sendAll', 'metamta-sendAll-batch' => 'zim_MetaMTA_MailerList_sendAll'];
	$cols = [];
	foreach (array_keys($entry) as $contender) {
		if (!in_array($contender, explode(',', $o['contenders']), true)) {
			continue;
		}
		$file = __DIR__ . "/results/callgrind.$contender.$n.out";
		$res = bench_measure($o, 'fast', $contender, ['valgrind', '--tool=callgrind', '--callgrind-out-file=' . $file],
			['--build-pass=0']);
		$ir = bench_callgrind_inclusive($file);
		$hs = $ir['SSL_do_handshake'] ?? 0;
		$http = max($ir['mm_http_send'] ?? 0, $ir['mm_http_send_many'] ?? 0);
		$cols[$contender] = [
			'send call, all of it (handshakes excluded)' => ($ir[$entry[$contender]] ?? 0) - $hs,
			'  JSON request build (mm_postmark_build)' => $ir['mm_postmark_build'] ?? 0,
			'  batch join (postmark_join)' => $ir['postmark_join'] ?? 0,
			'  HTTP exchange (mm_http_send / _many, handshakes excluded)' => $http - $hs,
			'    TLS encrypt + write (SSL_write)' => $ir['SSL_write'] ?? 0,
			'    TLS read + decrypt (SSL_read)' => $ir['SSL_read'] ?? 0,
			'  response parse (mm_postmark_parse_response / _batch_response)' =>
				($ir['mm_postmark_parse_response'] ?? 0) + ($ir['mm_postmark_parse_batch_response'] ?? 0),
			'TLS handshakes (SSL_do_handshake), per message of this run' => $hs,
			'connections' => $res['connections'] * $n,
		];
	}
	printf("\ncallgrind, %d messages per contender, fast mock (instructions per message, inclusive)\n  %-66s", $n, '');
	foreach (array_keys($cols) as $c) {
		printf(" %21s", $c);
	}
	echo "\n";
	foreach (array_keys(reset($cols) ?: []) as $label) {
		printf("  %-66s", $label);
		foreach ($cols as $col) {
			printf(" %21s", number_format($col[$label] / $n));
		}
		echo "\n";
	}
}

function bench_main(array $o): int
{
	if ((int)$o['callgrind'] > 0) {
		bench_callgrind_paths($o);
		return bench_callgrind($o);
	}
	$rows = [];
	foreach (explode(',', $o['variants']) as $variant) {
		foreach (explode(',', $o['contenders']) as $contender) {
			$rows[] = bench_measure($o, $variant, $contender);
		}
	}
	bench_table($rows);
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
