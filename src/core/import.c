/* import.c - being written (placeholder). */
#include "config.h"
