-- 006-inburgering.sql - issue 15: the client's doelgroep and regime, and
-- the date a PIP step carries for DUO's einddatum, a verlenging's new
-- einddatum and the end date of a decision to continue ontzorgen.
-- Codes: vocab.c (0 = Onbekend); the audit triggers are regenerated.

ALTER TABLE client ADD COLUMN doelgroep INTEGER NOT NULL DEFAULT 0;
ALTER TABLE client ADD COLUMN regime INTEGER NOT NULL DEFAULT 0;
ALTER TABLE pip_step ADD COLUMN einddatum TEXT;
