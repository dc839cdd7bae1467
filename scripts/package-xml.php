<?php
/*
 * Writes package.xml (PEAR package v2.0) with its <contents> taken from
 * `git ls-files`, or checks that the committed one is complete.
 *
 * Usage: php scripts/package-xml.php           rewrite package.xml
 *        php scripts/package-xml.php --release rewrite it with today's date as
 *                                              the release date (when cutting
 *                                              a release, before pecl package)
 *        php scripts/package-xml.php --check   fail if a shipped file is missing,
 *                                              listed twice, has the wrong role,
 *                                              a listed file does not exist, or
 *                                              the release date is not a real
 *                                              date on or before today
 *
 * Shipped: every tracked file under src/, ext/ and tests/ (but not the core
 * test build output in tests/core/build/), plus config.m4, config.w32,
 * README.md, CHANGELOG.md and LICENSE. The release date and version in an
 * existing package.xml are kept, so rewriting only changes <contents>; only
 * --release moves the date (pecl package warns on any other day, a warning
 * the test suite's pecl stage allows for that reason alone).
 */

const PACKAGE_VERSION = '0.1.0';
const SHIPPED_DIRS = ['src/', 'ext/', 'tests/', 'docs/'];
const SHIPPED_TOP = ['config.m4', 'config.w32', 'README.md', 'CHANGELOG.md', 'LICENSE'];
// The ASan probes are a second, test-only extension with a config.m4 of its
// own: shipped, it would make `pecl install` build it instead of metamta.
const EXCLUDED_PREFIXES = ['tests/core/build/', 'tests/asan/probes/'];

chdir(dirname(__DIR__));

/** The role PEAR should install a shipped file with. */
function role_of(string $path): string
{
	if (str_starts_with($path, 'tests/')) {
		return 'test';
	}
	if (str_ends_with($path, '.md') || $path === 'LICENSE') {
		return 'doc';
	}
	return 'src';
}

/** Shipped files, sorted, as path => role. */
function shipped_files(): array
{
	$cmd = 'git ls-files -z -- ' . implode(' ', array_map('escapeshellarg', array_merge(SHIPPED_DIRS, SHIPPED_TOP)));
	$out = shell_exec($cmd);
	if (!is_string($out)) {
		fwrite(STDERR, "package-xml: git ls-files failed\n");
		exit(1);
	}
	$files = [];
	foreach (explode("\0", $out) as $path) {
		if ($path === '') {
			continue;
		}
		foreach (EXCLUDED_PREFIXES as $prefix) {
			if (str_starts_with($path, $prefix)) {
				continue 2;
			}
		}
		$files[$path] = role_of($path);
	}
	ksort($files, SORT_STRING);
	return $files;
}

function xml(string $s): string
{
	return htmlspecialchars($s, ENT_XML1 | ENT_QUOTES, 'UTF-8');
}

/** The whole package.xml text for these files and this release date. */
function render(array $files, string $date): string
{
	$contents = '';
	foreach ($files as $path => $role) {
		$contents .= sprintf("   <file name=\"%s\" role=\"%s\" />\n", xml($path), $role);
	}
	$version = PACKAGE_VERSION;
	return <<<XML
<?xml version="1.0" encoding="UTF-8"?>
<package packagerversion="1.10.13" version="2.0" xmlns="http://pear.php.net/dtd/package-2.0" xmlns:tasks="http://pear.php.net/dtd/tasks-1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://pear.php.net/dtd/tasks-1.0 http://pear.php.net/dtd/tasks-1.0.xsd http://pear.php.net/dtd/package-2.0 http://pear.php.net/dtd/package-2.0.xsd">
 <name>metamta</name>
 <channel>pecl.php.net</channel>
 <summary>Phabricator's mail layer (metamta) as native PHP classes</summary>
 <description>metamta re-implements the mail layer of Phabricator and Phorge in C: the mail adapters (Postmark, Mailgun, Amazon SES and SNS, SendGrid, Twilio, SMTP, sendmail, test), the message value objects, CIDR allowlists and the prioritized mailer list, as classes in the MetaMTA namespace with the original's method and option names. It validates input strictly, reuses connections through libcurl and signs requests with OpenSSL.</description>
 <lead>
  <name>The metamta authors</name>
  <user>metamta</user>
  <email>metamta@example.org</email>
  <active>yes</active>
 </lead>
 <date>{$date}</date>
 <version>
  <release>{$version}</release>
  <api>{$version}</api>
 </version>
 <stability>
  <release>alpha</release>
  <api>devel</api>
 </stability>
 <license uri="https://opensource.org/licenses/BSD-3-Clause">BSD-3-Clause</license>
 <notes>
First development release; see CHANGELOG.md.
 </notes>
 <contents>
  <dir name="/">
{$contents}  </dir>
 </contents>
 <dependencies>
  <required>
   <php>
    <min>8.1.0</min>
   </php>
   <pearinstaller>
    <min>1.10.0</min>
   </pearinstaller>
  </required>
 </dependencies>
 <providesextension>metamta</providesextension>
 <extsrcrelease>
  <configureoption name="enable-metamta-dev" default="no" prompt="Build with developer warnings as errors (-Wall -Wextra -Werror)?" />
 </extsrcrelease>
</package>

XML;
}

/** path => list of roles, as listed in an existing package.xml. */
function listed_files(string $xml): array
{
	preg_match_all('/<file\s+name="([^"]*)"\s+role="([^"]*)"/', $xml, $m, PREG_SET_ORDER);
	$listed = [];
	foreach ($m as [, $name, $role]) {
		$listed[html_entity_decode($name, ENT_XML1 | ENT_QUOTES, 'UTF-8')][] = $role;
	}
	return $listed;
}

$mode = $argv[1] ?? '';
if (!in_array($mode, ['', '--check', '--release'], true)) {
	fwrite(STDERR, "package-xml: usage: php scripts/package-xml.php [--check|--release]\n");
	exit(2);
}
$check = $mode === '--check';
$existing = is_file('package.xml') ? file_get_contents('package.xml') : null;
$date = ($existing !== null && preg_match('#<date>(\d{4}-\d{2}-\d{2})</date>#', $existing, $m)) ? $m[1] : gmdate('Y-m-d');
if ($mode === '--release') {
	$date = date('Y-m-d');
}
$files = shipped_files();

if (!$check) {
	file_put_contents('package.xml', render($files, $date));
	printf("package-xml: wrote package.xml with %d files\n", count($files));
	exit(0);
}

if ($existing === null) {
	fwrite(STDERR, "package-xml: package.xml is missing: run php scripts/package-xml.php\n");
	exit(1);
}
$problems = [];
// The date pecl package compares with today: a real calendar date, never later.
$parsed = DateTimeImmutable::createFromFormat('!Y-m-d', $date);
if ($parsed === false || $parsed->format('Y-m-d') !== $date || $date > date('Y-m-d')) {
	$problems[] = "release date $date is not a real date on or before today";
}
$listed = listed_files($existing);
foreach ($files as $path => $role) {
	if (!isset($listed[$path])) {
		$problems[] = "not listed: $path";
	} elseif ($listed[$path] !== [$role]) {
		$problems[] = sprintf("listed as %s, should be %s (once): %s", implode('+', $listed[$path]), $role, $path);
	}
}
foreach ($listed as $path => $roles) {
	if (!isset($files[$path])) {
		$problems[] = "listed but not a shipped tracked file: $path";
	}
	if (!is_file($path)) {
		$problems[] = "listed but missing from the tree: $path";
	}
}
if (!$problems && $existing !== render($files, $date)) {
	$problems[] = "package.xml differs from what scripts/package-xml.php writes (metadata or order)";
}
if ($problems) {
	foreach ($problems as $p) {
		fwrite(STDERR, "package-xml: $p\n");
	}
	fwrite(STDERR, "package-xml: run php scripts/package-xml.php and commit package.xml\n");
	exit(1);
}
printf("package-xml: %d files listed, all present with the right role\n", count($files));
