# The program: the command line (src/cli) next to the TUI (mk/tui.mk), both
# over the core; the man page and the user guide.
casus_SOURCES = src/cli/main.c src/cli/cli.h src/cli/cli_util.c src/cli/cli_util.h \
	src/cli/commands.c src/cli/cmd_import.c src/cli/cmd_export.c \
	src/cli/cmd_privacy.c src/cli/cmd_admin.c \
	src/cli/cli_zelf.h src/cli/cmd_zelfevaluatie.c src/cli/cmd_zelfevaluatie_toon.c
casus_SOURCES += src/cli/cmd_day.c
casus_SOURCES += src/cli/cmd_zoeklog.c
# the error line on stderr, shared with the TUI (not core: it prints)
casus_SOURCES += src/common/errout.c src/common/errout.h
casus_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src/cli $(NCURSES_CFLAGS)
casus_LDADD = $(CASUS_LIBS) $(NCURSES_LIBS)

dist_man_MANS += docs/casus.1
EXTRA_DIST += docs/gebruikershandleiding.md docs/importeren.md docs/architecture.md
EXTRA_DIST += docs/inburgering-regels.md
EXTRA_DIST += docs/zelfevaluatie-instrument.md
