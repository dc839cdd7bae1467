--TEST--
EmailAddress: the liberal splitting rules (first @ inside <>, last @ bare)
--EXTENSIONS--
metamta
--FILE--
<?php
function show(string $text): void {
    $a = new MetaMTA\EmailAddress($text);
    echo str_pad($text, 16), ' => ';
    var_export([$a->getDisplayName(), $a->getLocalPart(), $a->getDomainName(), $a->getAddress()]);
    echo "\n";
}
show('<a@b@c>');
show('a@b@c');
show('a@');
show('<a>');
show('x <a>b>');
show('a b c@d e');
show("\tTab\t <a@b>");
show('A <B <c@d>');
show('"Ada"   <a@b>');
?>
--EXPECT--
<a@b@c>          => array (
  0 => '',
  1 => 'a',
  2 => 'b@c',
  3 => 'a@b@c',
)
a@b@c            => array (
  0 => NULL,
  1 => 'a@b',
  2 => 'c',
  3 => 'a@b@c',
)
a@               => array (
  0 => NULL,
  1 => 'a',
  2 => '',
  3 => 'a',
)
<a>              => array (
  0 => '',
  1 => 'a',
  2 => NULL,
  3 => 'a',
)
x <a>b>          => array (
  0 => 'x',
  1 => 'a>b',
  2 => NULL,
  3 => 'a>b',
)
a b c@d e        => array (
  0 => NULL,
  1 => 'a b c',
  2 => 'd e',
  3 => 'a b c@d e',
)
	Tab	 <a@b>      => array (
  0 => 'Tab	',
  1 => 'a',
  2 => 'b',
  3 => 'a@b',
)
A <B <c@d>       => array (
  0 => 'A <B',
  1 => 'c',
  2 => 'd',
  3 => 'c@d',
)
"Ada"   <a@b>    => array (
  0 => 'Ada',
  1 => 'a',
  2 => 'b',
  3 => 'a@b',
)
