-- 002-audit.sql - audit triggers: every insert, update and delete of
-- client data writes one audit row in the same transaction.
-- casus_user() and casus_now() are registered by casus (src/core/db.c).

CREATE TRIGGER audit_consultant_insert AFTER INSERT ON consultant BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'consultant', new.id, NULL, 'toevoegen',
		NULL,
		json_object('id', new.id, 'naam', new.naam, 'login', new.login, 'actief', new.actief, 'version', new.version));
END;
CREATE TRIGGER audit_consultant_update AFTER UPDATE ON consultant BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'consultant', new.id, NULL, 'wijzigen',
		json_object('id', old.id, 'naam', old.naam, 'login', old.login, 'actief', old.actief, 'version', old.version),
		json_object('id', new.id, 'naam', new.naam, 'login', new.login, 'actief', new.actief, 'version', new.version));
END;
CREATE TRIGGER audit_consultant_delete AFTER DELETE ON consultant BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'consultant', old.id, NULL, 'verwijderen',
		json_object('id', old.id, 'naam', old.naam, 'login', old.login, 'actief', old.actief, 'version', old.version),
		NULL);
END;

CREATE TRIGGER audit_client_insert AFTER INSERT ON client BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'client', new.id, new.id, 'toevoegen',
		NULL,
		json_object('id', new.id, 'klantnummer', new.klantnummer, 'bsn', new.bsn, 'voornaam', new.voornaam, 'achternaam', new.achternaam, 'geboortedatum', new.geboortedatum, 'geboortejaar', new.geboortejaar, 'telefoon', new.telefoon, 'email', new.email, 'adres', new.adres, 'land_herkomst', new.land_herkomst, 'talen', new.talen, 'regiehouder_id', new.regiehouder_id, 'startbanen', new.startbanen, 'deelname', new.deelname, 'datum_instroom', new.datum_instroom, 'geslacht', new.geslacht, 'taalniveau', new.taalniveau, 'engels', new.engels, 'opleiding', new.opleiding, 'baan_bij_instroom', new.baan_bij_instroom, 'datum_verblijfsvergunning', new.datum_verblijfsvergunning, 'gezinssituatie', new.gezinssituatie, 'aantal_kinderen', new.aantal_kinderen, 'verblijfssituatie', new.verblijfssituatie, 'vervoer', new.vervoer, 'rijbewijs', new.rijbewijs, 'inburgeringsprogramma', new.inburgeringsprogramma, 'uitkering', new.uitkering, 'start_inburgering', new.start_inburgering, 'einde_inburgering', new.einde_inburgering, 'voortraject_niet_nodig', new.voortraject_niet_nodig, 'version', new.version));
END;
CREATE TRIGGER audit_client_update AFTER UPDATE ON client BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'client', new.id, new.id, 'wijzigen',
		json_object('id', old.id, 'klantnummer', old.klantnummer, 'bsn', old.bsn, 'voornaam', old.voornaam, 'achternaam', old.achternaam, 'geboortedatum', old.geboortedatum, 'geboortejaar', old.geboortejaar, 'telefoon', old.telefoon, 'email', old.email, 'adres', old.adres, 'land_herkomst', old.land_herkomst, 'talen', old.talen, 'regiehouder_id', old.regiehouder_id, 'startbanen', old.startbanen, 'deelname', old.deelname, 'datum_instroom', old.datum_instroom, 'geslacht', old.geslacht, 'taalniveau', old.taalniveau, 'engels', old.engels, 'opleiding', old.opleiding, 'baan_bij_instroom', old.baan_bij_instroom, 'datum_verblijfsvergunning', old.datum_verblijfsvergunning, 'gezinssituatie', old.gezinssituatie, 'aantal_kinderen', old.aantal_kinderen, 'verblijfssituatie', old.verblijfssituatie, 'vervoer', old.vervoer, 'rijbewijs', old.rijbewijs, 'inburgeringsprogramma', old.inburgeringsprogramma, 'uitkering', old.uitkering, 'start_inburgering', old.start_inburgering, 'einde_inburgering', old.einde_inburgering, 'voortraject_niet_nodig', old.voortraject_niet_nodig, 'version', old.version),
		json_object('id', new.id, 'klantnummer', new.klantnummer, 'bsn', new.bsn, 'voornaam', new.voornaam, 'achternaam', new.achternaam, 'geboortedatum', new.geboortedatum, 'geboortejaar', new.geboortejaar, 'telefoon', new.telefoon, 'email', new.email, 'adres', new.adres, 'land_herkomst', new.land_herkomst, 'talen', new.talen, 'regiehouder_id', new.regiehouder_id, 'startbanen', new.startbanen, 'deelname', new.deelname, 'datum_instroom', new.datum_instroom, 'geslacht', new.geslacht, 'taalniveau', new.taalniveau, 'engels', new.engels, 'opleiding', new.opleiding, 'baan_bij_instroom', new.baan_bij_instroom, 'datum_verblijfsvergunning', new.datum_verblijfsvergunning, 'gezinssituatie', new.gezinssituatie, 'aantal_kinderen', new.aantal_kinderen, 'verblijfssituatie', new.verblijfssituatie, 'vervoer', new.vervoer, 'rijbewijs', new.rijbewijs, 'inburgeringsprogramma', new.inburgeringsprogramma, 'uitkering', new.uitkering, 'start_inburgering', new.start_inburgering, 'einde_inburgering', new.einde_inburgering, 'voortraject_niet_nodig', new.voortraject_niet_nodig, 'version', new.version));
END;
CREATE TRIGGER audit_client_delete AFTER DELETE ON client BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'client', old.id, old.id, 'verwijderen',
		json_object('id', old.id, 'klantnummer', old.klantnummer, 'bsn', old.bsn, 'voornaam', old.voornaam, 'achternaam', old.achternaam, 'geboortedatum', old.geboortedatum, 'geboortejaar', old.geboortejaar, 'telefoon', old.telefoon, 'email', old.email, 'adres', old.adres, 'land_herkomst', old.land_herkomst, 'talen', old.talen, 'regiehouder_id', old.regiehouder_id, 'startbanen', old.startbanen, 'deelname', old.deelname, 'datum_instroom', old.datum_instroom, 'geslacht', old.geslacht, 'taalniveau', old.taalniveau, 'engels', old.engels, 'opleiding', old.opleiding, 'baan_bij_instroom', old.baan_bij_instroom, 'datum_verblijfsvergunning', old.datum_verblijfsvergunning, 'gezinssituatie', old.gezinssituatie, 'aantal_kinderen', old.aantal_kinderen, 'verblijfssituatie', old.verblijfssituatie, 'vervoer', old.vervoer, 'rijbewijs', old.rijbewijs, 'inburgeringsprogramma', old.inburgeringsprogramma, 'uitkering', old.uitkering, 'start_inburgering', old.start_inburgering, 'einde_inburgering', old.einde_inburgering, 'voortraject_niet_nodig', old.voortraject_niet_nodig, 'version', old.version),
		NULL);
END;

CREATE TRIGGER audit_handover_insert AFTER INSERT ON handover BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'handover', new.id, new.client_id, 'toevoegen',
		NULL,
		json_object('id', new.id, 'client_id', new.client_id, 'van_id', new.van_id, 'naar_id', new.naar_id, 'datum', new.datum, 'reden', new.reden));
END;
CREATE TRIGGER audit_handover_update AFTER UPDATE ON handover BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'handover', new.id, new.client_id, 'wijzigen',
		json_object('id', old.id, 'client_id', old.client_id, 'van_id', old.van_id, 'naar_id', old.naar_id, 'datum', old.datum, 'reden', old.reden),
		json_object('id', new.id, 'client_id', new.client_id, 'van_id', new.van_id, 'naar_id', new.naar_id, 'datum', new.datum, 'reden', new.reden));
END;
CREATE TRIGGER audit_handover_delete AFTER DELETE ON handover BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'handover', old.id, old.client_id, 'verwijderen',
		json_object('id', old.id, 'client_id', old.client_id, 'van_id', old.van_id, 'naar_id', old.naar_id, 'datum', old.datum, 'reden', old.reden),
		NULL);
END;

CREATE TRIGGER audit_pip_step_insert AFTER INSERT ON pip_step BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'pip_step', new.id, new.client_id, 'toevoegen',
		NULL,
		json_object('id', new.id, 'client_id', new.client_id, 'stap', new.stap, 'datum', new.datum, 'status', new.status, 'reden', new.reden, 'resultaat', new.resultaat, 'uren', new.uren, 'notitie', new.notitie, 'version', new.version));
END;
CREATE TRIGGER audit_pip_step_update AFTER UPDATE ON pip_step BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'pip_step', new.id, new.client_id, 'wijzigen',
		json_object('id', old.id, 'client_id', old.client_id, 'stap', old.stap, 'datum', old.datum, 'status', old.status, 'reden', old.reden, 'resultaat', old.resultaat, 'uren', old.uren, 'notitie', old.notitie, 'version', old.version),
		json_object('id', new.id, 'client_id', new.client_id, 'stap', new.stap, 'datum', new.datum, 'status', new.status, 'reden', new.reden, 'resultaat', new.resultaat, 'uren', new.uren, 'notitie', new.notitie, 'version', new.version));
END;
CREATE TRIGGER audit_pip_step_delete AFTER DELETE ON pip_step BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'pip_step', old.id, old.client_id, 'verwijderen',
		json_object('id', old.id, 'client_id', old.client_id, 'stap', old.stap, 'datum', old.datum, 'status', old.status, 'reden', old.reden, 'resultaat', old.resultaat, 'uren', old.uren, 'notitie', old.notitie, 'version', old.version),
		NULL);
END;

CREATE TRIGGER audit_voortraject_insert AFTER INSERT ON voortraject BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'voortraject', new.id, new.client_id, 'toevoegen',
		NULL,
		json_object('id', new.id, 'client_id', new.client_id, 'start', new.start, 'einde', new.einde, 'soort', new.soort, 'notitie', new.notitie, 'version', new.version));
END;
CREATE TRIGGER audit_voortraject_update AFTER UPDATE ON voortraject BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'voortraject', new.id, new.client_id, 'wijzigen',
		json_object('id', old.id, 'client_id', old.client_id, 'start', old.start, 'einde', old.einde, 'soort', old.soort, 'notitie', old.notitie, 'version', old.version),
		json_object('id', new.id, 'client_id', new.client_id, 'start', new.start, 'einde', new.einde, 'soort', new.soort, 'notitie', new.notitie, 'version', new.version));
END;
CREATE TRIGGER audit_voortraject_delete AFTER DELETE ON voortraject BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'voortraject', old.id, old.client_id, 'verwijderen',
		json_object('id', old.id, 'client_id', old.client_id, 'start', old.start, 'einde', old.einde, 'soort', old.soort, 'notitie', old.notitie, 'version', old.version),
		NULL);
END;

CREATE TRIGGER audit_activiteit_insert AFTER INSERT ON activiteit BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'activiteit', new.id, (SELECT client_id FROM voortraject WHERE id = new.voortraject_id), 'toevoegen',
		NULL,
		json_object('id', new.id, 'voortraject_id', new.voortraject_id, 'soort', new.soort, 'aanbieder', new.aanbieder, 'start', new.start, 'einde', new.einde, 'uren_per_week', new.uren_per_week, 'version', new.version));
END;
CREATE TRIGGER audit_activiteit_update AFTER UPDATE ON activiteit BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'activiteit', new.id, (SELECT client_id FROM voortraject WHERE id = new.voortraject_id), 'wijzigen',
		json_object('id', old.id, 'voortraject_id', old.voortraject_id, 'soort', old.soort, 'aanbieder', old.aanbieder, 'start', old.start, 'einde', old.einde, 'uren_per_week', old.uren_per_week, 'version', old.version),
		json_object('id', new.id, 'voortraject_id', new.voortraject_id, 'soort', new.soort, 'aanbieder', new.aanbieder, 'start', new.start, 'einde', new.einde, 'uren_per_week', new.uren_per_week, 'version', new.version));
END;
CREATE TRIGGER audit_activiteit_delete AFTER DELETE ON activiteit BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'activiteit', old.id, (SELECT client_id FROM voortraject WHERE id = old.voortraject_id), 'verwijderen',
		json_object('id', old.id, 'voortraject_id', old.voortraject_id, 'soort', old.soort, 'aanbieder', old.aanbieder, 'start', old.start, 'einde', old.einde, 'uren_per_week', old.uren_per_week, 'version', old.version),
		NULL);
END;

CREATE TRIGGER audit_employer_insert AFTER INSERT ON employer BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'employer', new.id, NULL, 'toevoegen',
		NULL,
		json_object('id', new.id, 'naam', new.naam, 'contactpersoon', new.contactpersoon, 'telefoon', new.telefoon, 'email', new.email, 'sector', new.sector, 'omvang', new.omvang, 'ervaring', new.ervaring, 'version', new.version));
END;
CREATE TRIGGER audit_employer_update AFTER UPDATE ON employer BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'employer', new.id, NULL, 'wijzigen',
		json_object('id', old.id, 'naam', old.naam, 'contactpersoon', old.contactpersoon, 'telefoon', old.telefoon, 'email', old.email, 'sector', old.sector, 'omvang', old.omvang, 'ervaring', old.ervaring, 'version', old.version),
		json_object('id', new.id, 'naam', new.naam, 'contactpersoon', new.contactpersoon, 'telefoon', new.telefoon, 'email', new.email, 'sector', new.sector, 'omvang', new.omvang, 'ervaring', new.ervaring, 'version', new.version));
END;
CREATE TRIGGER audit_employer_delete AFTER DELETE ON employer BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'employer', old.id, NULL, 'verwijderen',
		json_object('id', old.id, 'naam', old.naam, 'contactpersoon', old.contactpersoon, 'telefoon', old.telefoon, 'email', old.email, 'sector', old.sector, 'omvang', old.omvang, 'ervaring', old.ervaring, 'version', old.version),
		NULL);
END;

CREATE TRIGGER audit_startbaan_insert AFTER INSERT ON startbaan BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'startbaan', new.id, new.client_id, 'toevoegen',
		NULL,
		json_object('id', new.id, 'client_id', new.client_id, 'employer_id', new.employer_id, 'soort', new.soort, 'hoe_gekregen', new.hoe_gekregen, 'functie', new.functie, 'start', new.start, 'einde', new.einde, 'maanden', new.maanden, 'urenafspraak', new.urenafspraak, 'uren', new.uren, 'loonkostensubsidie', new.loonkostensubsidie, 'werkcoach', new.werkcoach, 'jobcoach', new.jobcoach, 'harrie', new.harrie, 'soort_werkgever', new.soort_werkgever, 'version', new.version));
END;
CREATE TRIGGER audit_startbaan_update AFTER UPDATE ON startbaan BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'startbaan', new.id, new.client_id, 'wijzigen',
		json_object('id', old.id, 'client_id', old.client_id, 'employer_id', old.employer_id, 'soort', old.soort, 'hoe_gekregen', old.hoe_gekregen, 'functie', old.functie, 'start', old.start, 'einde', old.einde, 'maanden', old.maanden, 'urenafspraak', old.urenafspraak, 'uren', old.uren, 'loonkostensubsidie', old.loonkostensubsidie, 'werkcoach', old.werkcoach, 'jobcoach', old.jobcoach, 'harrie', old.harrie, 'soort_werkgever', old.soort_werkgever, 'version', old.version),
		json_object('id', new.id, 'client_id', new.client_id, 'employer_id', new.employer_id, 'soort', new.soort, 'hoe_gekregen', new.hoe_gekregen, 'functie', new.functie, 'start', new.start, 'einde', new.einde, 'maanden', new.maanden, 'urenafspraak', new.urenafspraak, 'uren', new.uren, 'loonkostensubsidie', new.loonkostensubsidie, 'werkcoach', new.werkcoach, 'jobcoach', new.jobcoach, 'harrie', new.harrie, 'soort_werkgever', new.soort_werkgever, 'version', new.version));
END;
CREATE TRIGGER audit_startbaan_delete AFTER DELETE ON startbaan BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'startbaan', old.id, old.client_id, 'verwijderen',
		json_object('id', old.id, 'client_id', old.client_id, 'employer_id', old.employer_id, 'soort', old.soort, 'hoe_gekregen', old.hoe_gekregen, 'functie', old.functie, 'start', old.start, 'einde', old.einde, 'maanden', old.maanden, 'urenafspraak', old.urenafspraak, 'uren', old.uren, 'loonkostensubsidie', old.loonkostensubsidie, 'werkcoach', old.werkcoach, 'jobcoach', old.jobcoach, 'harrie', old.harrie, 'soort_werkgever', old.soort_werkgever, 'version', old.version),
		NULL);
END;

CREATE TRIGGER audit_onhold_insert AFTER INSERT ON onhold BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'onhold', new.id, new.client_id, 'toevoegen',
		NULL,
		json_object('id', new.id, 'client_id', new.client_id, 'start', new.start, 'einde', new.einde, 'reden', new.reden, 'version', new.version));
END;
CREATE TRIGGER audit_onhold_update AFTER UPDATE ON onhold BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'onhold', new.id, new.client_id, 'wijzigen',
		json_object('id', old.id, 'client_id', old.client_id, 'start', old.start, 'einde', old.einde, 'reden', old.reden, 'version', old.version),
		json_object('id', new.id, 'client_id', new.client_id, 'start', new.start, 'einde', new.einde, 'reden', new.reden, 'version', new.version));
END;
CREATE TRIGGER audit_onhold_delete AFTER DELETE ON onhold BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'onhold', old.id, old.client_id, 'verwijderen',
		json_object('id', old.id, 'client_id', old.client_id, 'start', old.start, 'einde', old.einde, 'reden', old.reden, 'version', old.version),
		NULL);
END;

CREATE TRIGGER audit_afsluiting_insert AFTER INSERT ON afsluiting BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'afsluiting', new.id, new.client_id, 'toevoegen',
		NULL,
		json_object('id', new.id, 'client_id', new.client_id, 'soort', new.soort, 'datum', new.datum, 'reden', new.reden, 'version', new.version));
END;
CREATE TRIGGER audit_afsluiting_update AFTER UPDATE ON afsluiting BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'afsluiting', new.id, new.client_id, 'wijzigen',
		json_object('id', old.id, 'client_id', old.client_id, 'soort', old.soort, 'datum', old.datum, 'reden', old.reden, 'version', old.version),
		json_object('id', new.id, 'client_id', new.client_id, 'soort', new.soort, 'datum', new.datum, 'reden', new.reden, 'version', new.version));
END;
CREATE TRIGGER audit_afsluiting_delete AFTER DELETE ON afsluiting BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'afsluiting', old.id, old.client_id, 'verwijderen',
		json_object('id', old.id, 'client_id', old.client_id, 'soort', old.soort, 'datum', old.datum, 'reden', old.reden, 'version', old.version),
		NULL);
END;

CREATE TRIGGER audit_journal_insert AFTER INSERT ON journal BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'journal', new.id, new.client_id, 'toevoegen',
		NULL,
		json_object('id', new.id, 'client_id', new.client_id, 'moment', new.moment, 'soort', new.soort, 'tolk', new.tolk, 'samenvatting', new.samenvatting, 'volgende_afspraak', new.volgende_afspraak, 'auteur', new.auteur, 'version', new.version));
END;
CREATE TRIGGER audit_journal_update AFTER UPDATE ON journal BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'journal', new.id, new.client_id, 'wijzigen',
		json_object('id', old.id, 'client_id', old.client_id, 'moment', old.moment, 'soort', old.soort, 'tolk', old.tolk, 'samenvatting', old.samenvatting, 'volgende_afspraak', old.volgende_afspraak, 'auteur', old.auteur, 'version', old.version),
		json_object('id', new.id, 'client_id', new.client_id, 'moment', new.moment, 'soort', new.soort, 'tolk', new.tolk, 'samenvatting', new.samenvatting, 'volgende_afspraak', new.volgende_afspraak, 'auteur', new.auteur, 'version', new.version));
END;
CREATE TRIGGER audit_journal_delete AFTER DELETE ON journal BEGIN
	INSERT INTO audit(moment, wie, tabel, rij, client_id, actie, oud, nieuw)
	VALUES (casus_now(), casus_user(), 'journal', old.id, old.client_id, 'verwijderen',
		json_object('id', old.id, 'client_id', old.client_id, 'moment', old.moment, 'soort', old.soort, 'tolk', old.tolk, 'samenvatting', old.samenvatting, 'volgende_afspraak', old.volgende_afspraak, 'auteur', old.auteur, 'version', old.version),
		NULL);
END;
