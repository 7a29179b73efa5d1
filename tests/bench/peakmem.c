/* peakmem.c - run a command and report its wall time and peak memory, for
 * tests/bench/run.sh (so the benchmark does not need /usr/bin/time).
 *
 *   peakmem [-q] [-l LABEL] COMMAND [ARG...]
 *
 * -q sends the command's standard output to /dev/null.  Prints
 *   "LABEL: 0.84 s, piekgeheugen 12.3 MB"
 * on standard output (LABEL defaults to the command line) and exits with
 * the command's exit status (125 when it could not be started, 128 + n
 * when it died of signal n).  The peak is the maximum resident set size
 * of the command as reported by wait4(). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	const char *label = NULL;
	char deflabel[512] = "";
	int quiet = 0, i = 1, status = 0;
	struct timespec t0, t1;
	struct rusage ru;
	pid_t pid;

	while (i < argc && argv[i][0] == '-') {
		if (strcmp(argv[i], "-q") == 0) {
			quiet = 1;
			i++;
		} else if (strcmp(argv[i], "-l") == 0 && i + 1 < argc) {
			label = argv[i + 1];
			i += 2;
		} else if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		} else {
			break;
		}
	}
	if (i >= argc) {
		fprintf(stderr, "gebruik: peakmem [-q] [-l LABEL] OPDRACHT [ARGUMENT...]\n");
		return 125;
	}
	if (!label) {
		size_t len = 0;
		for (int k = i; k < argc && len + 2 < sizeof deflabel; k++)
			len += (size_t)snprintf(deflabel + len, sizeof deflabel - len, "%s%s",
						k > i ? " " : "", argv[k]);
		label = deflabel;
	}

	fflush(stdout);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid = fork();
	if (pid < 0) {
		fprintf(stderr, "peakmem: fork: %s\n", strerror(errno));
		return 125;
	}
	if (pid == 0) {
		if (quiet) {
			int fd = open("/dev/null", O_WRONLY);
			if (fd >= 0) {
				dup2(fd, STDOUT_FILENO);
				close(fd);
			}
		}
		execvp(argv[i], argv + i);
		fprintf(stderr, "peakmem: %s: %s\n", argv[i], strerror(errno));
		_exit(125);
	}
	memset(&ru, 0, sizeof ru);
	while (wait4(pid, &status, 0, &ru) < 0) {
		if (errno != EINTR) {
			fprintf(stderr, "peakmem: wait4: %s\n", strerror(errno));
			return 125;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%s: %.2f s, piekgeheugen %.1f MB\n", label,
	       (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9,
	       ru.ru_maxrss / 1024.0);
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return 125;
}
