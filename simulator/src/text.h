/* Small string helpers the C library lacks on one platform or the other. */
#ifndef FAXSIM_TEXT_H
#define FAXSIM_TEXT_H

#include <stdbool.h>

/* A malloc'd string built like printf, or NULL when out of memory. */
char *text_format(const char *format, ...) __attribute__((format(printf, 1, 2)));
/* ASCII case-insensitive comparison and search (names, GUIDs and hosts are ASCII). */
bool text_equal_ignoring_case(const char *a, const char *b);
const char *text_find_ignoring_case(const char *haystack, const char *needle);
/* Cuts the next `separator`-delimited piece off *cursor (in place); NULL when none is left. */
char *text_next_token(char **cursor, char separator);

#endif
