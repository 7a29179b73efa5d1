# The full-screen application (src/tui): tig-style views over the core.
casus_SOURCES += src/tui/tui.c src/tui/tui.h src/tui/tui_main.h src/tui/draw.c \
	src/tui/script.c src/tui/termcheck.c src/tui/popup.c src/tui/lineedit.c \
	src/tui/form.c src/tui/form_rec.c src/tui/form_rec.h src/tui/forms.c \
	src/tui/view_caseload.c src/tui/view_card.c src/tui/view_card.h \
	src/tui/view_card_rows.c src/tui/view_reg.c
# reading in full: the pager and wrapping by display width
casus_SOURCES += src/tui/view_pager.c src/tui/wrap.c src/tui/pager.h
casus_SOURCES += src/tui/view_zelf.c
# the card as text to a file or lpr (tuibugs)
casus_SOURCES += src/tui/card_print.c
casus_SOURCES += src/tui/view_settings.c src/tui/view_agenda.c src/tui/view_signalen.c
