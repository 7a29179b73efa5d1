# Benchmarks (not part of make check): make bench, or make bench-core
#
# tests/bench/run.sh times a 100,000-client demo database, 100 searches
# in-process (tests/bench/bench_core) and the peak memory and wall time of
# the command-line commands (through tests/bench/peakmem).  When this build
# has sanitizers (configure --enable-sanitizers) or no optimisation, the
# script builds an optimised copy (CFLAGS=-O2, no sanitizers) in a
# temporary directory from the sources and measures that one instead.
# BENCH_KLANTEN=N changes the number of clients.
#
# The programs are EXTRA_PROGRAMS: built only by `make bench`, their sources
# are distributed.

EXTRA_PROGRAMS = tests/bench/bench_core tests/bench/peakmem
tests_bench_bench_core_SOURCES = tests/bench/bench_core.c
tests_bench_bench_core_LDADD = $(CASUS_LIBS)
tests_bench_peakmem_SOURCES = tests/bench/peakmem.c
EXTRA_DIST += tests/bench/run.sh
CLEANFILES += $(EXTRA_PROGRAMS)

# make bench-core: the core and command-line figures alone; `make bench`
# runs it next to the other areas' benchmarks (bench-import, bench-tui).
bench-core:
	top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)' \
	BENCH_CFLAGS='$(CFLAGS)' TZ=Europe/Amsterdam LC_ALL=C.UTF-8 \
	  $(SHELL) '$(abs_top_srcdir)/tests/bench/run.sh'

bench: bench-core
.PHONY: bench bench-core
