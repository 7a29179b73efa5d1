# The full-screen application (issue 4).
casus_SOURCES += src/tui/tui.c
