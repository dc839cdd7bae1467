/* LD_PRELOAD shim for the ASan phpt run. Debian's PHP opens extensions with
 * RTLD_DEEPBIND, which ASan refuses (a deep-bound library would bypass its
 * malloc interceptors); clearing the flag keeps the normal lookup order, in
 * which the preloaded libasan comes first. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>
#include <stdlib.h>

/* Once the sanitizer runtimes are loaded into php, LD_PRELOAD has done its
 * job: dropping it keeps them out of what the tests start (the fake
 * sendmail, Python servers), whose own leaks are not ours to report. */
__attribute__((constructor)) static void deepbind_shim_forget_preload(void) { unsetenv("LD_PRELOAD"); }

void* dlopen(const char* file, int mode)
{
	static void* (*real_dlopen)(const char*, int) = NULL;

	if (real_dlopen == NULL) {
		real_dlopen = (void* (*)(const char*, int))dlsym(RTLD_NEXT, "dlopen");
		if (real_dlopen == NULL) {
			return NULL;
		}
	}
	return real_dlopen(file, mode & ~RTLD_DEEPBIND);
}
