-- 011-zoeklog.sql - the search log (issue 13, src/core/search_log.c).
--
-- A search on a BSN, whole or its last 4-8 digits, is recorded: when
-- (casus_now()), who (casus_user(), as the audit records it), what kind
-- ('BSN volledig' or 'BSN-einde'), how many digits were typed and how many
-- clients were found.  Never the digits themselves, nor which clients were
-- found (data minimisation): no row names a client, so erasing a client
-- leaves it alone.  Read with `casus zoeklog [--dagen N]`.
CREATE TABLE zoeklog (
	id INTEGER PRIMARY KEY,
	moment TEXT NOT NULL,
	wie TEXT NOT NULL,
	soort TEXT NOT NULL CHECK (soort IN ('BSN volledig', 'BSN-einde')),
	cijfers INTEGER NOT NULL CHECK (cijfers BETWEEN 4 AND 9),
	treffers INTEGER NOT NULL CHECK (treffers >= 0)
);
CREATE INDEX zoeklog_moment ON zoeklog(moment);
