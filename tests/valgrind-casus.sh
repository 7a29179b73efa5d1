#!/bin/sh
# valgrind-casus.sh - stands in for the casus binary when the command-line
# tests run under valgrind (tools/check sets CASUS_UNDER_TEST to this
# script).  Every run writes its own log; tools/check fails when any log
# reports an error or a definite/indirect leak.
: "${CASUS_REAL:?}" "${CASUS_VALGRIND_LOGS:?}"
exec valgrind -q --leak-check=full --show-leak-kinds=definite,indirect \
	--errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
	--log-file="$CASUS_VALGRIND_LOGS/vg.%p.log" "$CASUS_REAL" "$@"
