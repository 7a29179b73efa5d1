/* errout.c - the program's error line on stderr (errout.h). */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "errout.h"
#include "util.h"

void errout_vprintf(const char *fmt, va_list ap)
{
	char *msg = xvasprintf(fmt, ap);
	char *safe = str_printable_lines(msg);

	fprintf(stderr, "casus: %s\n", safe);
	free(safe);
	free(msg);
}

void errout_printf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	errout_vprintf(fmt, ap);
	va_end(ap);
}
