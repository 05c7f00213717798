/* The calling thread's explanation of its last failure, beyond the Win32 code: which file, which
 * line, what was wrong. Read by FaxSimGetLastDiagnostic; every exported call starts by clearing it,
 * so a diagnostic never outlives the failure it explains. */
#ifndef FAXSIM_DIAGNOSTIC_H
#define FAXSIM_DIAGNOSTIC_H

void diagnostic_clear(void);
/* Records a printf-style sentence (cut at 1023 bytes) for the current failure. */
void diagnostic_set(const char *format, ...) __attribute__((format(printf, 1, 2)));
/* The recorded sentence, or "" when the last call left none. Valid until the thread's next call. */
const char *diagnostic_get(void);

#endif
