/* errout.h - the program's error line, shared by the command line
 * (cli_error) and the full screen (before curses starts or after it ends):
 * "casus: <message>" on stderr.  Not core: the core never prints. */
#ifndef CASUS_ERROUT_H
#define CASUS_ERROUT_H

#include <stdarg.h>

/* Print "casus: " and the message fmt formats on stderr, ending the line.
 * The message may quote what the user gave (values, file names): it is
 * made safe first (str_printable_lines), so no escape sequence or bidi
 * control reaches the terminal raw; line breaks are kept. */
void errout_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The same with a va_list (for wrappers). */
void errout_vprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

#endif
