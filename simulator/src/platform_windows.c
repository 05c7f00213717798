/* The Windows side of platform.h, for the simulator built as winfax.dll with mingw-w64: the
 * last error is the thread's own (SetLastError/GetLastError), exactly as the real winfax.dll. */
#include "platform.h"

#include <fcntl.h>
#include <io.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

#include "text.h"

void platform_set_last_error(uint32_t code) { SetLastError(code); }
uint32_t platform_last_error(void) { return GetLastError(); }

static SRWLOCK state_lock = SRWLOCK_INIT;
void platform_lock(void) { AcquireSRWLockExclusive(&state_lock); }
void platform_unlock(void) { ReleaseSRWLockExclusive(&state_lock); }

void platform_sleep_ms(uint32_t ms) { Sleep(ms); }

static HANDLE open_shared(const char *path, DWORD access, DWORD disposition) {
    return CreateFileA(path, access, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL, disposition,
                       FILE_ATTRIBUTE_NORMAL | FILE_FLAG_BACKUP_SEMANTICS, NULL);
}

static bool lock_range(HANDLE file, uint64_t offset, DWORD flags) {
    OVERLAPPED at = {0};
    at.Offset = (DWORD)(offset & 0xFFFFFFFFu);
    at.OffsetHigh = (DWORD)(offset >> 32);
    return LockFileEx(file, flags, 0, 1, 0, &at) != 0;
}

static void unlock_range(HANDLE file, uint64_t offset) {
    OVERLAPPED at = {0};
    at.Offset = (DWORD)(offset & 0xFFFFFFFFu);
    at.OffsetHigh = (DWORD)(offset >> 32);
    UnlockFileEx(file, 0, 1, 0, &at);
}

intptr_t platform_lock_file(const char *path) {
    HANDLE file = open_shared(path, GENERIC_READ | GENERIC_WRITE, OPEN_ALWAYS);
    if (file == INVALID_HANDLE_VALUE) return -1;
    if (!lock_range(file, 0, LOCKFILE_EXCLUSIVE_LOCK)) {
        CloseHandle(file);
        return -1;
    }
    return (intptr_t)file;
}

void platform_unlock_file(intptr_t token) {
    if (token < 0) return;
    unlock_range((HANDLE)token, 0);
    CloseHandle((HANDLE)token);
}

/* One handle to the byte-lock file while this process holds any lock in it, closed with the
 * last one (an open file cannot be deleted on Windows); guarded by the state lock. */
static HANDLE byte_lock_handle = INVALID_HANDLE_VALUE;
static char *byte_lock_path;
static unsigned byte_locks_held;

static HANDLE byte_lock_file(const char *path) {
    if (byte_lock_handle != INVALID_HANDLE_VALUE && strcmp(byte_lock_path, path) == 0) return byte_lock_handle;
    HANDLE file = open_shared(path, GENERIC_READ | GENERIC_WRITE, OPEN_ALWAYS);
    if (file == INVALID_HANDLE_VALUE) return file;
    if (byte_lock_handle != INVALID_HANDLE_VALUE) {
        CloseHandle(byte_lock_handle);
        free(byte_lock_path);
    }
    byte_lock_handle = file;
    byte_lock_path = strdup(path);
    return file;
}

bool platform_try_lock_byte(const char *path, uint64_t offset) {
    HANDLE file = byte_lock_file(path);
    if (file == INVALID_HANDLE_VALUE) return true;
    if (!lock_range(file, offset, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY)) return false;
    byte_locks_held++;
    return true;
}

void platform_unlock_byte(const char *path, uint64_t offset) {
    if (byte_lock_handle == INVALID_HANDLE_VALUE || strcmp(byte_lock_path, path) != 0) return;
    unlock_range(byte_lock_handle, offset);
    if (byte_locks_held > 0 && --byte_locks_held == 0) {
        CloseHandle(byte_lock_handle);
        free(byte_lock_path);
        byte_lock_handle = INVALID_HANDLE_VALUE;
        byte_lock_path = NULL;
    }
}

int platform_file_stamp(const char *path, file_stamp *stamp) {
    HANDLE file = open_shared(path, 0, OPEN_EXISTING);
    if (file == INVALID_HANDLE_VALUE) {
        DWORD error = GetLastError();
        return (error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND) ? 1 : -1;
    }
    BY_HANDLE_FILE_INFORMATION info;
    BOOL ok = GetFileInformationByHandle(file, &info);
    CloseHandle(file);
    if (!ok) return -1;
    stamp->volume = info.dwVolumeSerialNumber;
    stamp->index = ((uint64_t)info.nFileIndexHigh << 32) | info.nFileIndexLow;
    stamp->size = ((uint64_t)info.nFileSizeHigh << 32) | info.nFileSizeLow;
    stamp->modified = ((uint64_t)info.ftLastWriteTime.dwHighDateTime << 32) | info.ftLastWriteTime.dwLowDateTime;
    return 0;
}

bool platform_make_dir(const char *path) { return CreateDirectoryA(path, NULL) || GetLastError() == ERROR_ALREADY_EXISTS; }

bool platform_flush_to_disk(FILE *file) {
    return fflush(file) == 0 && FlushFileBuffers((HANDLE)_get_osfhandle(_fileno(file)));
}

/* Windows refuses to rename over a file that another process has open without FILE_SHARE_DELETE
 * (the C runtime's fopen, .NET's File.ReadAllText, an editor, a virus scanner), with
 * ERROR_ACCESS_DENIED or ERROR_SHARING_VIOLATION, where POSIX replaces it under the reader. Such
 * readers let go within moments, so the replace waits for them for a bounded time; a read-only
 * target is refused at once, as waiting cannot change it. */
enum { REPLACE_PATIENCE_MS = 2000, REPLACE_RETRY_MS = 10 };

static bool is_read_only(const char *path) {
    DWORD attributes = GetFileAttributesA(path);
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_READONLY);
}

bool platform_replace_file(const char *from, const char *to) {
    for (unsigned waited = 0;; waited += REPLACE_RETRY_MS) {
        if (MoveFileExA(from, to, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) return true;
        DWORD error = GetLastError();
        bool held_open = error == ERROR_ACCESS_DENIED || error == ERROR_SHARING_VIOLATION;
        if (!held_open || waited >= REPLACE_PATIENCE_MS || is_read_only(to)) {
            SetLastError(error);
            return false;
        }
        Sleep(REPLACE_RETRY_MS);
    }
}

FILE *platform_open_for_reading(const char *path) {
    /* Shared for deletion too, so that another process may replace the file while this one reads. */
    HANDLE file = open_shared(path, GENERIC_READ, OPEN_EXISTING);
    if (file == INVALID_HANDLE_VALUE) return NULL;
    int fd = _open_osfhandle((intptr_t)file, _O_RDONLY | _O_BINARY);
    if (fd < 0) {
        CloseHandle(file);
        return NULL;
    }
    FILE *in = _fdopen(fd, "rb");
    if (!in) _close(fd);
    return in;
}

FILE *platform_create_replacement(const char *temporary, const char *target) {
    /* MoveFileEx gives the replacement the ACL the folder grants new files, not the old file's own
     * entries; a read-only state file makes the rename fail (ERROR_ACCESS_DENIED) and stays as it was. */
    (void)target;
    return fopen(temporary, "wb");
}

const char *platform_os_error_text(void) {
    static _Thread_local char text[64];
    snprintf(text, sizeof text, "Windows error %lu", (unsigned long)GetLastError());
    return text;
}

void platform_remove_file(const char *path) { DeleteFileA(path); }

long platform_process_id(void) { return (long)GetCurrentProcessId(); }

char *platform_state_dir(void) {
    char *local = platform_getenv("LOCALAPPDATA");
    char *dir = text_format("%s\\FaxBridge", local && *local ? local : ".");
    free(local);
    return dir;
}

char *platform_getenv(const char *name) {
    DWORD size = GetEnvironmentVariableA(name, NULL, 0);
    if (size == 0) return NULL;
    char *value = malloc(size);
    if (value && GetEnvironmentVariableA(name, value, size) >= size) {
        free(value);
        return NULL;
    }
    return value;
}
