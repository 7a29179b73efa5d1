/* fileout.h - the files casus writes for the user (export workbook, CSV
 * sheets, backup): which targets may be replaced, temporary files in the
 * target directory that are locked while in use, and the removal of the
 * ones a killed casus left behind.  Part of the core (no curses).
 *
 * The rule: a new file is written to a temporary file next to its target
 * and renamed onto it when complete.  Only a missing name, a regular file,
 * or a symbolic link that leads to a regular file may be the target; for a
 * link, the file it leads to is replaced and the link kept.  A FIFO, a
 * device, a directory, a socket or a link that leads nowhere is refused.
 *
 * Temporary files: ".NAME-XXXXXX.tmp" or ".NAME.XXXXXX" (X: [A-Za-z0-9],
 * from mkstemp) in the target directory, mode 0600, with an exclusive
 * flock(2) held on an open descriptor for as long as the file is in use.
 * flock, not fcntl: an fcntl lock would be dropped as soon as anything in
 * the process (libxlsxwriter, SQLite) closes another descriptor of the
 * file.  A file of one of these exact patterns, regular, owned by the
 * user, that nobody holds locked, is a leftover of a killed casus and is
 * removed by fileout_clean_stale().  The cleaner unlinks only while it
 * holds the lock, and the writer checks after taking its lock that its
 * name still leads to its file (else it creates another), so a file being
 * created is never removed.  On a file system without flock the cleaner
 * removes nothing. */
#ifndef CASUS_FILEOUT_H
#define CASUS_FILEOUT_H

#include <stddef.h>

/* Dutch text for an errno value (strerror for the rare others). */
const char *fileout_errno_nl(int e);

/* May `path` be written (renamed onto)?  Returns 0 and sets *real (caller
 * frees) to the name to rename onto: `path` itself when it is missing or a
 * regular file, the file a symbolic link leads to (absolute) otherwise;
 * *exists says whether there is a file now.  Returns -1 with a Dutch
 * message in msg ("PATH is geen gewoon bestand maar een pijp (FIFO); ...",
 * "PATH is een map; ...", "PATH is een verwijzing naar X, dat niet
 * bestaat") when it may not.  Does not check the directory. */
int fileout_target(const char *path, char **real, int *exists, char *msg, size_t msgsz);

/* The directory part of path ("." when none; caller frees). */
char *fileout_dir(const char *path);

/* Create a temporary file "<dir>/.<name><sep>XXXXXX<suffix>" (sep is
 * "-" with suffix ".tmp", "." with suffix ""), mode 0600, and lock it.
 * Returns the open, locked descriptor (keep it open while the file is in
 * use; closing it releases the lock) and sets *tmppath (caller frees), or
 * -1 with errno set. */
int fileout_tmp_create(const char *dir, const char *name, const char *sep,
		       const char *suffix, char **tmppath);

/* A private, locked directory "<dir>/.casus-tmp-XXXXXX" (mode 0700) for a
 * library's own temporary files (libxlsxwriter creates and unlinks files
 * in its tmpdir; a kill in between would leave one under a name of its
 * choosing in the user's directory).  Returns the open, locked descriptor
 * of the directory and sets *tmpdir (caller frees), or -1 with errno set.
 * fileout_tmpdir_remove() empties and removes it and closes fd. */
int fileout_tmpdir_create(const char *dir, char **tmpdir);
void fileout_tmpdir_remove(const char *tmpdir, int fd);

/* Remove the leftovers (see above) in directory dir: temporary files of
 * casus's exact patterns that no running casus holds, and private
 * directories of fileout_tmpdir_create() that nobody holds (with the
 * files in them).  Returns how many
 * were removed.  Never fails: what cannot be checked is kept. */
int fileout_clean_stale(const char *dir);

/* Sync directory dir (after a rename into it); 0 or -1. */
int fileout_sync_dir(const char *dir);

#endif
