-- 007-journaal-tolk.sql - the journal's Tolk becomes Ja / Nee / Onbekend.
--
-- journal.tolk was a flag (1 = with an interpreter, 0 = without), while the
-- form offered Onbekend, which was saved as 0.  It is now a code of the
-- ja/nee vocabulary: 0 = Onbekend, 1 = Ja, 2 = Nee.  Existing rows keep what
-- casus showed for them: 1 stays Ja, 0 becomes Nee.
--
-- The conversion is no change by a user: the audit update trigger is
-- dropped first (casus recreates every audit trigger from the record
-- descriptions after the migrations, in the same transaction).  That also
-- gives the audit update triggers their WHEN clause (an update that changes
-- nothing writes no audit row).
DROP TRIGGER IF EXISTS audit_journal_update;
UPDATE journal SET tolk = CASE tolk WHEN 1 THEN 1 ELSE 2 END;
