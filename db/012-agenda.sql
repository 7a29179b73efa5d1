-- 012-agenda.sql - the agenda's planned items found by date (issue 13).
--
-- agenda.c reads only the clients that can have an item in its period
-- (src/core/agenda.c, "the candidates"); those with something planned are
-- found by the date of the plan: a journal entry's "volgende afspraak" and
-- a PIP step with status Gepland (1, PIPSTATUS_GEPLAND in include/vocab.h).
-- Without these indexes each agenda scans both tables whole.
CREATE INDEX journal_volgende_afspraak ON journal(volgende_afspraak)
	WHERE volgende_afspraak IS NOT NULL;
CREATE INDEX pip_step_gepland ON pip_step(datum) WHERE status = 1;
