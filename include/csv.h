/* csv.h - being written (placeholder). */
