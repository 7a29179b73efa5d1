# Benchmarks (not part of make check): make bench runs them all; each
# area also has its own target (bench-core, bench-import, bench-export,
# bench-tui).
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

# Every area's figures, the export's last: it exits non-zero when a limit of
# issue 12 is missed (8 s for 100,000 participants, 1 s for 10,000, 4x
# the openpyxl script), after the others have printed theirs.
bench: bench-core bench-import bench-tui
	@$(MAKE) $(AM_MAKEFLAGS) bench-export
.PHONY: bench bench-core

# make bench-import: 100,000 clients with their records; figures in
# docs/architecture.md ("The CSV import").  Use a build without sanitizers.
EXTRA_DIST += tests/bench/bench_import.sh tests/bench/bench_tui.sh
bench-import: casus tests/tools/dump_csv
	top_builddir='$(abs_top_builddir)' $(SHELL) $(srcdir)/tests/bench/bench_import.sh
.PHONY: bench-import

# Benchmark (not part of make check): 100,000 participants exported, time
# and peak memory, against a plain python3-openpyxl script.
EXTRA_DIST += tests/bench/bench_export.sh tests/bench/bench_export_openpyxl.py \
	tests/bench/bench_export_trim.py
CLEANFILES += bench-export.db bench-export-10k.db
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

# make bench-tui: start, search and card timings on a 100,000-client caseload.
bench-tui: casus tests/tools/sqlq
	top_builddir='$(abs_top_builddir)' $(SHELL) $(srcdir)/tests/bench/bench_tui.sh
.PHONY: bench-tui
