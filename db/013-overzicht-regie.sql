-- 013-overzicht-regie.sql - the due clients of one consultant (issue 13).
--
-- The first start of a day recomputes the clients whose overview can have
-- changed (client_status.herbereken_op on or before today, 009), first
-- those of "Mijn caseload" (caseload_refresh_for, src/core/caseload.c),
-- the others after the first screen; the agenda of "mijn klanten" asks the
-- same.  With regiehouder_id in the index both are one range of it, read
-- without the rows; the index is as wide as before in what a refresh
-- changes (herbereken_op), so a recomputed row costs no extra write.
DROP INDEX client_status_herbereken;
CREATE INDEX client_status_herbereken ON client_status(herbereken_op, regiehouder_id)
	WHERE herbereken_op IS NOT NULL;
