#define _GNU_SOURCE
#include "faults.h"

#include <stdlib.h>
#include <string.h>

#include <stdio.h>

#include "platform.h"
#include "text.h"

static const char *const FUNCTIONS[] = {
    "FaxConnectFaxServerW", "FaxClose", "FaxEnumPortsW", "FaxOpenPort", "FaxGetPortW", "FaxSetPortW",
    "FaxGetDeviceStatusW", "FaxFreeBuffer", "FaxEnumRoutingMethodsW", "FaxEnableRoutingMethodW",
    "FaxGetConfigurationW", "FaxSetConfigurationW", "FaxEnumJobsW", "FaxGetJobW", "FaxSetJobW", "FaxAbort",
};
#define FUNCTION_COUNT (sizeof FUNCTIONS / sizeof FUNCTIONS[0])

static struct {
    uint32_t calls; /* since the fault was armed */
    uint32_t nth;   /* 0: not armed */
    uint32_t code;
} faults[FUNCTION_COUNT];

static int function_index(const char *name) {
    for (size_t i = 0; i < FUNCTION_COUNT; i++) {
        if (name && strcmp(FUNCTIONS[i], name) == 0) return (int)i;
    }
    return -1;
}

bool fault_fires(const char *function, uint32_t *code) {
    int i = function_index(function);
    if (i < 0 || faults[i].nth == 0) return false;
    if (++faults[i].calls != faults[i].nth) return false;
    faults[i].nth = 0;
    *code = faults[i].code;
    return true;
}

bool fault_arm(const char *function, uint32_t nth, uint32_t code) {
    int i = function_index(function);
    if (i < 0 || nth == 0) return false;
    faults[i].calls = 0;
    faults[i].nth = nth;
    faults[i].code = code;
    return true;
}

void fault_clear_all(void) { memset(faults, 0, sizeof faults); }

/* FAXBRIDGE_SIM_FAULT=Function:nth:code[,Function:nth:code…], armed as the library loads, for
 * tests that drive another process. Malformed entries are ignored with a note on stderr. */
__attribute__((constructor)) static void arm_from_environment(void) {
    char *copy = platform_getenv("FAXBRIDGE_SIM_FAULT"), *cursor = copy;
    if (!copy) return;
    for (char *item; (item = text_next_token(&cursor, ',')) != NULL;) {
        char name[64];
        unsigned nth, code;
        char extra;
        if (sscanf(item, "%63[^:]:%u:%u%c", name, &nth, &code, &extra) != 3 || !fault_arm(name, nth, code)) {
            fprintf(stderr, "winfax simulator: ignoring malformed FAXBRIDGE_SIM_FAULT entry \"%s\"\n", item);
        }
    }
    free(copy);
}
