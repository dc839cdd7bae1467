--TEST--
MailerList::getMailers(): configured order without priorities, larger priority first, unprioritized last in order
--EXTENSIONS--
metamta
--FILE--
<?php
require __DIR__ . '/flaky.inc';
use MetaMTA\MailerList;

$t = fn(string $k, ?int $p = null) => ['key' => $k, 'type' => 'test'] + ($p === null ? [] : ['priority' => $p]);
echo keys(MailerList::fromConfig([$t('A'), $t('B'), $t('C')])->getMailers()), "\n";
echo keys(MailerList::fromConfig([$t('X'), $t('Y', 5), $t('Z')])->getMailers()), "\n";
echo keys(MailerList::fromConfig([$t('S', 9), $t('R'), $t('T', 1), $t('U', 30)])->getMailers()), "\n";
// Every call builds new, configured adapters.
$list = MailerList::fromConfig([$t('A')]);
var_dump($list->getMailers()[0] !== $list->getMailers()[0], $list->getMailers()[0]->getPriority());
?>
--EXPECT--
A B C
Y X Z
U S T R
bool(true)
int(-1)
