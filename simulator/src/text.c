#include "text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *text_format(const char *format, ...) {
    va_list args;
    va_start(args, format);
    int length = vsnprintf(NULL, 0, format, args);
    va_end(args);
    if (length < 0) return NULL;
    char *out = malloc((size_t)length + 1);
    if (!out) return NULL;
    va_start(args, format);
    vsnprintf(out, (size_t)length + 1, format, args);
    va_end(args);
    return out;
}

static char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c; }

bool text_equal_ignoring_case(const char *a, const char *b) {
    for (; *a && *b; a++, b++) {
        if (lower(*a) != lower(*b)) return false;
    }
    return *a == *b;
}

const char *text_find_ignoring_case(const char *haystack, const char *needle) {
    size_t n = strlen(needle);
    for (; *haystack; haystack++) {
        size_t i = 0;
        while (i < n && haystack[i] && lower(haystack[i]) == lower(needle[i])) i++;
        if (i == n) return haystack;
    }
    return n == 0 ? haystack : NULL;
}

char *text_next_token(char **cursor, char separator) {
    char *start = *cursor;
    while (start && *start == separator) start++;
    if (!start || !*start) {
        *cursor = NULL;
        return NULL;
    }
    char *end = strchr(start, separator);
    if (end) {
        *end = '\0';
        *cursor = end + 1;
    } else {
        *cursor = NULL;
    }
    return start;
}
