-- 004-privacy.sql - indexes for erasure (src/core/privacy.c).
--
-- Erasing a client scrubs its BSN (and the identifiers recorded next to it)
-- from the history of other clients: a BSN typed on the wrong client and
-- corrected later stays in that client's audit rows as an old or new value.
-- These partial indexes on the BSN inside the audit values of client rows
-- let the erasure find those rows directly, so an erasure costs the same
-- whether the audit holds ten thousand rows or ten million.
CREATE INDEX audit_client_bsn_oud ON audit(json_extract(oud, '$.bsn')) WHERE tabel = 'client';
CREATE INDEX audit_client_bsn_nieuw ON audit(json_extract(nieuw, '$.bsn')) WHERE tabel = 'client';

-- Every connection of casus deletes with secure_delete on (db.c), so a
-- file made by this version never keeps deleted bytes in free space.  A
-- file made before may: its first erasure rebuilds it once (VACUUM) and
-- then sets 'wissen.schoon'.  A new file (no audit yet) is clean already.
INSERT INTO setting(key, value) SELECT 'wissen.schoon', '1' WHERE NOT EXISTS (SELECT 1 FROM audit);
