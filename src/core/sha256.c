/* sha256.c - being written (placeholder so the library links). */
#include "config.h"
