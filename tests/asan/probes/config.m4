dnl The ASan probe extension (tests/asan/probes/README.md): built only by
dnl scripts/asan-build.sh --probe, never installed or shipped.
PHP_ARG_ENABLE([metamta-probe], [whether to enable the metamta ASan probes],
  [AS_HELP_STRING([--enable-metamta-probe], [metamta ASan probes (tests only)])], [no])

if test "$PHP_METAMTA_PROBE" != "no"; then
  PHP_NEW_EXTENSION(metamta_probe, metamta_probe.c mm_alloc.c buffer.c, $ext_shared,, -std=gnu99)
fi
