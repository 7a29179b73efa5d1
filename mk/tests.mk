# The tests of `make check`, by layer.  Every test speaks TAP
# (tests/unit/check.h, tests/lib.sh).

EXTRA_DIST += tests/unit/check.h tests/unit/dbcount.h tests/lib.sh

# --- unit tests of the core (in-memory databases) -------------------------
UNIT_TESTS = \
	tests/unit/test_date tests/unit/test_vocab tests/unit/test_validate \
	tests/unit/test_derive tests/unit/test_signals tests/unit/test_norm \
	tests/unit/test_sha256 tests/unit/test_store tests/unit/test_search \
	tests/unit/test_demo tests/unit/test_db tests/unit/test_usecase \
	tests/unit/test_record tests/unit/test_record_import tests/unit/test_record_card \
	tests/unit/test_csv tests/unit/test_util
UNIT_TESTS += tests/unit/test_horizon
UNIT_TESTS += tests/unit/test_agenda
UNIT_TESTS += tests/unit/test_zelfevaluatie
check_PROGRAMS += $(UNIT_TESTS)
TESTS += $(UNIT_TESTS)
tests_unit_test_date_LDADD = $(CASUS_LIBS)
tests_unit_test_vocab_LDADD = $(CASUS_LIBS)
tests_unit_test_validate_LDADD = $(CASUS_LIBS)
tests_unit_test_derive_LDADD = $(CASUS_LIBS)
tests_unit_test_signals_LDADD = $(CASUS_LIBS)
tests_unit_test_norm_LDADD = $(CASUS_LIBS)
tests_unit_test_sha256_LDADD = $(CASUS_LIBS)
tests_unit_test_store_LDADD = $(CASUS_LIBS)
tests_unit_test_search_LDADD = $(CASUS_LIBS)
tests_unit_test_demo_LDADD = $(CASUS_LIBS)
tests_unit_test_db_LDADD = $(CASUS_LIBS)
tests_unit_test_usecase_LDADD = $(CASUS_LIBS)
tests_unit_test_record_LDADD = $(CASUS_LIBS)
tests_unit_test_record_import_LDADD = $(CASUS_LIBS)
tests_unit_test_record_card_LDADD = $(CASUS_LIBS)
tests_unit_test_csv_LDADD = $(CASUS_LIBS)
tests_unit_test_util_LDADD = $(CASUS_LIBS)
tests_unit_test_horizon_LDADD = $(CASUS_LIBS)
tests_unit_test_agenda_LDADD = $(CASUS_LIBS)
tests_unit_test_zelfevaluatie_LDADD = $(CASUS_LIBS)
check_PROGRAMS += tests/unit/test_peildatum
TESTS += tests/unit/test_peildatum
tests_unit_test_peildatum_LDADD = $(CASUS_LIBS)

# --- tools the shell tests use ---------------------------------------------
# dump_csv writes a caseload in the import format (round trip, "database
# unchanged" checks, benchmark data); holdlock and sqlq hold and query a
# file beside casus; peakmem measures peak memory (also the benchmarks').
check_PROGRAMS += tests/tools/dump_csv tests/tools/holdlock tests/tools/sqlq tests/tools/peakmem
tests_tools_dump_csv_LDADD = $(CASUS_LIBS)
tests_tools_holdlock_LDADD = $(SQLITE_LIBS)
tests_tools_sqlq_LDADD = $(SQLITE_LIBS)
tests_tools_peakmem_SOURCES = tests/bench/peakmem.c

# --- the command line: golden output ---------------------------------------
CLI_TESTS = \
	tests/cli/basics.sh tests/cli/demo.sh tests/cli/zoek.sh \
	tests/cli/toon.sh tests/cli/signalen.sh tests/cli/controle.sh
CLI_TESTS += tests/cli/readme.sh
CLI_TESTS += tests/cli/zelfevaluatie.sh
IMPORT_CLI_TESTS = tests/cli/import.sh tests/cli/import-errors.sh \
	tests/cli/import-roundtrip.sh
IMPORT_CLI_TESTS += tests/cli/import-pip.sh
TESTS += $(CLI_TESTS) $(IMPORT_CLI_TESTS)
# what a consultant's day needs: settings, agenda (tests/tui/day.sh below)
DAY_CLI_TESTS = tests/cli/instelling.sh tests/cli/agenda.sh
TESTS += $(DAY_CLI_TESTS)
EXTRA_DIST += $(DAY_CLI_TESTS)
EXTRA_DIST += $(CLI_TESTS) $(IMPORT_CLI_TESTS) tests/golden tests/data/import \
	tests/data/zelfevaluatie

# --- the export: the workbook read back by independent readers -------------
# the fixture program (one client per rule and boundary) read back with
# python3-openpyxl; the writer on its edge cases; the command on demo
# caseloads; a real spreadsheet program (gnumeric's ssconvert)
check_PROGRAMS += tests/export/test_export_fixture tests/export/test_xw
tests_export_test_export_fixture_LDADD = $(CASUS_LIBS)
tests_export_test_export_fixture_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/tests/unit
tests_export_test_xw_LDADD = $(CASUS_LIBS)
tests_export_test_xw_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/tests/unit -I$(top_srcdir)/src/core
EXPORT_TESTS = tests/export/fixture.sh tests/export/xw.sh tests/cli/export.sh \
	tests/export/spreadsheet.sh tests/export/zelfevaluatie.sh
TESTS += $(EXPORT_TESTS)
EXTRA_DIST += $(EXPORT_TESTS) tests/export/xlsxcheck.py tests/export/check_fixture.py \
	tests/export/check_workbook.py tests/export/check_xw.py tests/export/check_gnumeric.py \
	tests/export/check_zelfevaluatie.py

# --- the TUI: scripted virtual screen, forms without a terminal, tmux ------
check_PROGRAMS += tests/tui/test_tuitext tests/tui/test_caseload tests/tui/test_forms
tests_tui_test_tuitext_SOURCES = tests/tui/test_tuitext.c src/tui/draw.c
tests_tui_test_tuitext_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src/tui $(NCURSES_CFLAGS)
tests_tui_test_tuitext_LDADD = $(CASUS_LIBS) $(NCURSES_LIBS)
tests_tui_test_caseload_LDADD = $(CASUS_LIBS)
tests_tui_test_forms_SOURCES = tests/tui/test_forms.c src/tui/forms.c src/tui/form.c \
	src/tui/form_rec.c src/tui/lineedit.c src/tui/draw.c
tests_tui_test_forms_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src/tui $(NCURSES_CFLAGS)
tests_tui_test_forms_LDADD = $(CASUS_LIBS) $(NCURSES_LIBS)
TUI_TESTS = tests/tui/test_tuitext tests/tui/test_caseload tests/tui/test_forms \
	tests/tui/screens.sh tests/tui/tmux.sh tests/tui/zelfevaluatie.sh
TESTS += $(TUI_TESTS)
TESTS += tests/tui/day.sh
EXTRA_DIST += tests/tui/day.sh
EXTRA_DIST += tests/tui/screens.sh tests/tui/tmux.sh tests/tui/zelfevaluatie.sh tests/tui/lib_tui.sh \
	tests/tui/scripts tests/tui/expected tests/tui/data
# finding and reading (issue 13): same-named clients, last contact, pager
check_PROGRAMS += tests/tui/test_wrap
tests_tui_test_wrap_SOURCES = tests/tui/test_wrap.c src/tui/wrap.c src/tui/draw.c
tests_tui_test_wrap_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src/tui $(NCURSES_CFLAGS)
tests_tui_test_wrap_LDADD = $(CASUS_LIBS) $(NCURSES_LIBS)
TUI_TESTS += tests/tui/test_wrap tests/tui/find.sh
EXTRA_DIST += tests/tui/find.sh tests/tui/data-find

# --- hardening: crashes, locks, broken files, hostile input, privacy -------
HARDENING_TESTS = tests/hardening/privacy.sh tests/hardening/files.sh \
	tests/hardening/concurrency.sh tests/hardening/crash.sh tests/hardening/hostile.sh \
	tests/hardening/tui.sh tests/hardening/erasure.sh tests/hardening/diskfull.sh \
	tests/hardening/dbfile.sh tests/hardening/outputs.sh tests/hardening/terminal.sh \
	tests/hardening/import-limits.sh
# the error line of the command line and the full screen (src/common/errout.c)
HARDENING_TESTS += tests/hardening/foutregel.sh
TESTS += $(HARDENING_TESTS)
EXTRA_DIST += $(HARDENING_TESTS)

# The command-line tests that tools/check runs once more under valgrind.
VALGRIND_TESTS = $(CLI_TESTS) $(IMPORT_CLI_TESTS) tests/hardening/privacy.sh \
	tests/hardening/concurrency.sh tests/hardening/dbfile.sh tests/hardening/erasure.sh \
	tests/hardening/outputs.sh
print-valgrind-tests:
	@echo $(VALGRIND_TESTS)

# --- export replaces an existing file only with --overschrijf (tuibugs) ----
TESTS += tests/cli/overschrijven.sh
EXTRA_DIST += tests/cli/overschrijven.sh
