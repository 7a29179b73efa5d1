# Privacy duties (issue 6): erasure, purge, backup.
libcasus_a_SOURCES += include/privacy.h src/core/privacy.c
casus_SOURCES += src/cli/cmd_privacy.c
