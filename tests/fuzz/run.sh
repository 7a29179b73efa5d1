#!/bin/sh
# run.sh - build the libFuzzer targets with clang and replay each one's
# kept corpus (the regression inputs, tests/fuzz/corpus/TARGET): every input
# once, the same work on every run.  This is what `make check` does.
# With CASUS_FUZZ_SECONDS=N (`make fuzz`, which tools/check runs after the
# suite) each target then also fuzzes for N seconds: timed, random work,
# kept out of `make check`.  Prints TAP, with the number of executions per
# target.  Skips without clang.
. "$top_srcdir/tests/lib.sh"

secs=${CASUS_FUZZ_SECONDS:-0}
case $secs in
''|*[!0-9]*) echo "CASUS_FUZZ_SECONDS moet een aantal seconden zijn, niet '$secs'" >&2; exit 99 ;;
esac
targets="date bsn norm csv import"

if ! command -v clang >/dev/null 2>&1 || ! echo 'int LLVMFuzzerTestOneInput(const char *d, long n){return 0;}' |
	clang -x c -fsanitize=fuzzer - -o "$T_DIR/probe" >/dev/null 2>&1; then
	echo "1..0 # SKIP clang met libFuzzer ontbreekt"
	exit 0
fi

# the core, compiled once with coverage instrumentation
obj="$T_DIR/obj"
mkdir -p "$obj"
cflags="-std=c11 -g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
	-I$top_srcdir/include -I$top_builddir $(pkg-config --cflags sqlite3 2>/dev/null)"
ok=1
for src in "$top_srcdir"/src/core/*.c "$top_builddir/src/core/migrations.c"; do
	# shellcheck disable=SC2086
	clang $cflags -include config.h -c "$src" -o "$obj/$(basename "$src" .c).o" 2> "$T_DIR/cc.err" || { ok=0; cat "$T_DIR/cc.err" | sed 's/^/# /' | head -20; }
done
t_check "kern gecompileerd voor libFuzzer" [ "$ok" = 1 ]
export TMPDIR="$T_DIR"   # scratch files of the targets go with the test
libs="$(pkg-config --libs sqlite3 xlsxwriter 2>/dev/null || echo -lsqlite3 -lxlsxwriter) -lm"

for t in $targets; do
	src="$top_srcdir/tests/fuzz/fuzz_$t.c"
	[ -f "$src" ] || continue
	bin="$T_DIR/fuzz_$t"
	# shellcheck disable=SC2086
	if ! clang $cflags -fsanitize=fuzzer -include config.h "$src" "$obj"/*.o $libs -o "$bin" 2> "$T_DIR/cc.err"; then
		sed 's/^/# /' "$T_DIR/cc.err" | head -20
		t_fail "fuzz_$t gebouwd"
		continue
	fi
	corpus="$top_srcdir/tests/fuzz/corpus/$t"
	# regression: every kept input once
	if "$bin" -runs=0 "$corpus" > "$T_DIR/reg.log" 2>&1; then
		t_ok "fuzz_$t: bewaarde invoer ($(ls "$corpus" | wc -l) bestanden) zonder fouten"
	else
		t_fail "fuzz_$t: bewaarde invoer"
		tail -30 "$T_DIR/reg.log" | sed 's/^/# /'
	fi
	[ "$secs" -gt 0 ] || continue
	work="$T_DIR/corpus_$t"
	mkdir -p "$work"
	cp "$corpus"/* "$work"/ 2>/dev/null
	if "$bin" -max_total_time="$secs" -rss_limit_mb=1024 -max_len=65536 -print_final_stats=1 \
		-artifact_prefix="$T_DIR/crash_$t-" "$work" > "$T_DIR/fuzz.log" 2>&1; then
		execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$T_DIR/fuzz.log")
		t_ok "fuzz_$t: ${secs} s, ${execs:-?} uitvoeringen, geen fouten"
	else
		t_fail "fuzz_$t: fout gevonden"
		tail -40 "$T_DIR/fuzz.log" | sed 's/^/# /'
		for c in "$T_DIR"/crash_"$t"-*; do
			[ -f "$c" ] && { echo "# invoer (base64):"; base64 "$c" | head -20 | sed 's/^/# /'; }
		done
	fi
done
t_done
