# Privacy duties (issue 6): erasure, purge, backup.
libcasus_a_SOURCES += include/privacy.h src/core/privacy.c
casus_SOURCES += src/cli/cmd_privacy.c src/cli/cmd_admin.c

# Test helpers and the hardening tests (issue 6).
check_PROGRAMS += tests/tools/holdlock tests/tools/sqlq
tests_tools_holdlock_LDADD = $(SQLITE_LIBS)
tests_tools_sqlq_LDADD = $(SQLITE_LIBS)
HARDENING_TESTS = tests/hardening/privacy.sh tests/hardening/files.sh \
	tests/hardening/concurrency.sh tests/hardening/crash.sh tests/hardening/hostile.sh \
	tests/hardening/tui.sh tests/hardening/erasure.sh tests/hardening/diskfull.sh \
	tests/hardening/dbfile.sh tests/hardening/outputs.sh tests/hardening/terminal.sh
TESTS += $(HARDENING_TESTS)
EXTRA_DIST += $(HARDENING_TESTS)
