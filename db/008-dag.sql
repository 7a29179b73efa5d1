-- 008-dag.sql - what a consultant's day needs (issue 13).
--
-- Signalen of one consultant's clients (view_signalen.c, the default "mijn
-- klanten"): the clients of a regiehouder in urgency order, one index range
-- + LIMIT/OFFSET like the other lists of client_status (003-overzicht.sql),
-- instead of sorting every client of that consultant.
CREATE INDEX client_status_regie_urgentie ON client_status(regiehouder_id, urgentie DESC, sorteersleutel);
-- Signalen of the team (the clients of every active consultant): counted on
-- this covering index (urgency range, regiehouder tested in the index)
-- instead of a table lookup per client with a signal.
CREATE INDEX client_status_urgentie_regie ON client_status(urgentie, regiehouder_id);
