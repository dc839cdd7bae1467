--TEST--
EmailAddress: angle, quoted and bare forms
--EXTENSIONS--
metamta
--FILE--
<?php
function show(string $label, MetaMTA\EmailAddress $a): void {
    echo $label, ': ';
    var_export([$a->getDisplayName(), $a->getLocalPart(), $a->getDomainName()]);
    echo "\n";
}
show('angle', new MetaMTA\EmailAddress('Ada Lovelace <ada@example.org>'));
show('quoted', new MetaMTA\EmailAddress('"Lovelace, Ada" <ada@example.org>'));
show('single quoted', new MetaMTA\EmailAddress("'Ada' <ada@example.org>"));
show('angle only', new MetaMTA\EmailAddress('<ada@example.org>'));
show('empty quotes', new MetaMTA\EmailAddress('"" <ada@example.org>'));
show('bare', new MetaMTA\EmailAddress('ada@example.org'));
show('trimmed', new MetaMTA\EmailAddress(" \t ada@example.org \r\n\0\x0B"));
show('no at', new MetaMTA\EmailAddress('postmaster'));
show('null', new MetaMTA\EmailAddress(null));
show('none', new MetaMTA\EmailAddress());
?>
--EXPECT--
angle: array (
  0 => 'Ada Lovelace',
  1 => 'ada',
  2 => 'example.org',
)
quoted: array (
  0 => 'Lovelace, Ada',
  1 => 'ada',
  2 => 'example.org',
)
single quoted: array (
  0 => 'Ada',
  1 => 'ada',
  2 => 'example.org',
)
angle only: array (
  0 => '',
  1 => 'ada',
  2 => 'example.org',
)
empty quotes: array (
  0 => '',
  1 => 'ada',
  2 => 'example.org',
)
bare: array (
  0 => NULL,
  1 => 'ada',
  2 => 'example.org',
)
trimmed: array (
  0 => NULL,
  1 => 'ada',
  2 => 'example.org',
)
no at: array (
  0 => NULL,
  1 => 'postmaster',
  2 => NULL,
)
null: array (
  0 => NULL,
  1 => '',
  2 => NULL,
)
none: array (
  0 => NULL,
  1 => '',
  2 => NULL,
)
