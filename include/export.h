/* export.h - being written (placeholder). */
