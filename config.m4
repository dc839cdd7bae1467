dnl config.m4 for the metamta extension

PHP_ARG_ENABLE([metamta],
  [whether to enable metamta],
  [AS_HELP_STRING([--enable-metamta], [Enable the metamta mail layer])],
  [no])

PHP_ARG_ENABLE([metamta-dev],
  [whether to build metamta with developer warnings as errors],
  [AS_HELP_STRING([--enable-metamta-dev], [metamta: compile with -Wall -Wextra -Werror])],
  [no], [no])

dnl METAMTA_REQUIRE_PKG(pkg-config name, version floor, Debian package)
dnl One helper for each library: find it with pkg-config, add its flags, or
dnl stop with a sentence naming the package to install.
AC_DEFUN([METAMTA_REQUIRE_PKG], [
  PKG_CHECK_MODULES([METAMTA_DEP], [$1 >= $2], [], [
    AC_MSG_ERROR([metamta needs $1 $2 or newer; on Debian: apt-get install $3])
  ])
  PHP_EVAL_INCLINE([$METAMTA_DEP_CFLAGS])
  PHP_EVAL_LIBLINE([$METAMTA_DEP_LIBS], [METAMTA_SHARED_LIBADD])
  unset METAMTA_DEP_CFLAGS METAMTA_DEP_LIBS
  unset pkg_cv_METAMTA_DEP_CFLAGS pkg_cv_METAMTA_DEP_LIBS
])

if test "$PHP_METAMTA" != "no"; then
  AC_MSG_CHECKING([for a supported PHP version])
  metamta_php_version=`$PHP_CONFIG --vernum`
  if test -z "$metamta_php_version" || test "$metamta_php_version" -lt 80100; then
    AC_MSG_ERROR([metamta needs PHP 8.1 or newer; this is PHP `$PHP_CONFIG --version`])
  fi
  AC_MSG_RESULT([$metamta_php_version])

  PKG_PROG_PKG_CONFIG
  METAMTA_REQUIRE_PKG([libcurl], [7.74.0], [libcurl4-openssl-dev])
  METAMTA_REQUIRE_PKG([libcrypto], [1.1.1], [libssl-dev])
  METAMTA_REQUIRE_PKG([libssl], [1.1.1], [libssl-dev])

  PHP_CHECK_LIBRARY([curl], [curl_easy_init], [],
    [AC_MSG_ERROR([libcurl was found but does not link; apt-get install libcurl4-openssl-dev])],
    [$METAMTA_SHARED_LIBADD])

  if test "$PHP_METAMTA_DEV" != "no"; then
    CFLAGS="$CFLAGS -Wall -Wextra -Werror -Wno-unused-parameter"
  fi

  dnl The core: plain C, libc + libcurl + OpenSSL only.
  METAMTA_CORE_SOURCES="
    src/mm_alloc.c
    src/mm_error.c
    src/buffer.c
    src/text.c
    src/base64.c
    src/http_request.c
    src/transport_http.c
    src/curl_error.c
    src/encoded_word.c
    src/address.c
    src/phone.c
    src/ip.c
    src/cidr.c
    src/form.c
    src/multipart.c
    src/base_uri.c
    src/http_basic_auth.c
    src/provider_mailgun.c
    src/provider_twilio.c
    src/webhook_mailgun.c
    src/json_write.c
    src/json_read.c
    src/provider_common.c
    src/provider_postmark.c
    src/provider_sendgrid.c
    src/sigv4.c
    src/sigv4_canonical.c
    src/message_id.c
    src/transport_smtp.c
    src/mime.c
    src/mime_header.c
    src/mime_body.c
    src/mime_envelope.c
    src/transport_sendmail.c
    src/aws_xml.c
    src/provider_aws.c
    src/provider_ses.c
    src/provider_sns.c
    src/threading.c
  "

  dnl The Zend bindings.
  METAMTA_EXT_SOURCES="
    ext/metamta.c
    ext/exceptions.c
    ext/http.c
    ext/address.c
    ext/phone.c
    ext/message_parts.c
    ext/message.c
    ext/cidr.c
    ext/options.c
    ext/adapter.c
    ext/adapter_test.c
    ext/adapter_http.c
    ext/adapter_postmark.c
    ext/adapter_mailgun.c
    ext/adapter_sendgrid.c
    ext/adapter_twilio.c
    ext/parallel_send.c
    ext/adapter_sendmail.c
    ext/adapter_aws.c
    ext/adapter_ses.c
    ext/adapter_sns.c
    ext/mailer_config.c
    ext/mailer_list.c
    ext/mailer_send_all.c
    ext/aliases.c
    ext/adapter_smtp.c
  "

  PHP_NEW_EXTENSION(metamta, $METAMTA_EXT_SOURCES $METAMTA_CORE_SOURCES, $ext_shared,, -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -std=gnu99)
  PHP_ADD_BUILD_DIR([$ext_builddir/src])
  PHP_ADD_BUILD_DIR([$ext_builddir/ext])
  PHP_ADD_INCLUDE([$ext_srcdir/src])
  PHP_ADD_INCLUDE([$ext_srcdir/ext])
  PHP_SUBST(METAMTA_SHARED_LIBADD)
fi
