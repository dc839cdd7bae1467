/* placeholder: owned by a helper */
extern int mm_placeholder_cidr;
