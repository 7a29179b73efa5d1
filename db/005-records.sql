-- 005-records.sql - the audit triggers come from the record descriptions.
--
-- From this version on casus generates the audit triggers from the record
-- descriptions (include/record.h, src/core/record_audit.c) and (re)creates
-- them after every migration, in the same transaction.  The hand-written
-- triggers of 002-audit.sql are dropped here; the generated ones write the
-- same JSON keys in the same order, plus the new fields.

DROP TRIGGER audit_consultant_insert;
DROP TRIGGER audit_consultant_update;
DROP TRIGGER audit_consultant_delete;
DROP TRIGGER audit_client_insert;
DROP TRIGGER audit_client_update;
DROP TRIGGER audit_client_delete;
DROP TRIGGER audit_handover_insert;
DROP TRIGGER audit_handover_update;
DROP TRIGGER audit_handover_delete;
DROP TRIGGER audit_pip_step_insert;
DROP TRIGGER audit_pip_step_update;
DROP TRIGGER audit_pip_step_delete;
DROP TRIGGER audit_voortraject_insert;
DROP TRIGGER audit_voortraject_update;
DROP TRIGGER audit_voortraject_delete;
DROP TRIGGER audit_activiteit_insert;
DROP TRIGGER audit_activiteit_update;
DROP TRIGGER audit_activiteit_delete;
DROP TRIGGER audit_employer_insert;
DROP TRIGGER audit_employer_update;
DROP TRIGGER audit_employer_delete;
DROP TRIGGER audit_startbaan_insert;
DROP TRIGGER audit_startbaan_update;
DROP TRIGGER audit_startbaan_delete;
DROP TRIGGER audit_onhold_insert;
DROP TRIGGER audit_onhold_update;
DROP TRIGGER audit_onhold_delete;
DROP TRIGGER audit_afsluiting_insert;
DROP TRIGGER audit_afsluiting_update;
DROP TRIGGER audit_afsluiting_delete;
DROP TRIGGER audit_journal_insert;
DROP TRIGGER audit_journal_update;
DROP TRIGGER audit_journal_delete;

-- A new field of the klant: whether appointments need an interpreter
-- (Tolk nodig: Ja / Nee / Onbekend).  The journal records per contact
-- whether an interpreter took part; this says so before the contact is
-- planned, so the consultant books one in time.
ALTER TABLE client ADD COLUMN tolk_nodig INTEGER NOT NULL DEFAULT 0;
