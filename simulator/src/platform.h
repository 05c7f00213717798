/* What differs between operating systems: the thread's last error, the lock, sleeping, files and
 * cross-process file locks. platform_posix.c serves Linux and macOS, platform_windows.c the
 * winfax.dll build; nothing else in the simulator touches the operating system directly. */
#ifndef FAXSIM_PLATFORM_H
#define FAXSIM_PLATFORM_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* Exported functions: visible outside the library, with WINAPI's calling convention. */
#ifdef _WIN32
#define FAXSIM_EXPORT __declspec(dllexport)
#define FAXSIM_API __stdcall
#else
#define FAXSIM_EXPORT __attribute__((visibility("default")))
#define FAXSIM_API
#endif

void platform_set_last_error(uint32_t code);
uint32_t platform_last_error(void);

void platform_lock(void);
void platform_unlock(void);

void platform_sleep_ms(uint32_t ms);

/* An exclusive advisory lock on a whole file, blocking; returns a token for unlock, or -1. */
intptr_t platform_lock_file(const char *path);
void platform_unlock_file(intptr_t token);

/* A non-blocking exclusive lock on one byte of `path`, held by this process until released.
 * Returns true when taken; false when another process holds it. */
bool platform_try_lock_byte(const char *path, uint64_t offset);
void platform_unlock_byte(const char *path, uint64_t offset);

/* What identifies one version of a file: a rename over it or any write changes it. */
typedef struct {
    uint64_t volume, index, size, modified;
} file_stamp;

/* 0 with *stamp filled, 1 when the file does not exist, -1 on any other error. */
int platform_file_stamp(const char *path, file_stamp *stamp);
bool platform_make_dir(const char *path); /* true if it exists afterwards */
bool platform_flush_to_disk(FILE *file);
/* Atomic rename over `to`. On Windows it waits up to 2 s for another process to close `to`. */
bool platform_replace_file(const char *from, const char *to);
/* Opens a file to read in binary, letting other processes replace it meanwhile. NULL on failure. */
FILE *platform_open_for_reading(const char *path);
/* Creates `temporary` for writing, to be renamed over `target` later. On POSIX it gets the mode
 * and, where the process may set it, the owner and group of an existing `target` (a rename would
 * otherwise reset them to the writer's umask and identity); a new target gets 0666 less the umask.
 * On Windows the replacement carries the security the folder gives new files. NULL on failure. */
FILE *platform_create_replacement(const char *temporary, const char *target);
/* Why the last file operation failed, in words (strerror, or the Windows error number). */
const char *platform_os_error_text(void);
void platform_remove_file(const char *path);
long platform_process_id(void);
/* An environment variable as the process sees it now (malloc'd), or NULL. On Windows the C
 * runtime's getenv misses variables the host set later (Node uses SetEnvironmentVariableW). */
char *platform_getenv(const char *name);
/* The folder of the per-user default state: $XDG_STATE_HOME/faxbridge or
 * ~/.local/state/faxbridge, and %LOCALAPPDATA%\FaxBridge on Windows. Malloc'd. */
char *platform_state_dir(void);

#endif
