/* UTF-8 (the state file) to and from UTF-16 (what winfax.dll hands out). */
#ifndef FAXSIM_UTF16_H
#define FAXSIM_UTF16_H

#include <stddef.h>
#include <uchar.h>

/* Code units needed for `utf8`, without the terminating NUL. Invalid bytes become U+FFFD. */
size_t utf16_length(const char *utf8);
/* Writes the UTF-16 form and a NUL into `out` (utf16_length + 1 units); returns `out`. */
char16_t *utf16_write(const char *utf8, char16_t *out);
/* A malloc'd UTF-8 copy of a NUL-terminated UTF-16 string, or NULL when out of memory. */
char *utf16_to_utf8(const char16_t *utf16);
/* Number of UTF-16 code units before the NUL. */
size_t utf16_units(const char16_t *utf16);

#endif
