-- 015-agenda-volgende.sql - the agenda's candidates (issue 13).
--
-- "Vandaag / deze week" reads only the clients that can have an item in
-- its period (src/core/agenda.c, "the candidates").  agenda_op is, per
-- client, the first day from which a deadline can fall in an agenda
-- (agenda_next, include/agenda.h): an agenda of [T, E) reads the rows with
-- agenda_op on or before E.  Until now it read those whose overview can
-- change by E (herbereken_op), seven times as many for a week on the
-- demo caseload.  The overview is recomputed once to fill the column.
ALTER TABLE client_status ADD COLUMN agenda_op TEXT;
CREATE INDEX client_status_agenda ON client_status(agenda_op, regiehouder_id)
	WHERE agenda_op IS NOT NULL;
DELETE FROM setting WHERE key = 'overzicht.datum';
