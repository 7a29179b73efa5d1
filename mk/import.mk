# CSV import (issue 3): core parser/importer, the command, its tests.
libcasus_a_SOURCES += include/csv.h include/import.h src/core/csv.c src/core/import.c
casus_SOURCES += src/cli/cmd_import.c
