// libpq from Debian's libpq-dev; pkg-config (libpq.pc) supplies -I/usr/include/postgresql.
#include <libpq-fe.h>
