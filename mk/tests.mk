# Unit tests of the core (in-memory databases) and golden tests of the
# command line.  Every test speaks TAP (tests/unit/check.h, tests/lib.sh).

EXTRA_DIST += tests/unit/check.h tests/unit/dbcount.h tests/lib.sh

UNIT_TESTS = \
	tests/unit/test_date tests/unit/test_vocab tests/unit/test_validate \
	tests/unit/test_derive tests/unit/test_signals tests/unit/test_norm \
	tests/unit/test_sha256 tests/unit/test_store tests/unit/test_search \
	tests/unit/test_demo tests/unit/test_db tests/unit/test_usecase tests/unit/test_record
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

CLI_TESTS = \
	tests/cli/basics.sh tests/cli/demo.sh tests/cli/zoek.sh \
	tests/cli/toon.sh tests/cli/signalen.sh tests/cli/controle.sh
TESTS += $(CLI_TESTS)
EXTRA_DIST += $(CLI_TESTS) tests/golden
