/* check.h - a minimal TAP producer for the unit tests.
 *
 *   int main(void) { CHECK(1 + 1 == 2, "sum"); CHECK_INT(f(), 3, "f"); return check_done(); }
 *
 * Each CHECK prints one "ok N - desc" / "not ok N - desc" line; check_done()
 * prints the plan and returns the exit status. */
#ifndef CASUS_CHECK_H
#define CASUS_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_n, check_failed;

static inline int check_report(int ok, const char *file, int line, const char *desc)
{
	++check_n;
	printf("%sok %d - %s\n", ok ? "" : "not ", check_n, desc);
	if (!ok) {
		++check_failed;
		printf("#   at %s:%d\n", file, line);
	}
	fflush(stdout);
	return ok;
}

#define CHECK(cond, desc) check_report(!!(cond), __FILE__, __LINE__, (desc))

#define CHECK_INT(got, want, desc) do { \
	long long check_g_ = (long long)(got), check_w_ = (long long)(want); \
	if (!check_report(check_g_ == check_w_, __FILE__, __LINE__, (desc))) \
		printf("#   got %lld, want %lld\n", check_g_, check_w_); \
} while (0)

#define CHECK_STR(got, want, desc) do { \
	const char *check_g_ = (got), *check_w_ = (want); \
	int check_ok_ = check_g_ && check_w_ ? strcmp(check_g_, check_w_) == 0 : check_g_ == check_w_; \
	if (!check_report(check_ok_, __FILE__, __LINE__, (desc))) \
		printf("#   got \"%s\", want \"%s\"\n", check_g_ ? check_g_ : "(null)", check_w_ ? check_w_ : "(null)"); \
} while (0)

static inline int check_done(void)
{
	printf("1..%d\n", check_n);
	return check_failed ? 1 : 0;
}

#endif
