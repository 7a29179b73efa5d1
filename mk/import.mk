# CSV import (issue 3): core parser/importer, the command, its tests.
libcasus_a_SOURCES += include/csv.h include/import.h src/core/csv.c src/core/import.c \
	src/core/import_int.h src/core/import_cols.c src/core/import_cells.c \
	src/core/import_rows.c src/core/import_startbaan.c
casus_SOURCES += src/cli/cmd_import.c

# the CSV reader's unit test; dump_csv writes a caseload in the import format
# (round trip, "database unchanged" checks, benchmark data)
check_PROGRAMS += tests/unit/test_csv tests/tools/dump_csv
TESTS += tests/unit/test_csv
tests_unit_test_csv_LDADD = $(CASUS_LIBS)
# the string map of util.h; the import's round trip of every described field
check_PROGRAMS += tests/unit/test_util tests/unit/test_record_import
TESTS += tests/unit/test_util tests/unit/test_record_import
tests_unit_test_util_LDADD = $(CASUS_LIBS)
tests_unit_test_record_import_LDADD = $(CASUS_LIBS)
tests_tools_dump_csv_LDADD = $(CASUS_LIBS)

IMPORT_CLI_TESTS = tests/cli/import.sh tests/cli/import-errors.sh \
	tests/cli/import-roundtrip.sh
TESTS += $(IMPORT_CLI_TESTS)
# memory limits on hostile input (peak memory measured by peakmem, the
# benchmark's tool, built here for make check; not under valgrind)
check_PROGRAMS += tests/tools/peakmem
tests_tools_peakmem_SOURCES = tests/bench/peakmem.c
IMPORT_LIMIT_TESTS = tests/hardening/import-limits.sh
TESTS += $(IMPORT_LIMIT_TESTS)
EXTRA_DIST += $(IMPORT_CLI_TESTS) $(IMPORT_LIMIT_TESTS) tests/data/import \
	tests/bench/bench_import.sh docs/import.md

# make bench-import: 100,000 clients with their records (not part of check);
# figures in docs/import.md.  Use a build without sanitizers.
bench-import: casus tests/tools/dump_csv
	top_builddir='$(abs_top_builddir)' $(SHELL) $(srcdir)/tests/bench/bench_import.sh
bench: bench-import
.PHONY: bench-import
