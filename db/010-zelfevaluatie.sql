-- 010-zelfevaluatie.sql - the team's self-assessment (zelfevaluatie):
-- instruments (themes, statements, tips) as data, rounds, scores with a
-- toelichting, and the verbeterplan's actions.  A closed round is
-- read-only: the core refuses changes, and the triggers below refuse them
-- too.  Audit: the rounds, scores and actions write `audit` rows like the
-- client records (client_id NULL: they belong to the team).

CREATE TABLE ze_instrument (
	id       INTEGER PRIMARY KEY,
	naam     TEXT NOT NULL,
	versie   TEXT NOT NULL,
	geladen  TEXT NOT NULL,           -- jjjj-mm-dd uu:mm
	UNIQUE (naam, versie)
);

CREATE TABLE ze_thema (
	id            INTEGER PRIMARY KEY,
	instrument_id INTEGER NOT NULL REFERENCES ze_instrument(id),
	nummer        INTEGER NOT NULL,
	naam          TEXT NOT NULL,
	UNIQUE (instrument_id, nummer)
);

CREATE TABLE ze_stelling (
	id       INTEGER PRIMARY KEY,
	thema_id INTEGER NOT NULL REFERENCES ze_thema(id),
	nummer   TEXT NOT NULL,           -- "2.5", as in the instrument
	volgorde INTEGER NOT NULL,
	tekst    TEXT NOT NULL,
	tip      TEXT
);
CREATE INDEX ze_stelling_thema ON ze_stelling(thema_id, volgorde);

CREATE TABLE ze_ronde (
	id            INTEGER PRIMARY KEY,
	instrument_id INTEGER NOT NULL REFERENCES ze_instrument(id),
	naam          TEXT NOT NULL UNIQUE,
	datum         TEXT NOT NULL,
	deelnemers    TEXT,
	afgesloten    INTEGER NOT NULL DEFAULT 0 CHECK (afgesloten IN (0, 1)),
	version       INTEGER NOT NULL DEFAULT 1
);

-- waarde: NULL = niet ingevuld (a toelichting without a score), 0 = n.v.t.,
-- 1..10 the score.
CREATE TABLE ze_score (
	id          INTEGER PRIMARY KEY,
	ronde_id    INTEGER NOT NULL REFERENCES ze_ronde(id),
	stelling_id INTEGER NOT NULL REFERENCES ze_stelling(id),
	waarde      INTEGER CHECK (waarde BETWEEN 0 AND 10),
	toelichting TEXT,
	UNIQUE (ronde_id, stelling_id)
);

-- status: 1 open, 2 bezig, 3 klaar, 4 vervallen.  An action belongs to a
-- theme of its round's instrument and carries over to later rounds of
-- that instrument until it is klaar or vervallen.
CREATE TABLE ze_actie (
	id          INTEGER PRIMARY KEY,
	ronde_id    INTEGER NOT NULL REFERENCES ze_ronde(id),
	thema_id    INTEGER NOT NULL REFERENCES ze_thema(id),
	tekst       TEXT NOT NULL,
	eigenaar    TEXT,
	streefdatum TEXT,
	status      INTEGER NOT NULL DEFAULT 1 CHECK (status BETWEEN 1 AND 4),
	version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ze_actie_open ON ze_actie(status, streefdatum);

-- A closed round is read-only.
CREATE TRIGGER ze_score_gesloten_ins BEFORE INSERT ON ze_score
WHEN (SELECT afgesloten FROM ze_ronde WHERE id = new.ronde_id) = 1
BEGIN SELECT RAISE(ABORT, 'ronde is afgesloten'); END;
CREATE TRIGGER ze_score_gesloten_upd BEFORE UPDATE ON ze_score
WHEN (SELECT afgesloten FROM ze_ronde WHERE id = old.ronde_id) = 1
BEGIN SELECT RAISE(ABORT, 'ronde is afgesloten'); END;
CREATE TRIGGER ze_score_gesloten_del BEFORE DELETE ON ze_score
WHEN (SELECT afgesloten FROM ze_ronde WHERE id = old.ronde_id) = 1
BEGIN SELECT RAISE(ABORT, 'ronde is afgesloten'); END;
CREATE TRIGGER ze_ronde_gesloten BEFORE UPDATE ON ze_ronde
WHEN old.afgesloten = 1
BEGIN SELECT RAISE(ABORT, 'ronde is afgesloten'); END;

-- The audit (named ze_audit_*: the audit_* triggers are the ones generated
-- from the record descriptions, record_audit.c; these tables are not
-- client records and are not described there).
CREATE TRIGGER ze_audit_instrument_insert AFTER INSERT ON ze_instrument BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'ze_instrument', new.id, NULL, 'toevoegen', NULL,
		json_object('id', new.id, 'naam', new.naam, 'versie', new.versie, 'geladen', new.geladen));
END;
CREATE TRIGGER ze_audit_ronde_insert AFTER INSERT ON ze_ronde BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'ze_ronde', new.id, NULL, 'toevoegen', NULL,
		json_object('id', new.id, 'instrument_id', new.instrument_id, 'naam', new.naam, 'datum', new.datum, 'deelnemers', new.deelnemers, 'afgesloten', new.afgesloten, 'version', new.version));
END;
CREATE TRIGGER ze_audit_ronde_update AFTER UPDATE ON ze_ronde BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'ze_ronde', new.id, NULL, 'wijzigen',
		json_object('id', old.id, 'instrument_id', old.instrument_id, 'naam', old.naam, 'datum', old.datum, 'deelnemers', old.deelnemers, 'afgesloten', old.afgesloten, 'version', old.version),
		json_object('id', new.id, 'instrument_id', new.instrument_id, 'naam', new.naam, 'datum', new.datum, 'deelnemers', new.deelnemers, 'afgesloten', new.afgesloten, 'version', new.version));
END;
CREATE TRIGGER ze_audit_ronde_delete AFTER DELETE ON ze_ronde BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'ze_ronde', old.id, NULL, 'verwijderen',
		json_object('id', old.id, 'instrument_id', old.instrument_id, 'naam', old.naam, 'datum', old.datum, 'deelnemers', old.deelnemers, 'afgesloten', old.afgesloten, 'version', old.version), NULL);
END;
CREATE TRIGGER ze_audit_score_insert AFTER INSERT ON ze_score BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'ze_score', new.id, NULL, 'toevoegen', NULL,
		json_object('id', new.id, 'ronde_id', new.ronde_id, 'stelling_id', new.stelling_id, 'waarde', new.waarde, 'toelichting', new.toelichting));
END;
CREATE TRIGGER ze_audit_score_update AFTER UPDATE ON ze_score BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'ze_score', new.id, NULL, 'wijzigen',
		json_object('id', old.id, 'ronde_id', old.ronde_id, 'stelling_id', old.stelling_id, 'waarde', old.waarde, 'toelichting', old.toelichting),
		json_object('id', new.id, 'ronde_id', new.ronde_id, 'stelling_id', new.stelling_id, 'waarde', new.waarde, 'toelichting', new.toelichting));
END;
CREATE TRIGGER ze_audit_score_delete AFTER DELETE ON ze_score BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'ze_score', old.id, NULL, 'verwijderen',
		json_object('id', old.id, 'ronde_id', old.ronde_id, 'stelling_id', old.stelling_id, 'waarde', old.waarde, 'toelichting', old.toelichting), NULL);
END;
CREATE TRIGGER ze_audit_actie_insert AFTER INSERT ON ze_actie BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'ze_actie', new.id, NULL, 'toevoegen', NULL,
		json_object('id', new.id, 'ronde_id', new.ronde_id, 'thema_id', new.thema_id, 'tekst', new.tekst, 'eigenaar', new.eigenaar, 'streefdatum', new.streefdatum, 'status', new.status, 'version', new.version));
END;
CREATE TRIGGER ze_audit_actie_update AFTER UPDATE ON ze_actie BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'ze_actie', new.id, NULL, 'wijzigen',
		json_object('id', old.id, 'ronde_id', old.ronde_id, 'thema_id', old.thema_id, 'tekst', old.tekst, 'eigenaar', old.eigenaar, 'streefdatum', old.streefdatum, 'status', old.status, 'version', old.version),
		json_object('id', new.id, 'ronde_id', new.ronde_id, 'thema_id', new.thema_id, 'tekst', new.tekst, 'eigenaar', new.eigenaar, 'streefdatum', new.streefdatum, 'status', new.status, 'version', new.version));
END;
CREATE TRIGGER ze_audit_actie_delete AFTER DELETE ON ze_actie BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'ze_actie', old.id, NULL, 'verwijderen',
		json_object('id', old.id, 'ronde_id', old.ronde_id, 'thema_id', old.thema_id, 'tekst', old.tekst, 'eigenaar', old.eigenaar, 'streefdatum', old.streefdatum, 'status', old.status, 'version', old.version), NULL);
END;
