# The full-screen application (issue 4): src/tui/ over the core, the
# caseload overview module of the core, the scripted-screen tests, the tmux
# test, the man page and the user guide.
libcasus_a_SOURCES += include/caseload.h src/core/caseload.c src/core/caseload_history.c
casus_SOURCES += src/tui/tui.c src/tui/tui.h src/tui/tui_main.h src/tui/draw.c src/tui/script.c src/tui/termcheck.c \
	src/tui/popup.c src/tui/lineedit.c src/tui/form.c src/tui/form_rec.c src/tui/form_rec.h src/tui/forms.c src/tui/view_caseload.c \
	src/tui/view_card.c src/tui/view_card.h src/tui/view_card_rows.c src/tui/view_reg.c

check_PROGRAMS += tests/tui/test_tuitext tests/tui/test_caseload
tests_tui_test_tuitext_SOURCES = tests/tui/test_tuitext.c src/tui/draw.c
tests_tui_test_tuitext_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src/tui $(NCURSES_CFLAGS)
tests_tui_test_tuitext_LDADD = $(CASUS_LIBS) $(NCURSES_LIBS)
tests_tui_test_caseload_LDADD = $(CASUS_LIBS)

TUI_TESTS = tests/tui/test_tuitext tests/tui/test_caseload \
	tests/tui/screens.sh tests/tui/tmux.sh
TESTS += $(TUI_TESTS)
EXTRA_DIST += tests/tui/screens.sh tests/tui/tmux.sh tests/tui/lib_tui.sh \
	tests/tui/scripts tests/tui/expected tests/tui/data tests/bench/bench_tui.sh

dist_man_MANS += docs/casus.1
EXTRA_DIST += docs/gebruikershandleiding.md

# make bench-tui: start, search and card timings on a 100,000-client caseload.
bench-tui: casus
	top_builddir='$(abs_top_builddir)' $(SHELL) $(srcdir)/tests/bench/bench_tui.sh
bench: bench-tui
.PHONY: bench-tui

# The wiring of the record descriptions into the card (issue 12).
check_PROGRAMS += tests/unit/test_record_card
tests_unit_test_record_card_LDADD = $(CASUS_LIBS)
TESTS += tests/unit/test_record_card
# The wiring of the record descriptions into the TUI forms (no terminal).
check_PROGRAMS += tests/tui/test_forms
tests_tui_test_forms_SOURCES = tests/tui/test_forms.c src/tui/forms.c src/tui/form.c \
	src/tui/form_rec.c src/tui/lineedit.c src/tui/draw.c
tests_tui_test_forms_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src/tui $(NCURSES_CFLAGS)
tests_tui_test_forms_LDADD = $(CASUS_LIBS) $(NCURSES_LIBS)
TESTS += tests/tui/test_forms
