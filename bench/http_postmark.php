<?php

/*
 * HTTP benchmark: the same Postmark workload through MetaMTA\PostmarkAdapter
 * and through Symfony Mailer's PostmarkApiTransport, against the loopback
 * provider mock over HTTPS. See bench/README.md.
 *
 * Usage (bench/run.sh passes the right ini flags):
 *   php bench/http_postmark.php [--count=2000] [--warmup=50] [--variants=checked,fast] [--json=FILE]
 * Internal child mode, one contender per process:
 *   php bench/http_postmark.php --child=metamta|symfony --port=N --mock-pid=N --count=N --warmup=N
 */

require __DIR__ . '/workload.php';

const BENCH_ROOT = __DIR__ . '/..';
const BENCH_CA = BENCH_ROOT . '/tests/servers/certs/ca.pem';

function bench_opts(array $argv): array
{
	$o = ['count' => 2000, 'warmup' => 50, 'variants' => 'checked,fast', 'child' => null, 'port' => 0,
		'mock-pid' => 0, 'json' => null, 'metamta-so' => BENCH_ROOT . '/modules/metamta.so', 'build-pass' => 1,
		'callgrind' => 0];
	foreach (array_slice($argv, 1) as $arg) {
		if (!preg_match('/^--([a-z-]+)=(.*)$/', $arg, $m) || !array_key_exists($m[1], $o)) {
			fwrite(STDERR, "unknown argument $arg\n");
			exit(2);
		}
		$o[$m[1]] = $m[2];
	}
	return $o;
}

/** User + system CPU seconds of this process, or only the system part. */
function bench_cpu(bool $systemOnly = false): float
{
	$r = getrusage();
	$sys = $r['ru_stime.tv_sec'] + $r['ru_stime.tv_usec'] / 1e6;
	return $systemOnly ? $sys : $sys + $r['ru_utime.tv_sec'] + $r['ru_utime.tv_usec'] / 1e6;
}

/** User + system CPU seconds of another process (the mock), from /proc. */
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

// ------------------------------------------------------------------ child: one contender

/** Returns a function that builds and sends one record, and a function that only builds. */
function bench_contender(string $name, int $port): array
{
	if ($name === 'metamta') {
		$adapter = new MetaMTA\PostmarkAdapter();
		$adapter->setOptions(['access-token' => BENCH_TOKEN, 'base-uri' => "https://127.0.0.1:$port", 'timeout' => 30,
			'inbound-addresses' => [], 'message-stream' => null]);
		return [
			static fn(array $r) => bench_metamta_message($r),
			static function (array $r) use ($adapter) {
				$adapter->sendMessage(bench_metamta_message($r));
			},
			'ext/metamta ' . phpversion('metamta') . ', libcurl ' . (function_exists('curl_version') ? curl_version()['version'] : '(linked)'),
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
		static function (array $r) use ($transport) {
			$transport->send(bench_symfony_message($r));
		},
		get_class($client) . ', symfony/mailer ' . (class_exists(Composer\InstalledVersions::class, false) ? '?' : '5.4')
			. ', libcurl ' . curl_version()['version'],
	];
}

function bench_child(array $o): void
{
	$count = (int)$o['count'];
	$warmup = (int)$o['warmup'];
	[$build, $send, $what] = bench_contender($o['child'], (int)$o['port']);
	$records = bench_workload($count + $warmup);

	// Construction alone, so the report can split PHP-side object building from sending.
	$c0 = bench_cpu();
	for ($i = $warmup; $o['build-pass'] && $i < $count + $warmup; $i++) {
		$build($records[$i]);
	}
	$buildCpu = bench_cpu() - $c0;

	for ($i = 0; $i < $warmup; $i++) {
		$send($records[$i]);
	}
	gc_collect_cycles();

	$m0 = bench_proc_cpu((int)$o['mock-pid']);
	$s0 = bench_cpu(true);
	$c0 = bench_cpu();
	$t0 = hrtime(true);
	for ($i = $warmup; $i < $count + $warmup; $i++) {
		$send($records[$i]);
	}
	$wall = (hrtime(true) - $t0) / 1e9;
	$cpu = bench_cpu() - $c0;
	$sysCpu = bench_cpu(true) - $s0;
	$mockCpu = bench_proc_cpu((int)$o['mock-pid']) - $m0;

	echo json_encode(['what' => $what, 'sent' => $count, 'wall' => $wall, 'cpu' => $cpu, 'sys_cpu' => $sysCpu, 'build_cpu' => $buildCpu,
		'mock_cpu' => $mockCpu, 'peak_mb' => memory_get_peak_usage(true) / 1048576]), "\n";
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
	if ($contender === 'metamta') {
		array_push($cmd, '-d', 'extension=' . realpath($o['metamta-so']), '-d', 'metamta.cainfo=' . realpath(BENCH_CA));
	}
	array_push($cmd, __FILE__, "--child=$contender", "--port={$mock['port']}", "--mock-pid={$mock['pid']}",
		"--count={$o['count']}", "--warmup={$o['warmup']}", ...$extra);
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

/** Runs one contender against a fresh mock and checks the mock got every request, valid. */
function bench_measure(array $o, string $variant, string $contender, array $prefix = [], array $extra = []): array
{
	$expected = (int)$o['count'] + (int)$o['warmup'];
	$mock = bench_mock_start($variant === 'fast');
	try {
		$res = bench_run_child($o, $contender, $mock, $prefix, $extra);
		$stats = bench_mock_stats($mock);
	} finally {
		bench_mock_stop($mock);
	}
	if (($stats['requests'] ?? -1) !== $expected || ($stats['ok'] ?? -1) !== $expected) {
		throw new RuntimeException("$variant/$contender: the mock saw " . json_encode($stats)
			. ", expected $expected valid requests");
	}
	fwrite(STDERR, sprintf("%s/%s: %s; mock: %d requests, %d valid, %d connection(s)\n", $variant, $contender,
		$res['what'], $stats['requests'], $stats['ok'], $stats['connections']));
	return $res + ['variant' => $variant, 'contender' => $contender, 'requests' => $stats['requests'],
		'ok' => $stats['ok'], 'connections' => $stats['connections']];
}

function bench_table(array $rows): void
{
	printf("\n%-8s %-9s %7s %7s %10s %8s %8s %8s %8s %7s\n", 'mock', 'contender', 'wall s', 'msgs/s', 'CPU ms/msg',
		'sys ms', 'build ms', 'mock ms', 'msg/s x', 'CPU x');
	$base = [];
	foreach ($rows as $r) {
		if ($r['contender'] === 'symfony') {
			$base[$r['variant']] = $r;
		}
	}
	foreach ($rows as $r) {
		$b = $base[$r['variant']] ?? $r;
		$rate = $r['sent'] / $r['wall'];
		printf("%-8s %-9s %7.2f %7.0f %10.3f %8.3f %8.3f %8.3f %8.2f %7.2f\n", $r['variant'], $r['contender'], $r['wall'],
			$rate, 1000 * $r['cpu'] / $r['sent'], 1000 * $r['sys_cpu'] / $r['sent'], 1000 * $r['build_cpu'] / $r['sent'],
			1000 * $r['mock_cpu'] / $r['sent'], $rate / ($b['sent'] / $b['wall']), $b['cpu'] / $r['cpu']);
	}
	echo "\nCPU ms/msg: the client process's getrusage user+sys over the timed loop (build + send), sys ms its\n",
		"kernel part; build ms: building the message objects alone (a separate pass, no send); mock ms: the\n",
		"Python mock's CPU over the same loop (/proc); x: how many times metamta beats Symfony on that line.\n";
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
	bench_measure($o, 'fast', 'metamta', ['valgrind', '--tool=callgrind', '--callgrind-out-file=' . $file],
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

function bench_main(array $o): int
{
	if ((int)$o['callgrind'] > 0) {
		return bench_callgrind($o);
	}
	$rows = [];
	foreach (explode(',', $o['variants']) as $variant) {
		foreach (['metamta', 'symfony'] as $contender) {
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
