--TEST--
Loopback servers: a command that dies or prints no PORT line fails fast with a message
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/../utils/tools.inc';
require __DIR__ . '/../servers/server.inc';
throws(fn() => metamta_server_start(['/usr/bin/python3', '-c', 'import sys; sys.stderr.write("boom"); sys.exit(3)']));
throws(fn() => metamta_server_start(['/usr/bin/python3', '-c', 'print("hello", flush=True)']));
throws(fn() => metamta_server_start(['/usr/bin/python3', '-c', 'import time; time.sleep(30)'], ['timeout' => 0.3]));
?>
--EXPECT--
RuntimeException: -c: exited before printing its PORT line; stderr: boom
RuntimeException: -c: first line is not "PORT <n>": "hello"
RuntimeException: -c: no PORT line within 0.3 s
