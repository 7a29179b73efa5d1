# The core library, libcasus.a (never includes curses): every source of
# src/core and the public headers of include/, grouped by concern.  The
# command line, the TUI and the tests all link it.
nodist_libcasus_a_SOURCES = src/core/migrations.c
libcasus_a_SOURCES =

# foundations: text, dates, vocabularies, hashing
libcasus_a_SOURCES += include/util.h src/core/util.c include/date.h src/core/date.c \
	include/vocab.h src/core/vocab.c include/norm.h src/core/norm.c \
	include/sha256.h src/core/sha256.c

# the records: model, descriptions, validation, generated audit triggers
libcasus_a_SOURCES += include/model.h src/core/model.c include/record.h src/core/record.c \
	src/core/record_audit.c include/validate.h src/core/validate.c

# the store: opening, schema, transactions, statements; records; use cases
libcasus_a_SOURCES += include/db.h src/core/db_int.h src/core/db.c src/core/db_open.c \
	src/core/db_schema.c src/core/db_tx.c include/store.h src/core/store_int.h \
	src/core/store.c src/core/store_casefile.c include/usecase.h src/core/usecase.c \
	include/search.h src/core/search.c
# the search log of BSN searches (issue 13)
libcasus_a_SOURCES += src/core/search_log.c
# uitval/einde ends what is running (issue 13)
libcasus_a_SOURCES += src/core/usecase_close.c src/core/usecase_int.h

# derivations, signals, the card, the caseload overview and history
libcasus_a_SOURCES += include/derive.h src/core/derive.c include/signals.h src/core/signals.c \
	include/controle.h src/core/controle.c include/card.h src/core/card.c \
	include/caseload.h src/core/caseload.c src/core/caseload_refresh.c src/core/caseload_history.c
# the next day on which a client's overview can change (caseload.c)
libcasus_a_SOURCES += include/horizon.h src/core/horizon.c

# the current peildatum (setting or the export season)
libcasus_a_SOURCES += include/peildatum.h src/core/peildatum.c

# privacy: erasure, purge, backup, the export's pseudonym key
libcasus_a_SOURCES += include/privacy.h src/core/privacy.c include/privacy_key.h \
	src/core/privacy_key.c

# files casus writes for the user
libcasus_a_SOURCES += include/fileout.h src/core/fileout.c

# the CSV import
libcasus_a_SOURCES += include/csv.h src/core/csv.c include/import.h src/core/import_int.h \
	src/core/import.c src/core/import_cols.c src/core/import_cells.c \
	src/core/import_rows.c src/core/import_startbaan.c
# the pip-stappen import (issue 15)
libcasus_a_SOURCES += src/core/import_pip.c

# the registration workbook export
libcasus_a_SOURCES += include/export.h src/core/export_int.h src/core/export.c \
	src/core/export_map.c src/core/export_controle.c src/core/export_tables.c \
	src/core/export_sink.c src/core/export_lxw.c src/core/export_verify.c

# the zelfevaluatie: instruments, rounds, scores, verbeterplan, evidence
libcasus_a_SOURCES += include/zelfevaluatie.h src/core/zelfevaluatie_int.h \
	src/core/zelfevaluatie.c src/core/zelfevaluatie_builtin.c src/core/zelfevaluatie_store.c \
	src/core/zelfevaluatie_plan.c src/core/zelfevaluatie_bewijs.c src/core/zelfevaluatie_export.c
# the user's settings, the agenda
libcasus_a_SOURCES += include/settings.h src/core/settings.c include/agenda.h src/core/agenda.c

# the demo caseload
libcasus_a_SOURCES += include/demo.h src/core/demo_int.h src/core/demo.c \
	src/core/demo_data.c src/core/demo_plan.c src/core/demo_rules.c src/core/demo_client.c

# a client card as text to a file or lpr (tuibugs)
libcasus_a_SOURCES += include/cardout.h src/core/cardout.c
