#include "diagnostic.h"

#include <stdarg.h>
#include <stdio.h>

/* Per thread, like the last error it accompanies; a fixed buffer, so a thread that exits leaks nothing. */
static _Thread_local char text[1024];

void diagnostic_clear(void) { text[0] = '\0'; }

void diagnostic_set(const char *format, ...) {
    va_list args;
    va_start(args, format);
    vsnprintf(text, sizeof text, format, args);
    va_end(args);
}

const char *diagnostic_get(void) { return text; }
