/* placeholder: owned by a helper */
#include "php_metamta.h"
