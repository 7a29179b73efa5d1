# Registration workbook export (issue 5): core export, the command, tests.
libcasus_a_SOURCES += include/export.h src/core/export.c include/fileout.h src/core/fileout.c \
	src/core/export_int.h src/core/export_sink.c src/core/export_tables.c \
	src/core/export_lxw.c src/core/export_verify.c src/core/export_map.c \
	src/core/export_controle.c include/privacy_key.h src/core/privacy_key.c
casus_SOURCES += src/cli/cmd_export.c
# export_verify.c reads the written workbook back with zlib ($(ZLIB_LIBS),
# checked by configure).

# Tests: the fixture program (one client per rule and boundary), read back
# with Debian's python3-openpyxl; the command on demo caseloads.
check_PROGRAMS += tests/export/test_export_fixture
tests_export_test_export_fixture_LDADD = $(CASUS_LIBS)
tests_export_test_export_fixture_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/tests/unit
# the workbook writer on its edge cases, through the internal xw_* calls
check_PROGRAMS += tests/export/test_xw
tests_export_test_xw_LDADD = $(CASUS_LIBS)
tests_export_test_xw_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/tests/unit -I$(top_srcdir)/src/core
# and opened by a real spreadsheet program (gnumeric's ssconvert)
EXPORT_TESTS = tests/export/fixture.sh tests/export/xw.sh tests/cli/export.sh \
	tests/export/spreadsheet.sh
TESTS += $(EXPORT_TESTS)
EXTRA_DIST += $(EXPORT_TESTS) tests/export/xlsxcheck.py tests/export/check_fixture.py \
	tests/export/check_workbook.py tests/export/check_xw.py tests/export/check_gnumeric.py

# Benchmark (not part of make check): 100,000 participants exported, time
# and peak memory, against a plain python3-openpyxl script.
EXTRA_DIST += tests/bench/bench_export.sh tests/bench/bench_export_openpyxl.py \
	tests/bench/bench_export_trim.py
CLEANFILES += bench-export.db bench-export-10k.db
bench: bench-export
# 100,000 participants (limit 8 s), then 10,000 (limit 1 s); both run,
# the target fails when either missed a limit.
bench-export: casus
	@st=0; \
	top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)' \
	CASUS='$(abs_top_builddir)/casus' \
	  $(SHELL) '$(abs_top_srcdir)/tests/bench/bench_export.sh' || st=1; \
	top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)' \
	CASUS='$(abs_top_builddir)/casus' BENCH_EXPORT_N=10000 BENCH_EXPORT_MAX=1 \
	BENCH_EXPORT_DB='$(abs_top_builddir)/bench-export-10k.db' \
	  $(SHELL) '$(abs_top_srcdir)/tests/bench/bench_export.sh' || st=1; \
	exit $$st
.PHONY: bench-export
