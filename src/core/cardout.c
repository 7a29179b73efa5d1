/* cardout.c - a client card as text to a file or to lpr (see cardout.h). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cardout.h"
#include "db.h"
#include "fileout.h"
#include "util.h"

static int write_all(int fd, const char *s, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, s, n);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

int cardout_write(const char *path, const char *text, int overwrite, char *msg, size_t msgsz)
{
	char *real = NULL, *dir = NULL, *tmp = NULL;
	int exists = 0, fd = -1, rc = CASUS_OK, e;

	msg[0] = '\0';
	if (fileout_target(path, &real, &exists, msg, msgsz) != 0)
		return CASUS_INVALID;
	if (exists && !overwrite) {
		snprintf(msg, msgsz, "%s bestaat al.", path);
		rc = CASUS_CONFLICT;
		goto out;
	}
	dir = fileout_dir(real);
	fd = fileout_tmp_create(dir, "casus-kaart", "-", ".tmp", &tmp);
	if (fd < 0) {
		e = errno;
		snprintf(msg, msgsz, "kan niet schrijven in map %s: %s", dir, fileout_errno_nl(e));
		rc = e == ENOENT || e == ENOTDIR || e == EACCES ? CASUS_INVALID : CASUS_DISK;
		goto out;
	}
	if (write_all(fd, text, strlen(text)) != 0 || fsync(fd) != 0) {
		e = errno;
		snprintf(msg, msgsz, "%s: schrijven mislukt: %s", path, fileout_errno_nl(e));
		unlink(tmp);
		rc = CASUS_DISK;
		goto out;
	}
	if (rename(tmp, real) != 0) {
		e = errno;
		snprintf(msg, msgsz, "%s: schrijven mislukt: %s", path, fileout_errno_nl(e));
		unlink(tmp);
		rc = CASUS_DISK;
		goto out;
	}
	fileout_sync_dir(dir);
out:
	if (fd >= 0)
		close(fd);
	free(tmp);
	free(dir);
	free(real);
	return rc;
}

int cardout_lpr_available(void)
{
	const char *path = getenv("PATH");
	char *copy, *save = NULL, *d;
	int found = 0;

	if (!path || !*path)
		return 0;
	copy = xstrdup(path);
	for (d = strtok_r(copy, ":", &save); d && !found; d = strtok_r(NULL, ":", &save)) {
		char *p = xasprintf("%s/lpr", *d ? d : ".");
		struct stat st;

		found = stat(p, &st) == 0 && S_ISREG(st.st_mode) && access(p, X_OK) == 0;
		free(p);
	}
	free(copy);
	return found;
}

/* The child: stdin from the pipe, stdout and stderr to /dev/null (the
 * screen belongs to casus), then lpr from $PATH. */
static void lpr_child(int rfd)
{
	int null = open("/dev/null", O_WRONLY);

	if (dup2(rfd, STDIN_FILENO) < 0)
		_exit(127);
	if (null >= 0) {
		dup2(null, STDOUT_FILENO);
		dup2(null, STDERR_FILENO);
	}
	close(rfd);
	execlp("lpr", "lpr", (char *)NULL);
	_exit(127);
}

int cardout_lpr(const char *text, char *msg, size_t msgsz)
{
	int p[2], status = 0, wr;
	pid_t pid;
	struct sigaction ign, old;

	msg[0] = '\0';
	if (!cardout_lpr_available()) {
		snprintf(msg, msgsz, "lpr is niet gevonden; schrijf de kaart naar een bestand.");
		return CASUS_ERROR;
	}
	if (pipe(p) != 0) {
		snprintf(msg, msgsz, "lpr kon niet worden gestart: %s", fileout_errno_nl(errno));
		return CASUS_ERROR;
	}
	pid = fork();
	if (pid < 0) {
		snprintf(msg, msgsz, "lpr kon niet worden gestart: %s", fileout_errno_nl(errno));
		close(p[0]);
		close(p[1]);
		return CASUS_ERROR;
	}
	if (pid == 0) {
		close(p[1]);
		lpr_child(p[0]);
	}
	close(p[0]);
	/* lpr ending early must not kill casus */
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &ign, &old);
	wr = write_all(p[1], text, strlen(text));
	close(p[1]);
	sigaction(SIGPIPE, &old, NULL);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (!WIFEXITED(status) || WEXITSTATUS(status) == 127) {
		snprintf(msg, msgsz, "lpr kon niet worden gestart.");
		return CASUS_ERROR;
	}
	if (WEXITSTATUS(status) != 0 || wr != 0) {
		snprintf(msg, msgsz, "lpr meldde een fout (status %d); controleer de printer.", WEXITSTATUS(status));
		return CASUS_ERROR;
	}
	return CASUS_OK;
}
