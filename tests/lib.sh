# lib.sh - helpers for shell tests that speak TAP.  Source it:
#   . "$top_srcdir/tests/lib.sh"
# Environment from the Makefile: top_srcdir, top_builddir, CASUS (binary).
# Every test runs in its own scratch directory with a fixed day and user.

: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
: "${CASUS:=$top_builddir/casus}"
export CASUS_TODAY=${CASUS_TODAY:-2026-11-24}
export CASUS_NOW=${CASUS_NOW:-2026-11-24 10:00}
export USER=tester LC_ALL=C.UTF-8 TZ=Europe/Amsterdam
unset CASUS_DB XDG_DATA_HOME NO_COLOR

T_N=0
T_FAIL=0
T_DIR=$(mktemp -d "${TMPDIR:-/tmp}/casus-test.XXXXXX")
trap 'rm -rf "$T_DIR"' EXIT
export HOME="$T_DIR/home"
mkdir -p "$HOME"

t_ok() { T_N=$((T_N + 1)); echo "ok $T_N - $1"; }
t_fail() { T_N=$((T_N + 1)); T_FAIL=$((T_FAIL + 1)); echo "not ok $T_N - $1"; }
t_check() { # t_check DESC CMD...: passes when CMD succeeds
	desc=$1; shift
	if "$@"; then t_ok "$desc"; else t_fail "$desc"; fi
}
# t_golden DESC GOLDEN-FILE ACTUAL-FILE: compare, show a diff on failure.
# With CASUS_UPDATE_GOLDEN=1 the golden file is (re)written instead.
t_golden() {
	if [ "${CASUS_UPDATE_GOLDEN:-}" = 1 ]; then
		cp "$3" "$2"; t_ok "$1 (golden bijgewerkt)"; return
	fi
	if diff -u "$2" "$3" > "$T_DIR/diff" 2>&1; then t_ok "$1"
	else t_fail "$1"; sed 's/^/# /' "$T_DIR/diff" | head -60; fi
}
# t_status DESC WANT CMD...: passes when CMD exits with status WANT
t_status() {
	desc=$1; want=$2; shift 2
	"$@" > "$T_DIR/out" 2> "$T_DIR/err"; got=$?
	if [ "$got" = "$want" ]; then t_ok "$desc"
	else t_fail "$desc"; echo "#   status $got, want $want"; sed 's/^/#   /' "$T_DIR/err" | head -20; fi
}
# t_hold_lock DB SECONDS [lezen]: a second casus holding the write lock
# of DB (with "lezen": a read transaction) for SECONDS, in the background
# (tests/tools/holdlock); returns once it is held.  T_LOCK_PID is its
# process: wait for it.
t_hold_lock() {
	"$top_builddir/tests/tools/holdlock" "$@" > "$T_DIR/holdlock.out" &
	T_LOCK_PID=$!
	_i=0
	while ! grep -q vergrendeld "$T_DIR/holdlock.out" 2> /dev/null && [ $_i -lt 200 ]; do
		sleep 0.05; _i=$((_i + 1))
	done
}
t_done() { echo "1..$T_N"; [ "$T_FAIL" = 0 ]; }
# t_tap_run PREFIX CMD...: run a program that speaks TAP; its lines are
# renumbered into this script's plan (comments passed on), and a non-zero
# status fails one more test, with the end of its stderr.
t_tap_run() {
	prefix=$1; shift
	"$@" > "$T_DIR/tap.out" 2> "$T_DIR/tap.err"
	st=$?
	while IFS= read -r line; do
		case $line in
		"ok "*) t_ok "$prefix: ${line#* - }" ;;
		"not ok "*) t_fail "$prefix: ${line#* - }" ;;
		"#"*) echo "$line" ;;
		esac
	done < "$T_DIR/tap.out"
	[ $st = 0 ] || { t_fail "$prefix: status $st"; sed 's/^/# /' "$T_DIR/tap.err" | tail -20; }
}
# Debian's python3-openpyxl, the independent reader of the workbooks
# (/usr/bin/python3: another python3 may come first on PATH).
PY=/usr/bin/python3
t_need_openpyxl() {
	t_check "python3-openpyxl aanwezig (apt-get install python3-openpyxl)" \
		"$PY" -c 'import openpyxl'
}
# t_nl CMD...: run CMD as on a Dutch desktop (LC_ALL=nl_NL.UTF-8: decimal
# comma), with the locale the Makefile builds (CASUS_NL_LOCPATH).
t_nl() { LOCPATH=${CASUS_NL_LOCPATH:-$top_builddir/tests/locale} LC_ALL=nl_NL.UTF-8 "$@"; }
# Fails a test when that locale is not in effect, so that a test under
# t_nl cannot pass by running in the C locale after all.
t_need_nl() {
	got=$(t_nl /usr/bin/printf %.1f 1.5 2>&1)
	t_check "nl_NL.UTF-8 met decimale komma (printf %.1f 1.5: $got)" [ "$got" = "1,5" ]
}
