/* import.h - being written (placeholder). */
