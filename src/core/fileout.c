/* fileout.c - targets that may be replaced, locked temporary files, and
 * the removal of leftovers (see fileout.h). */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fileout.h"
#include "util.h"

/* Every temporary file casus creates next to a target: the name with six
 * X for mkstemp's letters.  fileout_tmp_create() refuses a name that is not
 * here, so the cleaner knows every one. */
static const char *const fileout_patterns[] = {
	".registratie-XXXXXX.tmp",                 /* export -o (export_sink.c) */
	".casus-backup-XXXXXX.tmp",                /* backup (privacy.c) */
	".zelfevaluatie-XXXXXX.tmp",               /* zelfevaluatie export */
	".casus-kaart-XXXXXX.tmp",                 /* a card as text (cardout.c) */
	/* the export's findings: unlinked right after mkstemp (export.c),
	 * left only by a kill in between; never locked, removing it from
	 * under a running export does no harm */
	".bevindingen-XXXXXX",
	/* export --csv: one per sheet (CSV_NAMES in export.c) */
	".1-toelichting.csv.XXXXXX", ".2-deelnemerkenmerken.csv.XXXXXX",
	".3-situationele-kenmerken.csv.XXXXXX", ".4-voortraject.csv.XXXXXX",
	".5-startbaan.csv.XXXXXX", ".6-on-hold-uitval-einde.csv.XXXXXX",
	".7-tabellen.csv.XXXXXX", ".8-controle.csv.XXXXXX",
};
#define FILEOUT_NPATTERNS (sizeof fileout_patterns / sizeof fileout_patterns[0])

const char *fileout_errno_nl(int e)
{
	switch (e) {
	case ENOENT:  return "bestand of map bestaat niet";
	case ENOTDIR: return "een deel van het pad is geen map";
	case EISDIR:  return "is een map";
	case EACCES:
	case EPERM:   return "geen toestemming";
	case ENOSPC:  return "schijf vol";
	case EDQUOT:  return "schijfquotum bereikt";
	case EFBIG:   return "bestand te groot (schijf vol of bestandslimiet)";
	case EROFS:   return "alleen-lezen bestandssysteem";
	case EIO:     return "invoer/uitvoerfout";
	case ENAMETOOLONG: return "naam te lang";
	case EEXIST:  return "bestaat al";
	case ELOOP:   return "te veel symbolische verwijzingen (een kring?)";
	case EXDEV:   return "ligt op een ander bestandssysteem";
	case EBUSY:   return "in gebruik";
	case ETXTBSY: return "in gebruik";
	default:      return strerror(e);
	}
}

char *fileout_dir(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

/* "een pijp (FIFO)" etc. for what is not a regular file. */
static const char *fileout_kind(mode_t m)
{
	if (S_ISFIFO(m))
		return "een pijp (FIFO)";
	if (S_ISCHR(m) || S_ISBLK(m))
		return "een apparaat";
	if (S_ISSOCK(m))
		return "een socket";
	return "geen gewoon bestand";
}

int fileout_target(const char *path, char **real, int *exists, char *msg, size_t msgsz)
{
	struct stat lst, st;
	char *r;

	*real = NULL;
	*exists = 0;
	if (lstat(path, &lst) != 0) {
		if (errno == ENOENT || errno == ENOTDIR) {
			/* missing: the caller's check of the directory says why */
			*real = xstrdup(path);
			return 0;
		}
		snprintf(msg, msgsz, "kan %s niet schrijven: %s", path, fileout_errno_nl(errno));
		return -1;
	}
	if (S_ISLNK(lst.st_mode)) {
		if (stat(path, &st) != 0) {
			int e = errno;
			char to[PATH_MAX];
			ssize_t n = readlink(path, to, sizeof to - 1);

			to[n > 0 ? n : 0] = '\0';
			if (e == ENOENT)
				snprintf(msg, msgsz, "%s is een verwijzing naar %s, dat niet bestaat; "
					 "casus volgt geen verwijzing naar een bestand dat er niet is", path, to);
			else
				snprintf(msg, msgsz, "%s is een verwijzing naar %s: %s", path, to,
					 fileout_errno_nl(e));
			return -1;
		}
	} else {
		st = lst;
	}
	if (S_ISDIR(st.st_mode)) {
		snprintf(msg, msgsz, "%s is een map; geef een bestandsnaam op", path);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		snprintf(msg, msgsz, "%s is geen gewoon bestand maar %s; casus overschrijft "
			 "alleen gewone bestanden, kies een andere naam", path, fileout_kind(st.st_mode));
		return -1;
	}
	*exists = 1;
	if (!S_ISLNK(lst.st_mode)) {
		*real = xstrdup(path);
		return 0;
	}
	r = realpath(path, NULL);
	if (!r) {
		snprintf(msg, msgsz, "kan %s niet schrijven: %s", path, fileout_errno_nl(errno));
		return -1;
	}
	*real = xstrdup(r);
	free(r);
	return 0;
}

/* Is name one of fileout_patterns, with six mkstemp letters for XXXXXX? */
static int fileout_is_tmp_name(const char *name)
{
	size_t n = strlen(name);

	for (size_t i = 0; i < FILEOUT_NPATTERNS; i++) {
		const char *p = fileout_patterns[i];
		const char *x = strstr(p, "XXXXXX");
		size_t pre = (size_t)(x - p);

		if (n != strlen(p) || strncmp(name, p, pre) != 0 || strcmp(name + pre + 6, x + 6) != 0)
			continue;
		for (size_t k = pre; k < pre + 6; k++) {
			char c = name[k];
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
				goto next;
		}
		return 1;
next:;
	}
	return 0;
}

int fileout_tmp_create(const char *dir, const char *name, const char *sep,
		       const char *suffix, char **tmppath)
{
	for (int attempt = 0; attempt < 100; attempt++) {
		char *t = xasprintf("%s/.%s%sXXXXXX%s", dir, name, sep, suffix);
		const char *base = strrchr(t, '/') + 1;
		struct stat a, b;
		int fd, e;

		fd = mkostemps(t, (int)strlen(suffix), O_CLOEXEC);
		if (fd < 0) {
			e = errno;
			free(t);
			errno = e;
			return -1;
		}
		if (!fileout_is_tmp_name(base)) {
			/* a name the cleaner would not know: a programming error */
			unlink(t);
			close(fd);
			free(t);
			errno = EINVAL;
			return -1;
		}
		if (flock(fd, LOCK_EX) != 0) {
			/* no flock here: the cleaner cannot take it either */
			*tmppath = t;
			return fd;
		}
		/* a cleaner may have taken the file between mkstemp and flock */
		if (fstat(fd, &a) == 0 && stat(t, &b) == 0 && a.st_dev == b.st_dev &&
		    a.st_ino == b.st_ino) {
			*tmppath = t;
			return fd;
		}
		close(fd);
		free(t);
	}
	errno = EEXIST;
	return -1;
}

#define TMPDIR_PREFIX ".casus-tmp-"

/* Is name ".casus-tmp-" and six mkdtemp letters? */
static int fileout_is_tmpdir_name(const char *name)
{
	size_t n = strlen(TMPDIR_PREFIX);

	return strncmp(name, TMPDIR_PREFIX, n) == 0 && strlen(name) == n + 6 &&
		strchr(name + n, '/') == NULL;
}

/* Remove every non-directory entry of the directory open as fd. */
static void fileout_empty_dir(int fd)
{
	int dup_fd = dup(fd);
	DIR *d = dup_fd >= 0 ? fdopendir(dup_fd) : NULL;
	struct dirent *de;

	if (!d) {
		if (dup_fd >= 0)
			close(dup_fd);
		return;
	}
	rewinddir(d);
	while ((de = readdir(d)))
		if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
			unlinkat(fd, de->d_name, 0);
	closedir(d);
}

int fileout_tmpdir_create(const char *dir, char **tmpdir)
{
	for (int attempt = 0; attempt < 100; attempt++) {
		char *t = xasprintf("%s/" TMPDIR_PREFIX "XXXXXX", dir);
		struct stat a, b;
		int fd, e;

		if (!mkdtemp(t)) {
			e = errno;
			free(t);
			errno = e;
			return -1;
		}
		fd = open(t, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (fd < 0) {
			e = errno;
			rmdir(t);
			free(t);
			errno = e;
			return -1;
		}
		/* a cleaner may have taken the directory before the lock */
		if (flock(fd, LOCK_EX) != 0 ||
		    (fstat(fd, &a) == 0 && stat(t, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino)) {
			*tmpdir = t;
			return fd;
		}
		close(fd);
		free(t);
	}
	errno = EEXIST;
	return -1;
}

void fileout_tmpdir_remove(const char *tmpdir, int fd)
{
	if (fd < 0)
		return;
	fileout_empty_dir(fd);
	rmdir(tmpdir);
	close(fd);
}

/* A leftover private directory in dfd: removed with its files when it is
 * the user's and nobody holds it.  Returns 1 when removed. */
static int fileout_clean_tmpdir(int dfd, const char *name)
{
	struct stat st, now;
	int fd = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	int removed = 0;

	if (fd < 0)
		return 0;
	if (fstat(fd, &st) == 0 && st.st_uid == geteuid() && flock(fd, LOCK_EX | LOCK_NB) == 0 &&
	    fstatat(dfd, name, &now, AT_SYMLINK_NOFOLLOW) == 0 && now.st_dev == st.st_dev &&
	    now.st_ino == st.st_ino) {
		fileout_empty_dir(fd);
		removed = unlinkat(dfd, name, AT_REMOVEDIR) == 0;
	}
	close(fd);
	return removed;
}

int fileout_clean_stale(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int dfd, removed = 0;

	if (!d)
		return 0;
	dfd = dirfd(d);
	while ((de = readdir(d))) {
		struct stat st;
		int fd;

		if (fileout_is_tmpdir_name(de->d_name)) {
			removed += fileout_clean_tmpdir(dfd, de->d_name);
			continue;
		}
		if (!fileout_is_tmp_name(de->d_name))
			continue;
		fd = openat(dfd, de->d_name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
		if (fd < 0)
			continue;
		if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == geteuid() &&
		    flock(fd, LOCK_EX | LOCK_NB) == 0) {
			struct stat now;
			/* still the same file under that name? */
			if (fstatat(dfd, de->d_name, &now, AT_SYMLINK_NOFOLLOW) == 0 &&
			    now.st_dev == st.st_dev && now.st_ino == st.st_ino &&
			    unlinkat(dfd, de->d_name, 0) == 0)
				removed++;
		}
		close(fd);
	}
	closedir(d);
	return removed;
}

int fileout_sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int rc;

	if (fd < 0)
		return -1;
	rc = fsync(fd);
	if (rc != 0 && (errno == EINVAL || errno == EBADF))
		rc = 0;        /* some file systems cannot sync directories */
	close(fd);
	return rc;
}
