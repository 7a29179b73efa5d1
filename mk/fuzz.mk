# Fuzz targets, built with clang/libFuzzer by tests/fuzz/run.sh.
# `make check` replays the kept corpus of every target (deterministic);
# `make fuzz` also fuzzes each target for CASUS_FUZZ_SECONDS (default 60
# under CI, 10 otherwise): timed random work, run by tools/check as a step
# of its own.
TESTS += tests/fuzz/run.sh
EXTRA_DIST += tests/fuzz/run.sh tests/fuzz/fuzz_date.c tests/fuzz/fuzz_bsn.c \
	tests/fuzz/fuzz_norm.c tests/fuzz/fuzz_csv.c tests/fuzz/fuzz_import.c tests/fuzz/corpus

.PHONY: fuzz
fuzz: all
	@secs=$${CASUS_FUZZ_SECONDS:-}; \
	if [ -z "$$secs" ]; then if [ "$${CI:-}" = true ]; then secs=60; else secs=10; fi; fi; \
	CASUS_FUZZ_SECONDS=$$secs $(MAKE) $(AM_MAKEFLAGS) check TESTS=tests/fuzz/run.sh
