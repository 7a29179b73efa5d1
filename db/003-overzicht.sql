-- 003-overzicht.sql - the caseload overview cache (src/core/caseload.c).
--
-- The caseload screen must page, filter and sort 100,000 clients by their
-- situatie today, their most urgent signal and their last contact.  Those
-- are derived values (derive.c, signals.c) that depend on every record of a
-- client and on the day, so they cannot be indexed in place.  Design:
--
--   client_status  one row per client with the values for the day of the last
--                  full pass (today),
--                  plus copies of the columns the list filters and sorts on
--                  (sorteersleutel, regiehouder_id, startbanen), so that every
--                  filter/sort combination is one index range + LIMIT/OFFSET;
--   client_dirty   the clients whose records changed since their row was
--                  computed.  The triggers below fill it in the same
--                  transaction as the change, whoever makes it (the screen,
--                  an import, a command), so the cache can never silently go
--                  stale; casus recomputes only those clients.
--
-- When the day changes, only the clients whose values can change by that
-- day are recomputed (herbereken_op, added by 009-overzicht-volgende.sql;
-- until 009 every row was); a row is written only where a value changed.
-- The setting 'overzicht.datum' is the day the rows hold; without it (a
-- migration or a changed threshold below removes it) every client is
-- recomputed once.  Nothing here is audited: it is derived data only and
-- holds no personal data beyond what the client row already has.

CREATE TABLE client_status (
	client_id      INTEGER PRIMARY KEY REFERENCES client(id) ON DELETE CASCADE,
	sorteersleutel TEXT NOT NULL DEFAULT '',
	regiehouder_id INTEGER,
	startbanen     INTEGER NOT NULL DEFAULT 0,
	situatie       INTEGER NOT NULL DEFAULT 0,
	urgentie       INTEGER NOT NULL DEFAULT 0,
	nsignalen      INTEGER NOT NULL DEFAULT 0,
	signaal_soort  INTEGER,           -- signal_kind of the most urgent
	signaal        TEXT,
	laatste_contact TEXT
);
CREATE INDEX client_status_naam ON client_status(sorteersleutel);
CREATE INDEX client_status_urgentie ON client_status(urgentie DESC, sorteersleutel);
CREATE INDEX client_status_contact ON client_status(laatste_contact, sorteersleutel);
CREATE INDEX client_status_regie ON client_status(regiehouder_id, sorteersleutel);
CREATE INDEX client_status_situatie ON client_status(startbanen, situatie, sorteersleutel);

-- Search (search.c) answers one- and two-letter queries with a prefix range
-- on zoeksleutel sorted by sorteersleutel; with both columns in one index the
-- range is answered from the index alone (a letter matches ~10% of 100,000).
CREATE INDEX client_zoeksleutel_sort ON client(zoeksleutel, sorteersleutel);

CREATE TABLE client_dirty (
	client_id INTEGER PRIMARY KEY
);

CREATE TRIGGER overzicht_client_ai AFTER INSERT ON client BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (new.id);
END;
CREATE TRIGGER overzicht_client_au AFTER UPDATE ON client BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (new.id);
END;
CREATE TRIGGER overzicht_client_ad AFTER DELETE ON client BEGIN
	DELETE FROM client_status WHERE client_id = old.id;
	DELETE FROM client_dirty WHERE client_id = old.id;
END;

CREATE TRIGGER overzicht_pip_ai AFTER INSERT ON pip_step BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (new.client_id);
END;
CREATE TRIGGER overzicht_pip_au AFTER UPDATE ON pip_step BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (new.client_id);
END;
CREATE TRIGGER overzicht_pip_ad AFTER DELETE ON pip_step BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (old.client_id);
END;

CREATE TRIGGER overzicht_vt_ai AFTER INSERT ON voortraject BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (new.client_id);
END;
CREATE TRIGGER overzicht_vt_au AFTER UPDATE ON voortraject BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (new.client_id);
END;
CREATE TRIGGER overzicht_vt_ad AFTER DELETE ON voortraject BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (old.client_id);
END;

CREATE TRIGGER overzicht_act_ai AFTER INSERT ON activiteit BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id)
		SELECT client_id FROM voortraject WHERE id = new.voortraject_id;
END;
CREATE TRIGGER overzicht_act_au AFTER UPDATE ON activiteit BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id)
		SELECT client_id FROM voortraject WHERE id = new.voortraject_id;
END;
CREATE TRIGGER overzicht_act_ad AFTER DELETE ON activiteit BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id)
		SELECT client_id FROM voortraject WHERE id = old.voortraject_id;
END;

CREATE TRIGGER overzicht_sb_ai AFTER INSERT ON startbaan BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (new.client_id);
END;
CREATE TRIGGER overzicht_sb_au AFTER UPDATE ON startbaan BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (new.client_id);
END;
CREATE TRIGGER overzicht_sb_ad AFTER DELETE ON startbaan BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (old.client_id);
END;

-- employer attributes (sector, omvang, ervaring) feed the registration signal
CREATE TRIGGER overzicht_employer_au AFTER UPDATE ON employer BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id)
		SELECT client_id FROM startbaan WHERE employer_id = new.id;
END;

CREATE TRIGGER overzicht_oh_ai AFTER INSERT ON onhold BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (new.client_id);
END;
CREATE TRIGGER overzicht_oh_au AFTER UPDATE ON onhold BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (new.client_id);
END;
CREATE TRIGGER overzicht_oh_ad AFTER DELETE ON onhold BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (old.client_id);
END;

CREATE TRIGGER overzicht_af_ai AFTER INSERT ON afsluiting BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (new.client_id);
END;
CREATE TRIGGER overzicht_af_au AFTER UPDATE ON afsluiting BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (new.client_id);
END;
CREATE TRIGGER overzicht_af_ad AFTER DELETE ON afsluiting BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (old.client_id);
END;

CREATE TRIGGER overzicht_jr_ai AFTER INSERT ON journal BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (new.client_id);
END;
CREATE TRIGGER overzicht_jr_au AFTER UPDATE ON journal BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (new.client_id);
END;
CREATE TRIGGER overzicht_jr_ad AFTER DELETE ON journal BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (old.client_id);
END;

CREATE TRIGGER overzicht_ho_ai AFTER INSERT ON handover BEGIN
	INSERT OR IGNORE INTO client_dirty(client_id) VALUES (new.client_id);
END;

-- a changed signal threshold changes every client's signals
CREATE TRIGGER overzicht_setting_ai AFTER INSERT ON setting
	WHEN new.key LIKE 'signaal.%' BEGIN
	DELETE FROM setting WHERE key = 'overzicht.datum';
END;
CREATE TRIGGER overzicht_setting_au AFTER UPDATE ON setting
	WHEN new.key LIKE 'signaal.%' BEGIN
	DELETE FROM setting WHERE key = 'overzicht.datum';
END;
