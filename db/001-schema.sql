-- 001-schema.sql - the casus caseload.
--
-- Conventions: dates are TEXT 'jjjj-mm-dd' or NULL; category columns hold
-- vocabulary codes (include/vocab.h, src/core/vocab.c), 0 = Onbekend; unknown
-- numbers are NULL; every record table has a row version for conflict
-- detection.  Every change to client data is written to `audit` by the
-- triggers at the end of this file, in the same transaction; casus_user()
-- and casus_now() are functions registered by casus (src/core/db.c).

CREATE TABLE setting (
	key   TEXT PRIMARY KEY,
	value TEXT
);
-- The secret behind the pseudonymous Deelnemer-ID of the export.
INSERT INTO setting(key, value) VALUES ('pseudoniem.sleutel', lower(hex(randomblob(32))));

CREATE TABLE consultant (
	id      INTEGER PRIMARY KEY,
	naam    TEXT NOT NULL,
	login   TEXT NOT NULL UNIQUE,
	actief  INTEGER NOT NULL DEFAULT 1,
	version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE client (
	id             INTEGER PRIMARY KEY,
	klantnummer    TEXT NOT NULL UNIQUE,
	bsn            TEXT UNIQUE,
	voornaam       TEXT,
	achternaam     TEXT,
	geboortedatum  TEXT,
	geboortejaar   INTEGER,
	telefoon       TEXT,
	email          TEXT,
	adres          TEXT,
	land_herkomst  TEXT,
	talen          TEXT,
	regiehouder_id INTEGER REFERENCES consultant(id),
	startbanen     INTEGER NOT NULL DEFAULT 0,
	deelname       INTEGER NOT NULL DEFAULT 0,
	datum_instroom TEXT,
	geslacht       INTEGER NOT NULL DEFAULT 0,
	taalniveau     INTEGER NOT NULL DEFAULT 0,
	engels         INTEGER NOT NULL DEFAULT 0,
	opleiding      INTEGER NOT NULL DEFAULT 0,
	baan_bij_instroom INTEGER NOT NULL DEFAULT 0,
	datum_verblijfsvergunning TEXT,
	gezinssituatie INTEGER NOT NULL DEFAULT 0,
	aantal_kinderen INTEGER,
	verblijfssituatie INTEGER NOT NULL DEFAULT 0,
	vervoer        INTEGER NOT NULL DEFAULT 0,
	rijbewijs      INTEGER NOT NULL DEFAULT 0,
	inburgeringsprogramma INTEGER NOT NULL DEFAULT 0,
	uitkering      INTEGER NOT NULL DEFAULT 0,
	start_inburgering TEXT,
	einde_inburgering TEXT,
	voortraject_niet_nodig INTEGER NOT NULL DEFAULT 0,
	-- search keys, written by casus (src/core/norm.c):
	-- zoeksleutel = norm(voornaam achternaam), sorteersleutel = norm(achternaam voornaam)
	zoeksleutel    TEXT NOT NULL DEFAULT '',
	sorteersleutel TEXT NOT NULL DEFAULT '',
	version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX client_sorteersleutel ON client(sorteersleutel);
CREATE INDEX client_zoeksleutel ON client(zoeksleutel);
CREATE INDEX client_geboortedatum ON client(geboortedatum);
CREATE INDEX client_regiehouder ON client(regiehouder_id, sorteersleutel);
CREATE INDEX client_startbanen ON client(startbanen, sorteersleutel);

CREATE VIRTUAL TABLE client_fts USING fts5(
	zoeksleutel, content='client', content_rowid='id', tokenize='trigram');
CREATE TRIGGER client_fts_ai AFTER INSERT ON client BEGIN
	INSERT INTO client_fts(rowid, zoeksleutel) VALUES (new.id, new.zoeksleutel);
END;
CREATE TRIGGER client_fts_ad AFTER DELETE ON client BEGIN
	INSERT INTO client_fts(client_fts, rowid, zoeksleutel) VALUES ('delete', old.id, old.zoeksleutel);
END;
CREATE TRIGGER client_fts_au AFTER UPDATE OF zoeksleutel ON client BEGIN
	INSERT INTO client_fts(client_fts, rowid, zoeksleutel) VALUES ('delete', old.id, old.zoeksleutel);
	INSERT INTO client_fts(rowid, zoeksleutel) VALUES (new.id, new.zoeksleutel);
END;

CREATE TABLE handover (
	id        INTEGER PRIMARY KEY,
	client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
	van_id    INTEGER REFERENCES consultant(id),
	naar_id   INTEGER NOT NULL REFERENCES consultant(id),
	datum     TEXT NOT NULL,
	reden     TEXT,
	version   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX handover_client ON handover(client_id, datum);

CREATE TABLE pip_step (
	id        INTEGER PRIMARY KEY,
	client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
	stap      INTEGER NOT NULL,
	datum     TEXT,
	status    INTEGER NOT NULL DEFAULT 1,
	reden     INTEGER NOT NULL DEFAULT 0,
	resultaat TEXT,
	uren      REAL,
	notitie   TEXT,
	version   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX pip_step_client ON pip_step(client_id, datum);

CREATE TABLE voortraject (
	id        INTEGER PRIMARY KEY,
	client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
	start     TEXT,
	einde     TEXT,
	soort     INTEGER NOT NULL DEFAULT 0,
	notitie   TEXT,
	version   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX voortraject_client ON voortraject(client_id, start);

CREATE TABLE activiteit (
	id             INTEGER PRIMARY KEY,
	voortraject_id INTEGER NOT NULL REFERENCES voortraject(id) ON DELETE CASCADE,
	soort          INTEGER NOT NULL,
	aanbieder      TEXT,
	start          TEXT,
	einde          TEXT,
	uren_per_week  REAL,
	version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX activiteit_voortraject ON activiteit(voortraject_id, start);

CREATE TABLE employer (
	id             INTEGER PRIMARY KEY,
	naam           TEXT NOT NULL UNIQUE,
	contactpersoon TEXT,
	telefoon       TEXT,
	email          TEXT,
	sector         INTEGER NOT NULL DEFAULT 0,
	omvang         INTEGER NOT NULL DEFAULT 0,
	ervaring       INTEGER NOT NULL DEFAULT 0,
	version        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE startbaan (
	id              INTEGER PRIMARY KEY,
	client_id       INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
	employer_id     INTEGER REFERENCES employer(id),
	soort           INTEGER NOT NULL DEFAULT 0,
	hoe_gekregen    INTEGER NOT NULL DEFAULT 0,
	functie         TEXT,
	start           TEXT,
	einde           TEXT,
	maanden         INTEGER,
	urenafspraak    INTEGER NOT NULL DEFAULT 0,
	uren            REAL,
	loonkostensubsidie INTEGER NOT NULL DEFAULT 0,
	werkcoach       INTEGER NOT NULL DEFAULT 0,
	jobcoach        INTEGER NOT NULL DEFAULT 0,
	harrie          INTEGER NOT NULL DEFAULT 0,
	soort_werkgever INTEGER NOT NULL DEFAULT 0,
	version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX startbaan_client ON startbaan(client_id, start);
CREATE INDEX startbaan_employer ON startbaan(employer_id);

CREATE TABLE onhold (
	id        INTEGER PRIMARY KEY,
	client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
	start     TEXT,
	einde     TEXT,
	reden     INTEGER NOT NULL DEFAULT 0,
	version   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX onhold_client ON onhold(client_id, start);

-- Uitval or einde; at most one per client.
CREATE TABLE afsluiting (
	id        INTEGER PRIMARY KEY,
	client_id INTEGER NOT NULL UNIQUE REFERENCES client(id) ON DELETE CASCADE,
	soort     INTEGER NOT NULL CHECK (soort IN (1, 2)),
	datum     TEXT,
	reden     INTEGER NOT NULL DEFAULT 0,
	version   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE journal (
	id        INTEGER PRIMARY KEY,
	client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
	moment    TEXT NOT NULL,
	soort     INTEGER NOT NULL DEFAULT 0,
	tolk      INTEGER NOT NULL DEFAULT 0,
	samenvatting TEXT,
	volgende_afspraak TEXT,
	auteur    TEXT,
	version   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX journal_client ON journal(client_id, moment);

-- The audit trail: who changed what, when (old and new values as JSON).
CREATE TABLE audit (
	id        INTEGER PRIMARY KEY,
	moment    TEXT NOT NULL,
	wie       TEXT NOT NULL,
	tabel     TEXT NOT NULL,
	rij       INTEGER,
	client_id INTEGER,
	actie     TEXT NOT NULL CHECK (actie IN ('toevoegen', 'wijzigen', 'verwijderen', 'wissen')),
	oud       TEXT,
	nieuw     TEXT
);
CREATE INDEX audit_client ON audit(client_id, id);
