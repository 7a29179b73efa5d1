/* export_verify.c - reads a written workbook back before it is renamed
 * into place (xw_verify_zip, export_int.h): the zip's end record and
 * central directory, every local header, every member inflated (on two
 * threads) and compared with its CRC-32 and size, every XML part ending
 * with the end tag of its root element, and each sheet's data ending with
 * the last row written.  The zip is read with zlib alone, as any reader
 * would read it; nothing here knows how libxlsxwriter wrote it. */
#include "config.h"

#include <assert.h>
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "export_int.h"
#include "fileout.h"
#include "util.h"

static uint32_t rd16(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

static uint32_t rd32(const unsigned char *p)
{
	return rd16(p) | rd16(p + 2) << 16;
}

static int read_at(int fd, void *buf, size_t n, off_t off)
{
	size_t got = 0;

	while (got < n) {
		ssize_t r = pread(fd, (char *)buf + got, n - got, off + (off_t)got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		got += (size_t)r;
	}
	return 0;
}

#define TAIL (256 * 1024)       /* power of two */
#define HEAD 512

/* What the checks need of one inflated member: its first and last bytes. */
typedef struct member {
	char head[HEAD + 1];
	size_t nhead;
	char *ring;             /* last TAIL bytes */
	uint64_t size;
} member;

static void member_add(member *m, const unsigned char *p, size_t n)
{
	size_t k;

	if (m->nhead < HEAD) {
		k = HEAD - m->nhead < n ? HEAD - m->nhead : n;
		memcpy(m->head + m->nhead, p, k);
		m->nhead += k;
		m->head[m->nhead] = '\0';
	}
	if (n > TAIL) {
		m->size += n - TAIL;
		p += n - TAIL;
		n = TAIL;
	}
	while (n > 0) {
		size_t at = (size_t)(m->size & (TAIL - 1));
		k = TAIL - at < n ? TAIL - at : n;
		memcpy(m->ring + at, p, k);
		m->size += k;
		p += k;
		n -= k;
	}
}

/* The last min(size, TAIL) bytes, in order, into out; returns the length. */
static size_t member_tail(const member *m, char *out)
{
	size_t n = m->size < TAIL ? (size_t)m->size : TAIL;
	size_t start = (size_t)((m->size - n) & (TAIL - 1));
	size_t first = TAIL - start < n ? TAIL - start : n;

	memcpy(out, m->ring + start, first);
	memcpy(out + first, m->ring, n - first);
	out[n] = '\0';
	return n;
}

/* An XML part is complete when it ends with the end tag of its root
 * element; a sheet's data must end with the last row written. */
static int member_complete(const member *m, const char *name, char *tail, long expect_rows)
{
	const char *p = m->head, *e;
	char root[64], endtag[80];
	size_t n, rl, el;

	if (strstr(name, ".xml") == NULL && strstr(name, ".rels") == NULL)
		return 1;
	for (;;) {
		while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
			p++;
		if (p[0] == '<' && (p[1] == '?' || p[1] == '!')) {
			p = strchr(p, '>');
			if (!p)
				return 0;
			p++;
			continue;
		}
		break;
	}
	if (*p != '<')
		return 0;
	p++;
	for (rl = 0; p[rl] && !strchr(" \t\r\n/>", p[rl]); rl++)
		;
	if (rl == 0 || rl >= sizeof root)
		return 0;
	memcpy(root, p, rl);
	root[rl] = '\0';
	n = member_tail(m, tail);
	while (n > 0 && strchr(" \t\r\n", tail[n - 1]))
		n--;
	tail[n] = '\0';
	el = (size_t)snprintf(endtag, sizeof endtag, "</%s>", root);
	if (n < el || memcmp(tail + n - el, endtag, el) != 0)
		return 0;
	if (expect_rows < 0)
		return 1;
	/* a worksheet: <sheetData/> or ...<row r="N" ...>...</row></sheetData> */
	if (expect_rows == 0)
		return strstr(tail, "<sheetData/>") != NULL || strstr(m->head, "<sheetData/>") != NULL;
	e = strstr(tail, "</sheetData>");
	if (!e || e - tail < 6 || memcmp(e - 6, "</row>", 6) != 0)
		return 0;
	{
		const char *r = NULL, *q;
		for (q = tail; (q = strstr(q, "<row r=\"")) && q < e; q++)
			r = q;
		if (!r)
			return 0;
		return strtol(r + 8, NULL, 10) == expect_rows;
	}
}

/* Rows expected in member `name` when it is one of our sheets, else -1. */
static long sheet_rows(const long *rows, size_t nsheets, const char *name)
{
	unsigned k;
	char tail;

	if (sscanf(name, "xl/worksheets/sheet%u.xm%c", &k, &tail) == 2 && tail == 'l' &&
	    k >= 1 && k <= nsheets)
		return rows[k - 1];
	return -1;
}

/* One member of the zip, from the central directory. */
typedef struct zentry {
	char name[256];
	uint32_t crc, csz, usz, method;
	off_t data;              /* where its compressed bytes start */
	long rows;               /* sheet_rows() */
	char why[200];           /* the check's finding ("" when intact) */
} zentry;

/* Inflate one member and check its CRC, size and completeness; the
 * finding goes to e->why.  Buffers are the caller's (one set per thread). */
typedef struct zbufs {
	unsigned char *in, *out;
	member m;
	char *tail;
} zbufs;

static void check_member(int fd, zentry *e, zbufs *zb)
{
	member *m = &zb->m;
	off_t data = e->data, left = e->csz;
	uint32_t crc_now = 0;
	int zrc = Z_OK;
	z_stream z;

	m->size = 0;
	m->nhead = 0;
	m->head[0] = '\0';
	memset(&z, 0, sizeof z);
	if (e->method == 8 && inflateInit2(&z, -MAX_WBITS) != Z_OK) {
		snprintf(e->why, sizeof e->why, "zlib: inflateInit mislukt");
		return;
	}
	while (left > 0 || (e->method == 8 && zrc != Z_STREAM_END)) {
		size_t want = left < (1 << 16) ? (size_t)left : (1 << 16);
		if (want == 0) {
			zrc = Z_DATA_ERROR;       /* stream does not end */
			break;
		}
		if (read_at(fd, zb->in, want, data) != 0) {
			zrc = Z_DATA_ERROR;
			break;
		}
		data += (off_t)want;
		left -= (off_t)want;
		if (e->method == 0) {
			crc_now = (uint32_t)crc32(crc_now, zb->in, (uInt)want);
			member_add(m, zb->in, want);
			continue;
		}
		z.next_in = zb->in;
		z.avail_in = (uInt)want;
		do {
			size_t got;
			z.next_out = zb->out;
			z.avail_out = 1 << 16;
			zrc = inflate(&z, Z_NO_FLUSH);
			if (zrc != Z_OK && zrc != Z_STREAM_END && zrc != Z_BUF_ERROR)
				break;
			got = (1 << 16) - z.avail_out;
			crc_now = (uint32_t)crc32(crc_now, zb->out, (uInt)got);
			member_add(m, zb->out, got);
		} while (zrc != Z_STREAM_END && (z.avail_in > 0 || z.avail_out == 0));
		if (zrc != Z_OK && zrc != Z_STREAM_END && zrc != Z_BUF_ERROR)
			break;
		if (zrc == Z_STREAM_END && (z.avail_in > 0 || left > 0)) {
			zrc = Z_DATA_ERROR;       /* data after the end */
			break;
		}
	}
	if (e->method == 8)
		inflateEnd(&z);
	if (e->method == 8 && zrc != Z_STREAM_END)
		snprintf(e->why, sizeof e->why, "%.80s: beschadigd", e->name);
	else if (crc_now != e->crc || m->size != e->usz)
		snprintf(e->why, sizeof e->why, "%.80s: CRC of grootte klopt niet", e->name);
	else if (!member_complete(m, e->name, zb->tail, e->rows))
		snprintf(e->why, sizeof e->why, "%.80s: onvolledig", e->name);
}

/* The members are checked by two threads (this one and a helper): each
 * takes the next unchecked member, largest first. */
typedef struct zcheck {
	int fd;
	zentry *e;
	size_t *order;           /* indexes into e, by compressed size, descending */
	size_t n;
	pthread_mutex_t mu;
	size_t next;
} zcheck;

static void *zcheck_run(void *arg)
{
	zcheck *c = arg;
	zbufs zb;

	zb.in = xmalloc(1 << 16);
	zb.out = xmalloc(1 << 16);
	memset(&zb.m, 0, sizeof zb.m);
	zb.m.ring = xmalloc(TAIL);
	zb.tail = xmalloc(TAIL + 1);
	for (;;) {
		size_t k;
		pthread_mutex_lock(&c->mu);
		k = c->next++;
		pthread_mutex_unlock(&c->mu);
		if (k >= c->n)
			break;
		check_member(c->fd, &c->e[c->order[k]], &zb);
	}
	free(zb.in);
	free(zb.out);
	free(zb.m.ring);
	free(zb.tail);
	return NULL;
}

/* Read the whole zip back: 0 when every member is complete and intact. */
/* The zip's end record (no comment beyond its own, no multi-part zip):
 * the central directory's offset and the number of members. */
/* Where the central directory is: [cd_off, cd_end), nent members. */
typedef struct zdir {
	off_t cd_off, cd_end;
	size_t nent;
} zdir;

static int find_directory(int fd, off_t size, zdir *d, char *why, size_t whylen)
{
	size_t tailn = size < 22 + 65535 ? (size_t)size : 22 + 65535, i;
	unsigned char *buf = xmalloc(tailn);
	const unsigned char *e = NULL;
	int rc = -1;

	if (read_at(fd, buf, tailn, size - (off_t)tailn) != 0) {
		snprintf(why, whylen, "teruglezen mislukt");
		goto out;
	}
	for (i = tailn - 22 + 1; i-- > 0; )
		if (rd32(buf + i) == 0x06054b50 && i + 22 + rd16(buf + i + 20) == tailn) {
			e = buf + i;
			break;
		}
	if (!e) {
		snprintf(why, whylen, "geen zip-inhoudsopgave");
		goto out;
	}
	d->nent = rd16(e + 10);
	d->cd_off = (off_t)rd32(e + 16);
	d->cd_end = d->cd_off + (off_t)rd32(e + 12);
	if (rd16(e + 4) != 0 || rd16(e + 6) != 0 || rd16(e + 8) != d->nent) {
		snprintf(why, whylen, "zip in delen");
		goto out;
	}
	if (d->cd_end != size - (off_t)tailn + (off_t)(e - buf) || d->nent == 0) {
		snprintf(why, whylen, "zip-inhoudsopgave klopt niet");
		goto out;
	}
	rc = 0;
out:
	free(buf);
	return rc;
}

/* One entry of the central directory at *pos (advanced past it), checked
 * against its local header.  Fills e except rows; 0 or -1 with why set. */
static int read_entry(int fd, off_t *pos, const zdir *d, zentry *e, char *why, size_t whylen)
{
	unsigned char h[46];
	uint32_t flags, nl, xl, cl, loff;

#define BAD(...) do { snprintf(why, whylen, __VA_ARGS__); return -1; } while (0)
	if (*pos + 46 > d->cd_end || read_at(fd, h, 46, *pos) != 0 ||
	    rd32(h) != 0x02014b50)
		BAD("zip-inhoudsopgave onvolledig");
	flags = rd16(h + 8);
	e->method = rd16(h + 10);
	e->crc = rd32(h + 16);
	e->csz = rd32(h + 20);
	e->usz = rd32(h + 24);
	nl = rd16(h + 28);
	xl = rd16(h + 30);
	cl = rd16(h + 32);
	loff = rd32(h + 42);
	if (nl == 0 || nl >= sizeof e->name || read_at(fd, e->name, nl, *pos + 46) != 0)
		BAD("zip-inhoudsopgave onvolledig");
	e->name[nl] = '\0';
	*pos += 46 + (off_t)nl + xl + cl;
	if ((flags & 1) || (e->method != 0 && e->method != 8))
		BAD("%.80s: onbekende opslag", e->name);
	if ((off_t)loff + 30 > d->cd_off || read_at(fd, h, 30, (off_t)loff) != 0 ||
	    rd32(h) != 0x04034b50 || rd16(h + 26) != nl)
		BAD("%.80s: kop ontbreekt", e->name);
	if (!(rd16(h + 6) & 8) &&
	    (rd32(h + 14) != e->crc || rd32(h + 18) != e->csz || rd32(h + 22) != e->usz))
		BAD("%.80s: kop en inhoudsopgave verschillen", e->name);
	e->data = (off_t)loff + 30 + nl + rd16(h + 28);
	if (e->data + (off_t)e->csz > d->cd_off)
		BAD("%.80s: gegevens onvolledig", e->name);
#undef BAD
	return 0;
}

/* Every member inflated and checked, on two threads (largest first); 0
 * when all are intact, else -1 with the first finding in why. */
static int check_members(int fd, zentry *ent, size_t nent, char *why, size_t whylen)
{
	size_t *order = xmalloc(nent * sizeof *order), i;
	zcheck c;
	pthread_t th;
	int helper, rc = 0;

	for (i = 0; i < nent; i++) {         /* insertion sort: a few dozen */
		size_t j = i;
		for (; j > 0 && ent[order[j - 1]].csz < ent[i].csz; j--)
			order[j] = order[j - 1];
		order[j] = i;
	}
	memset(&c, 0, sizeof c);
	c.fd = fd;
	c.e = ent;
	c.order = order;
	c.n = nent;
	pthread_mutex_init(&c.mu, NULL);
	helper = pthread_create(&th, NULL, zcheck_run, &c) == 0;
	zcheck_run(&c);
	if (helper)
		pthread_join(th, NULL);
	pthread_mutex_destroy(&c.mu);
	for (i = 0; i < nent && rc == 0; i++)
		if (ent[i].why[0]) {
			snprintf(why, whylen, "%s", ent[i].why);
			rc = -1;
		}
	free(order);
	return rc;
}

int xw_verify_zip(int fd, const long *rows, size_t nsheets, char *why, size_t whylen)
{
	struct stat st;
	zentry *ent = NULL;
	zdir d;
	off_t pos;
	size_t i, sheets_seen = 0;
	int rc = -1, have_ct = 0, have_wb = 0;

	assert(why && whylen > 0 && (rows || nsheets == 0));
	if (fstat(fd, &st) != 0) {
		snprintf(why, whylen, "%s", fileout_errno_nl(errno));
		return -1;
	}
	if (st.st_size < 22) {
		snprintf(why, whylen, "bestand onvolledig (%lld bytes)", (long long)st.st_size);
		return -1;
	}
	if (find_directory(fd, st.st_size, &d, why, whylen) != 0)
		return -1;
	/* the central directory and every local header, in order */
	ent = xcalloc(d.nent, sizeof *ent);
	for (i = 0, pos = d.cd_off; i < d.nent; i++) {
		if (read_entry(fd, &pos, &d, &ent[i], why, whylen) != 0)
			goto out;
		ent[i].rows = sheet_rows(rows, nsheets, ent[i].name);
		sheets_seen += ent[i].rows >= 0;
		have_ct |= strcmp(ent[i].name, "[Content_Types].xml") == 0;
		have_wb |= strcmp(ent[i].name, "xl/workbook.xml") == 0;
	}
	if (pos != d.cd_end) {
		snprintf(why, whylen, "zip-inhoudsopgave klopt niet");
		goto out;
	}
	if (check_members(fd, ent, d.nent, why, whylen) != 0)
		goto out;
	if (!have_ct || !have_wb || sheets_seen != nsheets) {
		snprintf(why, whylen, "onderdelen ontbreken");
		goto out;
	}
	rc = 0;
out:
	free(ent);
	return rc;
}
