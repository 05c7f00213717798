#include "utf16.h"

#include <stdint.h>
#include <stdlib.h>

/* Decodes one code point; advances *p. Malformed sequences yield U+FFFD and consume one byte. */
static uint32_t next_code_point(const unsigned char **p) {
    const unsigned char *s = *p;
    uint32_t c = s[0];
    int extra;
    uint32_t min;
    if (c < 0x80) { *p = s + 1; return c; }
    if ((c & 0xE0) == 0xC0) { extra = 1; c &= 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { extra = 2; c &= 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { extra = 3; c &= 0x07; min = 0x10000; }
    else { *p = s + 1; return 0xFFFD; }
    for (int i = 1; i <= extra; i++) {
        if ((s[i] & 0xC0) != 0x80) { *p = s + 1; return 0xFFFD; }
        c = (c << 6) | (s[i] & 0x3F);
    }
    *p = s + 1 + extra;
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0xFFFD;
    return c;
}

size_t utf16_length(const char *utf8) {
    size_t units = 0;
    const unsigned char *p = (const unsigned char *)utf8;
    while (*p) units += next_code_point(&p) >= 0x10000 ? 2 : 1;
    return units;
}

char16_t *utf16_write(const char *utf8, char16_t *out) {
    const unsigned char *p = (const unsigned char *)utf8;
    char16_t *w = out;
    while (*p) {
        uint32_t c = next_code_point(&p);
        if (c >= 0x10000) {
            c -= 0x10000;
            *w++ = (char16_t)(0xD800 + (c >> 10));
            *w++ = (char16_t)(0xDC00 + (c & 0x3FF));
        } else {
            *w++ = (char16_t)c;
        }
    }
    *w = 0;
    return out;
}

size_t utf16_units(const char16_t *utf16) {
    size_t n = 0;
    while (utf16[n]) n++;
    return n;
}

char *utf16_to_utf8(const char16_t *utf16) {
    size_t units = utf16_units(utf16);
    char *out = malloc(units * 3 + 1);
    if (!out) return NULL;
    char *w = out;
    for (size_t i = 0; i < units; i++) {
        uint32_t c = utf16[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < units && utf16[i + 1] >= 0xDC00 && utf16[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (utf16[i + 1] - 0xDC00);
            i++;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            c = 0xFFFD;
        }
        if (c < 0x80) *w++ = (char)c;
        else if (c < 0x800) { *w++ = (char)(0xC0 | (c >> 6)); *w++ = (char)(0x80 | (c & 0x3F)); }
        else if (c < 0x10000) { *w++ = (char)(0xE0 | (c >> 12)); *w++ = (char)(0x80 | ((c >> 6) & 0x3F)); *w++ = (char)(0x80 | (c & 0x3F)); }
        else { *w++ = (char)(0xF0 | (c >> 18)); *w++ = (char)(0x80 | ((c >> 12) & 0x3F)); *w++ = (char)(0x80 | ((c >> 6) & 0x3F)); *w++ = (char)(0x80 | (c & 0x3F)); }
    }
    *w = 0;
    return out;
}
