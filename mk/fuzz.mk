# Fuzz targets (issue 6): built with clang/libFuzzer by tests/fuzz/run.sh.
TESTS += tests/fuzz/run.sh
EXTRA_DIST += tests/fuzz/run.sh tests/fuzz/fuzz_date.c tests/fuzz/fuzz_bsn.c \
	tests/fuzz/fuzz_norm.c tests/fuzz/fuzz_csv.c tests/fuzz/fuzz_import.c tests/fuzz/corpus
