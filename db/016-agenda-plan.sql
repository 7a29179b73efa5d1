-- 016-agenda-plan.sql - the agenda's plan per client (issue 13).
--
-- "Vandaag / deze week" for all clients read the casefile of every client
-- that could have a deadline in its period (015): 7,366 casefiles for a
-- week on the demo caseload of 100,000, a fifth of a second.  Now each
-- overview row keeps its client's plan: which deadlines show on which
-- days, for a few weeks from the day the row was computed (agenda_plan,
-- include/agenda.h; src/core/agenda.c, "the plan").  An agenda takes the
-- deadlines of the rows with agenda_op on or before the end of its period
-- from their plans and reads only the casefiles of clients whose plan
-- stops before that end.  agenda_op is now the earlier of that day and
-- the plan's earliest due date.  The overview is recomputed once to fill
-- the column.
ALTER TABLE client_status ADD COLUMN agenda TEXT;
DELETE FROM setting WHERE key = 'overzicht.datum';
