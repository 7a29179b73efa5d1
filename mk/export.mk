# Registration workbook export (issue 5): core export, the command, tests.
libcasus_a_SOURCES += include/export.h src/core/export.c
casus_SOURCES += src/cli/cmd_export.c
