#define _GNU_SOURCE
#include "platform.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <string.h>
#include <stdlib.h>
#include <sys/file.h>
#include <sys/stat.h>

#include "text.h"
#include <time.h>
#include <unistd.h>

static _Thread_local uint32_t last_error;
static pthread_mutex_t state_mutex = PTHREAD_MUTEX_INITIALIZER;

void platform_set_last_error(uint32_t code) { last_error = code; }
uint32_t platform_last_error(void) { return last_error; }

void platform_lock(void) { pthread_mutex_lock(&state_mutex); }
void platform_unlock(void) { pthread_mutex_unlock(&state_mutex); }

void platform_sleep_ms(uint32_t ms) {
    struct timespec wait = {.tv_sec = ms / 1000, .tv_nsec = (long)(ms % 1000) * 1000000L};
    while (nanosleep(&wait, &wait) == -1 && errno == EINTR) {
    }
}

intptr_t platform_lock_file(const char *path) {
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return -1;
    while (flock(fd, LOCK_EX) == -1) {
        if (errno != EINTR) {
            close(fd);
            return -1;
        }
    }
    return fd;
}

void platform_unlock_file(intptr_t token) {
    if (token < 0) return;
    flock((int)token, LOCK_UN);
    close((int)token);
}

/* fcntl locks belong to the process and vanish when it closes any descriptor of the file, so
 * the byte-lock file stays open while this process holds any lock in it, and is closed when the
 * last one goes (so the folder holding it can be removed). Guarded by the state mutex. */
static int byte_lock_fd = -1;
static char *byte_lock_path;
static unsigned byte_locks_held;

static int byte_lock_file(const char *path) {
    if (byte_lock_fd >= 0 && strcmp(byte_lock_path, path) == 0) return byte_lock_fd;
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return -1;
    if (byte_lock_fd >= 0) {
        close(byte_lock_fd);
        free(byte_lock_path);
    }
    byte_lock_fd = fd;
    byte_lock_path = strdup(path);
    return fd;
}

static int set_byte_lock(int fd, short type, uint64_t offset) {
    struct flock lock = {.l_type = type, .l_whence = SEEK_SET, .l_start = (off_t)offset, .l_len = 1};
    return fcntl(fd, F_SETLK, &lock);
}

bool platform_try_lock_byte(const char *path, uint64_t offset) {
    int fd = byte_lock_file(path);
    /* Without a lock file, exclusivity across processes cannot be enforced; within it, it still is. */
    if (fd < 0) return true;
    if (set_byte_lock(fd, F_WRLCK, offset) != 0) return false;
    byte_locks_held++;
    return true;
}

void platform_unlock_byte(const char *path, uint64_t offset) {
    if (byte_lock_fd < 0 || strcmp(byte_lock_path, path) != 0) return;
    set_byte_lock(byte_lock_fd, F_UNLCK, offset);
    if (byte_locks_held > 0 && --byte_locks_held == 0) {
        close(byte_lock_fd);
        free(byte_lock_path);
        byte_lock_fd = -1;
        byte_lock_path = NULL;
    }
}

int platform_file_stamp(const char *path, file_stamp *stamp) {
    struct stat st;
    if (stat(path, &st) != 0) return errno == ENOENT ? 1 : -1;
    stamp->volume = (uint64_t)st.st_dev;
    stamp->index = (uint64_t)st.st_ino;
    stamp->size = (uint64_t)st.st_size;
    stamp->modified = (uint64_t)st.st_mtim.tv_sec * 1000000000ull + (uint64_t)st.st_mtim.tv_nsec;
    return 0;
}

bool platform_make_dir(const char *path) { return mkdir(path, 0700) == 0 || errno == EEXIST; }

bool platform_flush_to_disk(FILE *file) { return fflush(file) == 0 && fsync(fileno(file)) == 0; }

bool platform_replace_file(const char *from, const char *to) { return rename(from, to) == 0; }

FILE *platform_open_for_reading(const char *path) { return fopen(path, "rb"); }

FILE *platform_create_replacement(const char *temporary, const char *target) {
    struct stat existing;
    bool replaces = stat(target, &existing) == 0;
    /* Created private, then given the target's owner and mode: never readable by more than both allow. */
    int fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, replaces ? 0600 : 0666);
    if (fd < 0) return NULL;
    if (replaces) {
        /* Owner before mode: changing the owner clears set-id bits, which the mode then restores.
         * Only root may give a file away; anyone may set a group they belong to; else the writer keeps it. */
        if (fchown(fd, existing.st_uid, existing.st_gid) != 0 && fchown(fd, (uid_t)-1, existing.st_gid) != 0) {
        }
        if (fchmod(fd, existing.st_mode & 07777) != 0) {
            int saved = errno;
            close(fd);
            unlink(temporary);
            errno = saved;
            return NULL;
        }
    }
    FILE *file = fdopen(fd, "wb");
    if (!file) {
        int saved = errno;
        close(fd);
        unlink(temporary);
        errno = saved;
    }
    return file;
}

const char *platform_os_error_text(void) { return strerror(errno); }

void platform_remove_file(const char *path) { unlink(path); }

long platform_process_id(void) { return (long)getpid(); }

char *platform_state_dir(void) {
    const char *state_home = getenv("XDG_STATE_HOME");
    if (state_home && *state_home) return text_format("%s/faxbridge", state_home);
    const char *home = getenv("HOME");
    return text_format("%s/.local/state/faxbridge", home ? home : ".");
}

char *platform_getenv(const char *name) {
    const char *value = getenv(name);
    return value ? strdup(value) : NULL;
}
