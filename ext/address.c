/* placeholder: owned by a helper (keep the two conversion functions) */
#include "php_metamta.h"

#include "address.h"
#include "buffer.h"
#include "mm_alloc.h"

zend_class_entry* metamta_ce_EmailAddress;
void metamta_minit_address(void) {}

static mm_str view_of(const zend_string* s)
{
	mm_str v;
	v.ptr = s ? ZSTR_VAL(s) : NULL;
	v.len = s ? ZSTR_LEN(s) : 0;
	return v;
}

void metamta_address_to_core(zend_object* address, mm_address* out)
{
	metamta_address_object* intern = metamta_address_from_obj(address);

	out->display_name = view_of(intern->display_name);
	out->local_part = view_of(intern->local_part);
	out->domain_name = view_of(intern->domain_name);
}

zend_string* metamta_address_string_form(zend_object* address)
{
	mm_address core;
	mm_buf buf;
	zend_string* result;

	metamta_address_to_core(address, &core);
	mm_buf_init(&buf);
	mm_address_append_string_form(&core, &buf);
	result = zend_string_init(buf.data ? buf.data : "", buf.len, 0);
	mm_buf_free(&buf);
	return result;
}
