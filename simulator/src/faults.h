/* Fault injection: the nth call of a named function fails with a chosen code and does nothing. */
#ifndef FAXSIM_FAULTS_H
#define FAXSIM_FAULTS_H

#include <stdbool.h>
#include <stdint.h>

/* Counts a call of `function`; true (with *code set) when an armed fault fires on this call. */
bool fault_fires(const char *function, uint32_t *code);
bool fault_arm(const char *function, uint32_t nth, uint32_t code);
void fault_clear_all(void);

#endif
