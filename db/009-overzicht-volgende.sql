-- 009-overzicht-volgende.sql - recompute on a new day only what can change.
--
-- Until now the first start of each day recomputed the overview of every
-- client (003-overzicht.sql): over a second on 100,000 clients.  A client's
-- situatie and signals change only on certain days (a record date is
-- reached or passed, a signal threshold falls: src/core/horizon.c and the
-- horizon() calls of src/core/signals.c), so each client_status row now
-- keeps the first day after the day it was computed on which its values
-- can differ:
--
--   herbereken_op  'jjjj-mm-dd', or NULL when no such day is known (nothing
--                  dated ahead: the row stays valid until a record changes,
--                  and then the triggers of 003 mark the client dirty).
--   signaal_teller, signaal_dag
--                  when the text of the most urgent signal counts days
--                  ("Voortraject loopt 91 dagen", signal.counts_from), the
--                  day it counts from and the day the text was computed:
--                  the list moves the count on to the day the rows hold, so
--                  a count alone never makes a row due (else a tenth of all
--                  clients would be recomputed every day).
--
-- On a new day casus recomputes only the clients with herbereken_op <= that
-- day, plus the dirty ones (src/core/caseload.c).  The setting
-- 'overzicht.datum' is now the day the rows hold; removing it forces one
-- full pass, as this migration does to fill the new column.  A later
-- migration that changes what the overview shows or how it is derived does
-- the same with this one line.
ALTER TABLE client_status ADD COLUMN herbereken_op TEXT;
ALTER TABLE client_status ADD COLUMN signaal_teller TEXT;
ALTER TABLE client_status ADD COLUMN signaal_dag TEXT;
CREATE INDEX client_status_herbereken ON client_status(herbereken_op)
	WHERE herbereken_op IS NOT NULL;
DELETE FROM setting WHERE key = 'overzicht.datum';
