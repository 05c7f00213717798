#define _GNU_SOURCE
#include "registry.h"
#include "abi.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"

typedef struct {
    void **items;
    size_t count, capacity;
} pointer_set;

static pointer_set handles, buffers;

static bool set_add(pointer_set *set, void *item) {
    if (set->count == set->capacity) {
        size_t capacity = set->capacity ? set->capacity * 2 : 16;
        void **bigger = realloc(set->items, capacity * sizeof *bigger);
        if (!bigger) return false;
        set->items = bigger;
        set->capacity = capacity;
    }
    set->items[set->count++] = item;
    return true;
}

static long set_index(const pointer_set *set, const void *item) {
    for (size_t i = set->count; i-- > 0;) {
        if (set->items[i] == item) return (long)i;
    }
    return -1;
}

static void set_remove_at(pointer_set *set, size_t index) {
    set->items[index] = set->items[--set->count];
}

sim_handle *handle_open(handle_kind kind, const char *server) {
    sim_handle *handle = calloc(1, sizeof *handle);
    if (!handle) return NULL;
    handle->kind = kind;
    handle->server = strdup(server);
    if (!handle->server || !set_add(&handles, handle)) {
        free(handle->server);
        free(handle);
        return NULL;
    }
    return handle;
}

sim_handle *handle_find(const void *h, handle_kind kind) {
    if (!h) return NULL;
    long index = set_index(&handles, h);
    if (index < 0) return NULL;
    sim_handle *handle = handles.items[index];
    return handle->kind == kind ? handle : NULL;
}

void handle_close(sim_handle *handle) {
    long index = set_index(&handles, handle);
    if (index < 0) return;
    set_remove_at(&handles, (size_t)index);
    free(handle->server);
    free(handle->byte_lock_file);
    free(handle);
}

bool handle_modifying(const char *server, uint32_t device_id) {
    for (size_t i = 0; i < handles.count; i++) {
        const sim_handle *h = handles.items[i];
        if (h->kind == HANDLE_PORT && (h->access & PORT_OPEN_MODIFY) && h->device_id == device_id && text_equal_ignoring_case(h->server, server)) return true;
    }
    return false;
}

uint32_t handle_count(handle_kind kind) {
    uint32_t n = 0;
    for (size_t i = 0; i < handles.count; i++) n += ((sim_handle *)handles.items[i])->kind == kind;
    return n;
}

void *buffer_alloc(size_t bytes) {
    void *buffer = calloc(1, bytes ? bytes : 1);
    if (buffer && !set_add(&buffers, buffer)) {
        free(buffer);
        return NULL;
    }
    return buffer;
}

bool buffer_free(void *buffer) {
    long index = set_index(&buffers, buffer);
    if (index < 0) return false;
    set_remove_at(&buffers, (size_t)index);
    free(buffer);
    return true;
}

uint32_t buffer_count(void) { return (uint32_t)buffers.count; }
