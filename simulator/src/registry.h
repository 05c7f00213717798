/* Live handles and buffers. Every handle a caller passes in is looked up here before it is used,
 * so a closed, forged or foreign pointer is reported, never dereferenced. Call under the lock. */
#ifndef FAXSIM_REGISTRY_H
#define FAXSIM_REGISTRY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum { HANDLE_SERVER = 1, HANDLE_PORT = 2 } handle_kind;

typedef struct {
    handle_kind kind;
    char *server;        /* the server's name as the state file spells it */
    uint32_t device_id;  /* port handles */
    uint32_t access;     /* PORT_OPEN_* */
    char *byte_lock_file; /* modify handles hold a byte lock there for cross-process exclusivity */
    uint64_t byte_lock_offset;
} sim_handle;

sim_handle *handle_open(handle_kind kind, const char *server);
/* The live handle `h` of `kind`, or NULL. */
sim_handle *handle_find(const void *h, handle_kind kind);
void handle_close(sim_handle *handle);
/* True when a live handle of this process modifies that device. */
bool handle_modifying(const char *server, uint32_t device_id);
uint32_t handle_count(handle_kind kind);

void *buffer_alloc(size_t bytes);
/* Frees a buffer this library returned; false (and nothing done) for any other pointer. */
bool buffer_free(void *buffer);
uint32_t buffer_count(void);

#endif
