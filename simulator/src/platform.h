/* What differs between operating systems: the thread's last error, the lock, sleeping, and
 * cross-process file locks. A Windows build of the simulator replaces platform.c only. */
#ifndef FAXSIM_PLATFORM_H
#define FAXSIM_PLATFORM_H

#include <stdbool.h>
#include <stdint.h>

void platform_set_last_error(uint32_t code);
uint32_t platform_last_error(void);

void platform_lock(void);
void platform_unlock(void);

void platform_sleep_ms(uint32_t ms);

/* An exclusive advisory lock on a whole file, blocking; returns a token for unlock, or -1. */
int platform_lock_file(const char *path);
void platform_unlock_file(int token);

/* A non-blocking exclusive lock on one byte of `path`, held by this process until released.
 * Returns true when taken; false when another process holds it. */
bool platform_try_lock_byte(const char *path, uint64_t offset);
void platform_unlock_byte(const char *path, uint64_t offset);

#endif
