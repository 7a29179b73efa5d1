/* test_util.c - the string-keyed hash map of util.h (strmap). */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "check.h"
#include "util.h"

typedef struct val {
	int64_t id;
	int flags;
} val;

static void test_empty(void)
{
	strmap m = STRMAP_INIT(val);

	CHECK(strmap_get(&m, "a") == NULL, "an empty map finds nothing");
	CHECK_INT(strmap_count(&m), 0, "an empty map counts 0");
	strmap_free(&m);
}

static void test_put_get(void)
{
	strmap m = STRMAP_INIT(val);
	int created = -1;
	val *v = strmap_put(&m, "K001", &created);

	CHECK_INT(created, 1, "put creates a new key");
	CHECK(v && v->id == 0 && v->flags == 0, "a new value is zeroed");
	v->id = 42;
	v = strmap_put(&m, "K001", &created);
	CHECK_INT(created, 0, "put of a known key does not create");
	CHECK_INT(v->id, 42, "put of a known key gives its value");
	v = strmap_get(&m, "K001");
	CHECK(v && v->id == 42, "get finds the value");
	CHECK(strmap_get(&m, "k001") == NULL, "keys are case-sensitive");
	CHECK(strmap_get(&m, "") == NULL, "the empty key is not there");
	v = strmap_put(&m, "", NULL);
	v->flags = 3;
	CHECK(strmap_get(&m, "") && ((val *)strmap_get(&m, ""))->flags == 3, "the empty key is a key");
	CHECK_INT(strmap_count(&m), 2, "two keys");
	strmap_free(&m);
	CHECK(strmap_get(&m, "K001") == NULL, "a freed map is empty");
	CHECK_INT(strmap_count(&m), 0, "a freed map counts 0");
}

/* Many keys: the table grows, every value survives the moves. */
static void test_grow(void)
{
	enum { NKEYS = 100000 };
	strmap m = STRMAP_INIT(val);
	char key[32];
	int ok = 1;

	for (int i = 0; i < NKEYS; i++) {
		val *v;

		snprintf(key, sizeof key, "K%d", i);
		v = strmap_put(&m, key, NULL);
		v->id = i;
		v->flags = i % 7;
	}
	CHECK_INT(strmap_count(&m), NKEYS, "100000 keys counted");
	for (int i = 0; i < NKEYS && ok; i++) {
		val *v;

		snprintf(key, sizeof key, "K%d", i);
		v = strmap_get(&m, key);
		ok = v && v->id == i && v->flags == i % 7;
	}
	CHECK(ok, "every value found after growing");
	CHECK(strmap_get(&m, "K100000") == NULL, "a key never put is not found");
	CHECK(m.n * 2 <= m.cap, "the load stays at most one half");
	strmap_free(&m);
}

static void test_hash(void)
{
	CHECK(str_hash("") == 1469598103934665603ULL, "hash of the empty string is the FNV basis");
	CHECK(str_hash("a") != str_hash("b"), "different strings hash differently");
	CHECK(str_hash("abc") == str_hash("abc"), "the hash is stable");
}

int main(void)
{
	test_empty();
	test_put_get();
	test_grow();
	test_hash();
	return check_done();
}
