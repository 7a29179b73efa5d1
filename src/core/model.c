/* model.c - initialising and freeing the record structs of model.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "util.h"

void consultant_clear(consultant *r)
{
	free(r->naam);
	free(r->login);
	memset(r, 0, sizeof *r);
}

void client_init(client *c)
{
	memset(c, 0, sizeof *c);
	c->aantal_kinderen = -1;
}

void client_clear(client *r)
{
	free(r->klantnummer);
	free(r->bsn);
	free(r->voornaam);
	free(r->achternaam);
	free(r->telefoon);
	free(r->email);
	free(r->adres);
	free(r->land_herkomst);
	free(r->talen);
	memset(r, 0, sizeof *r);
}

void pip_step_init(pip_step *r)
{
	memset(r, 0, sizeof *r);
	r->status = 1; /* PIPSTATUS_GEPLAND */
	r->uren = -1;
}

void pip_step_clear(pip_step *r)
{
	free(r->resultaat);
	free(r->notitie);
	memset(r, 0, sizeof *r);
}

void activiteit_init(activiteit *r)
{
	memset(r, 0, sizeof *r);
	r->uren_per_week = -1;
}

void activiteit_clear(activiteit *r)
{
	free(r->aanbieder);
	memset(r, 0, sizeof *r);
}

void voortraject_init(voortraject *r)
{
	memset(r, 0, sizeof *r);
}

void voortraject_clear(voortraject *r)
{
	for (size_t i = 0; i < r->nact; i++)
		activiteit_clear(&r->act[i]);
	free(r->act);
	free(r->notitie);
	memset(r, 0, sizeof *r);
}

void employer_init(employer *r)
{
	memset(r, 0, sizeof *r);
}

void employer_clear(employer *r)
{
	free(r->naam);
	free(r->contactpersoon);
	free(r->telefoon);
	free(r->email);
	memset(r, 0, sizeof *r);
}

void startbaan_init(startbaan *r)
{
	memset(r, 0, sizeof *r);
	r->maanden = -1;
	r->uren = -1;
}

void startbaan_clear(startbaan *r)
{
	free(r->functie);
	free(r->werkgever_naam);
	memset(r, 0, sizeof *r);
}

void onhold_init(onhold *r)
{
	memset(r, 0, sizeof *r);
}

void onhold_clear(onhold *r)
{
	memset(r, 0, sizeof *r);
}

void afsluiting_init(afsluiting *r)
{
	memset(r, 0, sizeof *r);
}

void afsluiting_clear(afsluiting *r)
{
	memset(r, 0, sizeof *r);
}

void journal_init(journal *r)
{
	memset(r, 0, sizeof *r);
}

void journal_clear(journal *r)
{
	free(r->moment);
	free(r->samenvatting);
	free(r->auteur);
	memset(r, 0, sizeof *r);
}

void handover_clear(handover *r)
{
	free(r->reden);
	memset(r, 0, sizeof *r);
}

#define CLEAR_ARRAY(arr, n, fn) do { \
	for (size_t i_ = 0; i_ < (n); i_++) \
		fn(&(arr)[i_]); \
	free(arr); \
} while (0)

void casefile_free(casefile *cf)
{
	client_clear(&cf->c);
	CLEAR_ARRAY(cf->pip, cf->npip, pip_step_clear);
	CLEAR_ARRAY(cf->vt, cf->nvt, voortraject_clear);
	CLEAR_ARRAY(cf->sb, cf->nsb, startbaan_clear);
	CLEAR_ARRAY(cf->oh, cf->noh, onhold_clear);
	CLEAR_ARRAY(cf->af, cf->naf, afsluiting_clear);
	CLEAR_ARRAY(cf->jr, cf->njr, journal_clear);
	CLEAR_ARRAY(cf->ho, cf->nho, handover_clear);
	free(cf->regiehouder_naam);
	memset(cf, 0, sizeof *cf);
}

char *client_display_name(const client *c)
{
	const char *a = c->achternaam && *c->achternaam ? c->achternaam : NULL;
	const char *v = c->voornaam && *c->voornaam ? c->voornaam : NULL;

	if (a && v)
		return xasprintf("%s, %s", a, v);
	if (a)
		return xstrdup(a);
	if (v)
		return xstrdup(v);
	return xstrdup(c->klantnummer ? c->klantnummer : "");
}
