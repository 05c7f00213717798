/* The exported Fax Client API. Each function: count the call for fault injection, check its
 * arguments and handles the way the service does ([MS-FAX] 3.1.4.1), wait out the server's
 * simulated latency outside the lock, then act on the state under the lock. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abi.h"
#include "diagnostic.h"
#include "faults.h"
#include "platform.h"
#include "registry.h"
#include "state.h"
#include "text.h"
#include "utf16.h"

/* Every export: visible, and __stdcall where that differs (32-bit Windows), as WINAPI is. */
#define EXPORT FAXSIM_EXPORT

static BOOL fail(uint32_t code) {
    platform_set_last_error(code);
    return FALSE;
}

static BOOL succeed(void) {
    platform_set_last_error(ERROR_SUCCESS);
    return TRUE;
}

/* ---------- buffers: the structs first, their UTF-16 strings after them, one allocation ---------- */

static size_t string_bytes(const char *utf8) { return utf8 ? (utf16_length(utf8) + 1) * sizeof(char16_t) : 0; }

static LPCWSTR put_string(char **cursor, const char *utf8) {
    if (!utf8) return NULL;
    char16_t *at = (char16_t *)*cursor;
    utf16_write(utf8, at);
    *cursor += string_bytes(utf8);
    return at;
}

/* ---------- common steps ---------- */

/* Looks up the server a handle belongs to in the current state; sets the last error if it fails. */
static sim_server *server_of(const char *name, sim_world **world_out) {
    char *path = state_path();
    if (!path) { platform_set_last_error(ERROR_NOT_ENOUGH_MEMORY); return NULL; }
    uint32_t error = ERROR_SUCCESS;
    sim_world *world = state_current(path, &error);
    free(path);
    if (!world) { platform_set_last_error(error); return NULL; }
    sim_server *server = world_find_server(world, name);
    if (!server) { platform_set_last_error(RPC_S_SERVER_UNAVAILABLE); return NULL; }
    if (world_out) *world_out = world;
    return server;
}

/* A slow server is slow for its own callers only: the wait happens outside the lock. */
static void wait_latency(const char *server_name) {
    platform_lock();
    sim_server *server = server_of(server_name, NULL);
    uint32_t latency = server ? server->latency_ms : 0;
    platform_unlock();
    if (latency) platform_sleep_ms(latency);
}

static const char *handle_server_name(const void *h, handle_kind kind) {
    platform_lock();
    sim_handle *handle = handle_find(h, kind);
    const char *name = handle ? strdup(handle->server) : NULL;
    platform_unlock();
    return name;
}

/* Every API call begins here: its diagnostic (if any) is its own, then an armed fault may fire. */
#define FAULT_POINT(name)                                   \
    do {                                                    \
        uint32_t injected_;                                 \
        diagnostic_clear();                                 \
        platform_lock();                                    \
        bool fires_ = fault_fires(name, &injected_);        \
        platform_unlock();                                  \
        if (fires_) return fail(injected_);                 \
    } while (0)

/* Validates a handle of `kind` and waits out its server's latency; false (last error set) if invalid. */
static bool enter(const void *h, handle_kind kind) {
    char *name = (char *)handle_server_name(h, kind);
    if (!name) { platform_set_last_error(ERROR_INVALID_HANDLE); return false; }
    wait_latency(name);
    free(name);
    return true;
}

static uint64_t fnv1a32(const char *text) {
    uint32_t hash = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        unsigned char c = (*p >= 'a' && *p <= 'z') ? (unsigned char)(*p - 32) : *p;
        hash = (hash ^ c) * 16777619u;
    }
    return hash;
}

static bool port_is_busy(sim_server *server, const sim_port *port) {
    return port->state == FPS_DIALING || port->state == FPS_SENDING || port->state == FPS_RECEIVING ||
           port->state == FPS_RINGING || server_find_job(server, port->device_id) != NULL ||
           server_active_queue_job(server, port->device_id) != NULL;
}

static bool valid_station_id(LPCWSTR id) {
    if (!id) return false;
    size_t n = utf16_units(id);
    if (n > 20) return false;
    for (size_t i = 0; i < n; i++) {
        if (id[i] < 0x20 || id[i] > 0x7E) return false;
    }
    return true;
}

/* A folder path holds no control character (U+0001..U+001F, U+007F): Windows refuses them in names. */
static bool valid_folder_path(LPCWSTR path) {
    if (!path) return true;
    for (size_t i = 0, n = utf16_units(path); i < n; i++) {
        if (path[i] < 0x20 || path[i] == 0x7F) return false;
    }
    return true;
}

/* Moves `port` to priority `wanted`, shifting the ports in between so 1..n stays a permutation. */
static void renumber(sim_server *server, sim_port *port, uint32_t wanted) {
    uint32_t old = port->priority;
    for (size_t i = 0; i < server->port_count; i++) {
        sim_port *other = &server->ports[i];
        if (other == port) continue;
        if (wanted < old && other->priority >= wanted && other->priority < old) other->priority++;
        if (wanted > old && other->priority > old && other->priority <= wanted) other->priority--;
    }
    port->priority = wanted;
}

/* Runs `change` on a freshly read state under the cross-process lock and saves it. */
typedef uint32_t (*state_change)(const sim_handle *handle, const void *argument);

static BOOL apply_change(const void *h, handle_kind kind, state_change change, const void *argument) {
    char *path = state_path();
    if (!path) return fail(ERROR_NOT_ENOUGH_MEMORY);
    intptr_t token = state_begin_change(path);
    if (token < 0) { free(path); return fail(ERROR_ACCESS_DENIED); }
    platform_lock();
    uint32_t error = ERROR_INVALID_HANDLE;
    sim_handle *handle = handle_find(h, kind);
    sim_world *world = handle ? state_current(path, &error) : NULL;
    if (world) {
        error = change(handle, argument);
        if (!error) error = state_save(path, world);
        /* Memory must never run ahead of the file: after a failure, the next call re-reads it. */
        if (error) state_forget();
    }
    platform_unlock();
    state_end_change(token);
    free(path);
    return error ? fail(error) : succeed();
}

/* ---------- the API ---------- */

EXPORT BOOL FAXSIM_API FaxConnectFaxServerW(LPCWSTR MachineName, HANDLE *FaxHandle) {
    FAULT_POINT("FaxConnectFaxServerW");
    if (!FaxHandle) return fail(ERROR_INVALID_PARAMETER);
    char *name = MachineName ? utf16_to_utf8(MachineName) : strdup("");
    if (!name) return fail(ERROR_NOT_ENOUGH_MEMORY);
    wait_latency(name);
    platform_lock();
    sim_server *server = server_of(name, NULL);
    sim_handle *handle = server ? handle_open(HANDLE_SERVER, server->name) : NULL;
    uint32_t error = server ? (handle ? ERROR_SUCCESS : ERROR_NOT_ENOUGH_MEMORY) : platform_last_error();
    platform_unlock();
    free(name);
    if (error) return fail(error);
    *FaxHandle = handle;
    return succeed();
}

EXPORT BOOL FAXSIM_API FaxClose(HANDLE FaxHandle) {
    uint32_t injected = 0;
    diagnostic_clear();
    platform_lock();
    bool fires = fault_fires("FaxClose", &injected);
    sim_handle *handle = handle_find(FaxHandle, HANDLE_SERVER);
    if (!handle) handle = handle_find(FaxHandle, HANDLE_PORT);
    if (handle && handle->byte_lock_file) platform_unlock_byte(handle->byte_lock_file, handle->byte_lock_offset);
    /* Like an RPC context handle, ours is gone whatever the server answered, injected fault or not. */
    if (handle) handle_close(handle);
    platform_unlock();
    if (fires) return fail(injected);
    return handle ? succeed() : fail(ERROR_INVALID_HANDLE);
}

EXPORT BOOL FAXSIM_API FaxEnumPortsW(HANDLE FaxHandle, FAX_PORT_INFOW **PortInfo, DWORD *PortsReturned) {
    FAULT_POINT("FaxEnumPortsW");
    if (!enter(FaxHandle, HANDLE_SERVER)) return FALSE;
    if (!PortInfo || !PortsReturned) return fail(ERROR_INVALID_PARAMETER);
    platform_lock();
    sim_handle *handle = handle_find(FaxHandle, HANDLE_SERVER);
    sim_server *server = handle ? server_of(handle->server, NULL) : NULL;
    uint32_t error = !handle ? ERROR_INVALID_HANDLE : !server ? platform_last_error() : !(server->rights & RIGHT_PORT_QUERY) ? ERROR_ACCESS_DENIED : 0;
    FAX_PORT_INFOW *ports = NULL;
    if (!error) {
        size_t bytes = server->port_count * sizeof(FAX_PORT_INFOW);
        for (size_t i = 0; i < server->port_count; i++) {
            bytes += string_bytes(server->ports[i].name) + string_bytes(server->ports[i].tsid) + string_bytes(server->ports[i].csid);
        }
        ports = buffer_alloc(bytes);
        if (!ports) error = ERROR_NOT_ENOUGH_MEMORY;
    }
    if (!error) {
        char *cursor = (char *)(ports + server->port_count);
        for (size_t i = 0; i < server->port_count; i++) {
            const sim_port *p = &server->ports[i];
            ports[i] = (FAX_PORT_INFOW){sizeof(FAX_PORT_INFOW), p->device_id, p->state, p->flags, p->rings, p->priority, NULL, NULL, NULL};
            ports[i].DeviceName = put_string(&cursor, p->name);
            ports[i].Tsid = put_string(&cursor, p->tsid);
            ports[i].Csid = put_string(&cursor, p->csid);
        }
        *PortInfo = ports;
        *PortsReturned = (DWORD)server->port_count;
    }
    platform_unlock();
    return error ? fail(error) : succeed();
}

EXPORT BOOL FAXSIM_API FaxOpenPort(HANDLE FaxHandle, DWORD DeviceId, DWORD Flags, HANDLE *FaxPortHandle) {
    FAULT_POINT("FaxOpenPort");
    if (!enter(FaxHandle, HANDLE_SERVER)) return FALSE;
    if (!FaxPortHandle || Flags == 0 || (Flags & ~(PORT_OPEN_QUERY | PORT_OPEN_MODIFY))) return fail(ERROR_INVALID_PARAMETER);
    char *path = state_path();
    if (!path) return fail(ERROR_NOT_ENOUGH_MEMORY);
    platform_lock();
    sim_handle *server_handle = handle_find(FaxHandle, HANDLE_SERVER);
    sim_server *server = server_handle ? server_of(server_handle->server, NULL) : NULL;
    uint32_t needed = (Flags & PORT_OPEN_MODIFY) ? RIGHT_PORT_SET : RIGHT_PORT_QUERY;
    uint32_t error = !server_handle ? ERROR_INVALID_HANDLE : !server ? platform_last_error() : !(server->rights & needed) ? ERROR_ACCESS_DENIED : 0;
    if (!error && !server_find_port(server, DeviceId)) error = ERROR_BAD_UNIT;
    char *lock_file = NULL;
    uint64_t offset = 0;
    if (!error && (Flags & PORT_OPEN_MODIFY)) {
        /* One modifier per device, server-wide: in this process by the handle table, across
         * processes by a byte lock the kernel drops if the holder dies. */
        offset = ((fnv1a32(server->name) & 0x7FFFFFFFu) << 32) | DeviceId;
        if (handle_modifying(server->name, DeviceId)) error = ERROR_INVALID_HANDLE;
        else if ((lock_file = text_format("%s.locks", path)) == NULL) error = ERROR_NOT_ENOUGH_MEMORY;
        else if (!platform_try_lock_byte(lock_file, offset)) error = ERROR_INVALID_HANDLE;
    }
    sim_handle *port = NULL;
    if (!error) {
        port = handle_open(HANDLE_PORT, server->name);
        if (!port) error = ERROR_NOT_ENOUGH_MEMORY;
    }
    if (port) {
        port->device_id = DeviceId;
        port->access = Flags;
        port->byte_lock_file = lock_file;
        port->byte_lock_offset = offset;
        lock_file = NULL;
    } else if (lock_file && error != ERROR_INVALID_HANDLE) {
        platform_unlock_byte(lock_file, offset);
    }
    platform_unlock();
    free(lock_file);
    free(path);
    if (error) return fail(error);
    *FaxPortHandle = port;
    return succeed();
}

/* The port behind a port handle, in the current state; NULL with *error set otherwise. */
static sim_port *port_of(const void *h, sim_server **server_out, sim_handle **handle_out, uint32_t *error) {
    sim_handle *handle = handle_find(h, HANDLE_PORT);
    if (!handle) { *error = ERROR_INVALID_HANDLE; return NULL; }
    sim_server *server = server_of(handle->server, NULL);
    if (!server) { *error = platform_last_error(); return NULL; }
    sim_port *port = server_find_port(server, handle->device_id);
    if (!port) { *error = ERROR_BAD_UNIT; return NULL; }
    if (server_out) *server_out = server;
    if (handle_out) *handle_out = handle;
    *error = ERROR_SUCCESS;
    return port;
}

EXPORT BOOL FAXSIM_API FaxGetPortW(HANDLE FaxPortHandle, FAX_PORT_INFOW **PortInfo) {
    FAULT_POINT("FaxGetPortW");
    if (!enter(FaxPortHandle, HANDLE_PORT)) return FALSE;
    if (!PortInfo) return fail(ERROR_INVALID_PARAMETER);
    platform_lock();
    uint32_t error;
    sim_port *p = port_of(FaxPortHandle, NULL, NULL, &error);
    FAX_PORT_INFOW *info = NULL;
    if (p) {
        info = buffer_alloc(sizeof *info + string_bytes(p->name) + string_bytes(p->tsid) + string_bytes(p->csid));
        if (!info) error = ERROR_NOT_ENOUGH_MEMORY;
    }
    if (info) {
        char *cursor = (char *)(info + 1);
        *info = (FAX_PORT_INFOW){sizeof(FAX_PORT_INFOW), p->device_id, p->state, p->flags, p->rings, p->priority, NULL, NULL, NULL};
        info->DeviceName = put_string(&cursor, p->name);
        info->Tsid = put_string(&cursor, p->tsid);
        info->Csid = put_string(&cursor, p->csid);
        *PortInfo = info;
    }
    platform_unlock();
    return error ? fail(error) : succeed();
}

static uint32_t change_port(const sim_handle *handle, const void *argument) {
    const FAX_PORT_INFOW *info = argument;
    sim_server *server;
    uint32_t error;
    sim_port *port = port_of(handle, &server, NULL, &error);
    if (!port) return error;
    if (!(server->rights & RIGHT_PORT_SET)) return ERROR_ACCESS_DENIED;
    if (port_is_busy(server, port)) return ERROR_DEVICE_IN_USE;
    if (info->Priority < 1 || info->Priority > server->port_count || info->Rings > 99 || !valid_station_id(info->Tsid) ||
        !valid_station_id(info->Csid))
        return ERROR_INVALID_PARAMETER;
    char *tsid = utf16_to_utf8(info->Tsid), *csid = utf16_to_utf8(info->Csid);
    if (!tsid || !csid) { free(tsid); free(csid); return ERROR_NOT_ENOUGH_MEMORY; }
    free(port->tsid);
    free(port->csid);
    port->tsid = tsid;
    port->csid = csid;
    /* Only the send and receive bits can change; a port is virtual or not by nature. */
    port->flags = (port->flags & ~(FPF_SEND | FPF_RECEIVE)) | (info->Flags & (FPF_SEND | FPF_RECEIVE));
    port->rings = info->Rings;
    if (info->Priority != port->priority) renumber(server, port, info->Priority);
    return ERROR_SUCCESS;
}

EXPORT BOOL FAXSIM_API FaxSetPortW(HANDLE FaxPortHandle, const FAX_PORT_INFOW *PortInfo) {
    FAULT_POINT("FaxSetPortW");
    if (!enter(FaxPortHandle, HANDLE_PORT)) return FALSE;
    if (!PortInfo || PortInfo->SizeOfStruct != sizeof(FAX_PORT_INFOW)) return fail(ERROR_INVALID_PARAMETER);
    platform_lock();
    sim_handle *handle = handle_find(FaxPortHandle, HANDLE_PORT);
    bool modify = handle && (handle->access & PORT_OPEN_MODIFY);
    platform_unlock();
    if (!modify) return fail(handle ? ERROR_ACCESS_DENIED : ERROR_INVALID_HANDLE);
    return apply_change(FaxPortHandle, HANDLE_PORT, change_port, PortInfo);
}

static FILETIME unix_to_filetime(int64_t seconds) {
    if (seconds <= 0) return (FILETIME){0, 0};
    uint64_t ticks = (uint64_t)seconds * 10000000ull + 116444736000000000ull;
    return (FILETIME){(DWORD)(ticks & 0xFFFFFFFFu), (DWORD)(ticks >> 32)};
}

/* What a device reports about the job it runs: its `job` record (the device's own view: page,
 * caller id, times), or else the queued job in progress on it, so the queue and the device agree. */
typedef struct {
    DWORD job_type, current_page, total_pages, size;
    int64_t start_time, submitted_time;
    const char *caller_id, *csid, *tsid, *document, *phone, *routing, *sender, *recipient, *user, *status_string;
} device_job_view;

static bool device_job(sim_server *server, const sim_port *p, device_job_view *view) {
    const sim_job *j = server_find_job(server, p->device_id);
    if (j) {
        *view = (device_job_view){j->job_type, j->current_page, j->total_pages, j->size, j->start_time, j->submitted_time,
                                  j->caller_id, j->csid, j->tsid, j->document, j->phone, j->routing, j->sender, j->recipient,
                                  j->user, j->status_string};
        return true;
    }
    const sim_queue_job *q = server_active_queue_job(server, p->device_id);
    if (!q) return false;
    *view = (device_job_view){q->job_type, 0, q->page_count, q->size, 0, 0, NULL, p->csid, *q->tsid ? q->tsid : p->tsid,
                              q->document, q->recipient_number, NULL, q->sender_name, q->recipient_name, q->user, NULL};
    return true;
}

EXPORT BOOL FAXSIM_API FaxGetDeviceStatusW(HANDLE FaxPortHandle, FAX_DEVICE_STATUSW **DeviceStatus) {
    FAULT_POINT("FaxGetDeviceStatusW");
    if (!enter(FaxPortHandle, HANDLE_PORT)) return FALSE;
    if (!DeviceStatus) return fail(ERROR_INVALID_PARAMETER);
    platform_lock();
    sim_server *server;
    uint32_t error;
    sim_port *p = port_of(FaxPortHandle, &server, NULL, &error);
    FAX_DEVICE_STATUSW *status = NULL;
    if (p) {
        device_job_view j = {0};
        bool busy = device_job(server, p, &j);
        const char *csid = busy ? j.csid : p->csid, *tsid = busy ? j.tsid : p->tsid;
        size_t bytes = sizeof *status + string_bytes(p->name) + string_bytes(csid) + string_bytes(tsid);
        if (busy) {
            const char *strings[] = {j.caller_id, j.document, j.phone, j.routing, j.sender, j.recipient, j.user, j.status_string};
            for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++) bytes += string_bytes(strings[i]);
        }
        status = buffer_alloc(bytes);
        if (!status) error = ERROR_NOT_ENOUGH_MEMORY;
        else {
            char *cursor = (char *)(status + 1);
            status->SizeOfStruct = sizeof *status;
            status->DeviceId = p->device_id;
            status->Status = p->state;
            status->DeviceName = put_string(&cursor, p->name);
            status->Csid = put_string(&cursor, csid);
            status->Tsid = put_string(&cursor, tsid);
            if (busy) {
                status->JobType = j.job_type;
                status->CurrentPage = j.current_page;
                status->TotalPages = j.total_pages;
                status->Size = j.size;
                status->StartTime = unix_to_filetime(j.start_time);
                status->SubmittedTime = unix_to_filetime(j.submitted_time);
                status->CallerId = put_string(&cursor, j.caller_id);
                status->DocumentName = put_string(&cursor, j.document);
                status->PhoneNumber = put_string(&cursor, j.phone);
                status->RoutingString = put_string(&cursor, j.routing);
                status->SenderName = put_string(&cursor, j.sender);
                status->RecipientName = put_string(&cursor, j.recipient);
                status->UserName = put_string(&cursor, j.user);
                status->StatusString = put_string(&cursor, j.status_string);
            }
            *DeviceStatus = status;
        }
    }
    platform_unlock();
    return error ? fail(error) : succeed();
}

EXPORT void FAXSIM_API FaxFreeBuffer(void *Buffer) {
    uint32_t ignored;
    platform_lock();
    /* Counted for fault injection like every call, but a void function has no way to fail. */
    (void)fault_fires("FaxFreeBuffer", &ignored);
    buffer_free(Buffer);
    platform_unlock();
}

static bool method_enabled(const sim_port *port, const char *guid) {
    size_t n = strlen(guid);
    for (const char *at = port->enabled_methods; (at = text_find_ignoring_case(at, guid)) != NULL; at += n) {
        bool starts = at == port->enabled_methods || at[-1] == ',';
        bool ends = at[n] == '\0' || at[n] == ',';
        if (starts && ends) return true;
    }
    return false;
}

EXPORT BOOL FAXSIM_API FaxEnumRoutingMethodsW(HANDLE FaxPortHandle, FAX_ROUTING_METHODW **RoutingMethod, DWORD *MethodsReturned) {
    FAULT_POINT("FaxEnumRoutingMethodsW");
    if (!enter(FaxPortHandle, HANDLE_PORT)) return FALSE;
    if (!RoutingMethod || !MethodsReturned) return fail(ERROR_INVALID_PARAMETER);
    platform_lock();
    sim_server *server;
    uint32_t error;
    sim_port *p = port_of(FaxPortHandle, &server, NULL, &error);
    if (p && !(server->rights & RIGHT_PORT_QUERY)) error = ERROR_ACCESS_DENIED;
    FAX_ROUTING_METHODW *methods = NULL;
    if (!error) {
        size_t bytes = server->method_count * (sizeof *methods + string_bytes(p->name));
        for (size_t i = 0; i < server->method_count; i++) {
            const sim_method *m = &server->methods[i];
            bytes += string_bytes(m->guid) + string_bytes(m->friendly_name) + string_bytes(m->function_name) +
                     string_bytes(m->image_name) + string_bytes(m->extension_name);
        }
        methods = buffer_alloc(bytes);
        if (!methods) error = ERROR_NOT_ENOUGH_MEMORY;
    }
    if (!error) {
        char *cursor = (char *)(methods + server->method_count);
        for (size_t i = 0; i < server->method_count; i++) {
            const sim_method *m = &server->methods[i];
            FAX_ROUTING_METHODW *out = &methods[i];
            out->SizeOfStruct = sizeof *out;
            out->DeviceId = p->device_id;
            out->Enabled = method_enabled(p, m->guid);
            out->DeviceName = put_string(&cursor, p->name);
            out->Guid = put_string(&cursor, m->guid);
            out->FriendlyName = put_string(&cursor, m->friendly_name);
            out->FunctionName = put_string(&cursor, m->function_name);
            out->ExtensionImageName = put_string(&cursor, m->image_name);
            out->ExtensionFriendlyName = put_string(&cursor, m->extension_name);
        }
        *RoutingMethod = methods;
        *MethodsReturned = (DWORD)server->method_count;
    }
    platform_unlock();
    return error ? fail(error) : succeed();
}

typedef struct {
    const char *guid;
    BOOL enabled;
} routing_switch;

static uint32_t change_routing(const sim_handle *handle, const void *argument) {
    const routing_switch *change = argument;
    sim_server *server;
    uint32_t error;
    sim_port *port = port_of(handle, &server, NULL, &error);
    if (!port) return error;
    if (!(server->rights & RIGHT_PORT_SET)) return ERROR_ACCESS_DENIED;
    const sim_method *method = server_find_method(server, change->guid);
    if (!method) return ERROR_INVALID_DATA;
    /* Rebuild the list from the server's methods, so it stays in their order without duplicates. */
    size_t bytes = 1;
    for (size_t i = 0; i < server->method_count; i++) bytes += strlen(server->methods[i].guid) + 1;
    char *list = calloc(1, bytes);
    if (!list) return ERROR_NOT_ENOUGH_MEMORY;
    for (size_t i = 0; i < server->method_count; i++) {
        const sim_method *m = &server->methods[i];
        bool on = m == method ? change->enabled != 0 : method_enabled(port, m->guid);
        if (!on) continue;
        if (*list) strcat(list, ",");
        strcat(list, m->guid);
    }
    free(port->enabled_methods);
    port->enabled_methods = list;
    return ERROR_SUCCESS;
}

EXPORT BOOL FAXSIM_API FaxEnableRoutingMethodW(HANDLE FaxPortHandle, LPCWSTR RoutingGuid, BOOL Enabled) {
    FAULT_POINT("FaxEnableRoutingMethodW");
    if (!enter(FaxPortHandle, HANDLE_PORT)) return FALSE;
    if (!RoutingGuid) return fail(ERROR_INVALID_PARAMETER);
    platform_lock();
    sim_handle *handle = handle_find(FaxPortHandle, HANDLE_PORT);
    bool modify = handle && (handle->access & PORT_OPEN_MODIFY);
    platform_unlock();
    if (!modify) return fail(handle ? ERROR_ACCESS_DENIED : ERROR_INVALID_HANDLE);
    char *guid = utf16_to_utf8(RoutingGuid);
    if (!guid) return fail(ERROR_NOT_ENOUGH_MEMORY);
    routing_switch change = {guid, Enabled};
    BOOL ok = apply_change(FaxPortHandle, HANDLE_PORT, change_routing, &change);
    free(guid);
    return ok;
}

EXPORT BOOL FAXSIM_API FaxGetConfigurationW(HANDLE FaxHandle, FAX_CONFIGURATIONW **FaxConfig) {
    FAULT_POINT("FaxGetConfigurationW");
    if (!enter(FaxHandle, HANDLE_SERVER)) return FALSE;
    if (!FaxConfig) return fail(ERROR_INVALID_PARAMETER);
    platform_lock();
    sim_handle *handle = handle_find(FaxHandle, HANDLE_SERVER);
    sim_server *server = handle ? server_of(handle->server, NULL) : NULL;
    uint32_t error = !handle ? ERROR_INVALID_HANDLE : !server ? platform_last_error() : !(server->rights & RIGHT_CONFIG_QUERY) ? ERROR_ACCESS_DENIED : 0;
    FAX_CONFIGURATIONW *config = NULL;
    if (!error) {
        config = buffer_alloc(sizeof *config + string_bytes(server->config.archive_dir));
        if (!config) error = ERROR_NOT_ENOUGH_MEMORY;
    }
    if (!error) {
        const sim_config *c = &server->config;
        char *cursor = (char *)(config + 1);
        config->SizeOfStruct = sizeof *config;
        config->Retries = c->retries;
        config->RetryDelay = c->retry_delay;
        config->DirtyDays = c->dirty_days;
        config->Branding = c->branding;
        config->UseDeviceTsid = c->use_device_tsid;
        config->ServerCp = c->server_cp;
        config->PauseServerQueue = c->pause_queue;
        config->StartCheapTime = (FAX_TIME){c->start_hour, c->start_minute};
        config->StopCheapTime = (FAX_TIME){c->stop_hour, c->stop_minute};
        config->ArchiveOutgoingFaxes = c->archive;
        config->ArchiveDirectory = put_string(&cursor, c->archive_dir);
        *FaxConfig = config;
    }
    platform_unlock();
    return error ? fail(error) : succeed();
}

static uint32_t change_configuration(const sim_handle *handle, const void *argument) {
    const FAX_CONFIGURATIONW *in = argument;
    sim_server *server = server_of(handle->server, NULL);
    if (!server) return platform_last_error();
    if (!(server->rights & RIGHT_CONFIG_SET)) return ERROR_ACCESS_DENIED;
    if (in->StartCheapTime.Hour > 23 || in->StartCheapTime.Minute > 59 || in->StopCheapTime.Hour > 23 || in->StopCheapTime.Minute > 59)
        return ERROR_INVALID_PARAMETER;
    char *archive = in->ArchiveDirectory ? utf16_to_utf8(in->ArchiveDirectory) : strdup("");
    if (!archive) return ERROR_NOT_ENOUGH_MEMORY;
    sim_config *c = &server->config;
    free(c->archive_dir);
    c->archive_dir = archive;
    c->retries = in->Retries;
    c->retry_delay = in->RetryDelay;
    c->dirty_days = in->DirtyDays;
    c->branding = in->Branding != 0;
    c->use_device_tsid = in->UseDeviceTsid != 0;
    c->server_cp = in->ServerCp != 0;
    c->pause_queue = in->PauseServerQueue != 0;
    c->start_hour = in->StartCheapTime.Hour;
    c->start_minute = in->StartCheapTime.Minute;
    c->stop_hour = in->StopCheapTime.Hour;
    c->stop_minute = in->StopCheapTime.Minute;
    c->archive = in->ArchiveOutgoingFaxes != 0;
    return ERROR_SUCCESS;
}

EXPORT BOOL FAXSIM_API FaxSetConfigurationW(HANDLE FaxHandle, const FAX_CONFIGURATIONW *FaxConfig) {
    FAULT_POINT("FaxSetConfigurationW");
    if (!enter(FaxHandle, HANDLE_SERVER)) return FALSE;
    if (!FaxConfig || FaxConfig->SizeOfStruct != sizeof(FAX_CONFIGURATIONW) || FaxConfig->Reserved != NULL ||
        !valid_folder_path(FaxConfig->ArchiveDirectory))
        return fail(ERROR_INVALID_PARAMETER);
    return apply_change(FaxHandle, HANDLE_SERVER, change_configuration, FaxConfig);
}

/* ---------- the job queue ---------- */

/* Unix seconds to a UTC SYSTEMTIME (all zero for none), by the civil-from-days algorithm. */
static SYSTEMTIME unix_to_systemtime(int64_t seconds) {
    if (seconds <= 0) return (SYSTEMTIME){0, 0, 0, 0, 0, 0, 0, 0};
    int64_t days = seconds / 86400, rest = seconds % 86400;
    int64_t z = days + 719468, era = z / 146097, doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
    int64_t day = doy - (153 * mp + 2) / 5 + 1, month = mp < 10 ? mp + 3 : mp - 9;
    int64_t year = yoe + era * 400 + (month <= 2);
    return (SYSTEMTIME){(WORD)year, (WORD)month, (WORD)((days + 4) % 7), (WORD)day,
                        (WORD)(rest / 3600), (WORD)(rest / 60 % 60), (WORD)(rest % 60), 0};
}

static size_t job_entry_strings(const sim_queue_job *q) {
    const char *strings[] = {q->user, q->recipient_number, q->recipient_name, q->tsid, q->sender_name,
                             q->sender_company, q->sender_dept, q->billing_code, q->delivery_report_address, q->document};
    size_t bytes = 0;
    for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++) bytes += string_bytes(strings[i]);
    return bytes;
}

/* One FAX_JOB_ENTRYW; Status is the state of the device running the job, 0 when none does. */
static void pack_job_entry(sim_server *server, const sim_queue_job *q, FAX_JOB_ENTRYW *out, char **cursor) {
    const sim_port *device = q->device_id ? server_find_port(server, q->device_id) : NULL;
    *out = (FAX_JOB_ENTRYW){0};
    out->SizeOfStruct = sizeof *out;
    out->JobId = q->job_id;
    out->JobType = q->job_type;
    out->QueueStatus = q->queue_status;
    out->Status = device ? device->state : 0;
    out->Size = q->size;
    out->PageCount = q->page_count;
    out->ScheduleAction = q->schedule_action;
    out->ScheduleTime = unix_to_systemtime(q->schedule_time);
    out->DeliveryReportType = q->delivery_report_type;
    out->UserName = put_string(cursor, q->user);
    out->RecipientNumber = put_string(cursor, q->recipient_number);
    out->RecipientName = put_string(cursor, q->recipient_name);
    out->Tsid = put_string(cursor, q->tsid);
    out->SenderName = put_string(cursor, q->sender_name);
    out->SenderCompany = put_string(cursor, q->sender_company);
    out->SenderDept = put_string(cursor, q->sender_dept);
    out->BillingCode = put_string(cursor, q->billing_code);
    out->DeliveryReportAddress = put_string(cursor, q->delivery_report_address);
    out->DocumentName = put_string(cursor, q->document);
}

/* The server behind a server handle, with the job right checked; NULL with *error set otherwise. */
static sim_server *job_server(const void *h, uint32_t right, uint32_t *error) {
    sim_handle *handle = handle_find(h, HANDLE_SERVER);
    sim_server *server = handle ? server_of(handle->server, NULL) : NULL;
    *error = !handle ? ERROR_INVALID_HANDLE : !server ? platform_last_error() : !(server->rights & right) ? ERROR_ACCESS_DENIED : 0;
    return *error ? NULL : server;
}

/* The job calls answer a NULL server handle with ERROR_INVALID_PARAMETER (winfax-reference.md);
 * a closed or foreign one is ERROR_INVALID_HANDLE, as everywhere. */
static bool enter_job_call(const void *h) {
    if (!h) { platform_set_last_error(ERROR_INVALID_PARAMETER); return false; }
    return enter(h, HANDLE_SERVER);
}

EXPORT BOOL FAXSIM_API FaxEnumJobsW(HANDLE FaxHandle, FAX_JOB_ENTRYW **JobEntry, DWORD *JobsReturned) {
    FAULT_POINT("FaxEnumJobsW");
    if (!enter_job_call(FaxHandle)) return FALSE;
    if (!JobEntry || !JobsReturned) return fail(ERROR_INVALID_PARAMETER);
    platform_lock();
    uint32_t error;
    sim_server *server = job_server(FaxHandle, RIGHT_JOB_QUERY, &error);
    FAX_JOB_ENTRYW *entries = NULL;
    if (server) {
        size_t bytes = server->queue_count * sizeof *entries;
        for (size_t i = 0; i < server->queue_count; i++) bytes += job_entry_strings(&server->queue[i]);
        /* Like FaxEnumPortsW: a buffer even for an empty queue, for the caller to free. */
        entries = buffer_alloc(bytes ? bytes : 1);
        if (!entries) error = ERROR_NOT_ENOUGH_MEMORY;
    }
    if (entries) {
        char *cursor = (char *)(entries + server->queue_count);
        for (size_t i = 0; i < server->queue_count; i++) pack_job_entry(server, &server->queue[i], &entries[i], &cursor);
        *JobEntry = entries;
        *JobsReturned = (DWORD)server->queue_count;
    }
    platform_unlock();
    return error ? fail(error) : succeed();
}

EXPORT BOOL FAXSIM_API FaxGetJobW(HANDLE FaxHandle, DWORD JobId, FAX_JOB_ENTRYW **JobEntry) {
    FAULT_POINT("FaxGetJobW");
    if (!enter_job_call(FaxHandle)) return FALSE;
    if (!JobEntry) return fail(ERROR_INVALID_PARAMETER);
    platform_lock();
    uint32_t error;
    sim_server *server = job_server(FaxHandle, RIGHT_JOB_QUERY, &error);
    sim_queue_job *q = server ? server_find_queue_job(server, JobId) : NULL;
    if (server && !q) error = ERROR_INVALID_PARAMETER;
    FAX_JOB_ENTRYW *entry = NULL;
    if (q) {
        entry = buffer_alloc(sizeof *entry + job_entry_strings(q));
        if (!entry) error = ERROR_NOT_ENOUGH_MEMORY;
    }
    if (entry) {
        char *cursor = (char *)(entry + 1);
        pack_job_entry(server, q, entry, &cursor);
        *JobEntry = entry;
    }
    platform_unlock();
    return error ? fail(error) : succeed();
}

typedef struct {
    DWORD job_id, command;
} job_command;

/* The device an active job runs on, or NULL. */
static sim_port *job_device(sim_server *server, const sim_queue_job *q) {
    return q->device_id ? server_find_port(server, q->device_id) : NULL;
}

/* JC_DELETE: a queued job goes at once; an active one is marked Deleting and its device aborts. */
static uint32_t delete_job(sim_server *server, sim_queue_job *q) {
    if (q->queue_status & JS_DELETING) return ERROR_SUCCESS;
    if (q->queue_status & JS_INPROGRESS) {
        q->queue_status |= JS_DELETING;
        q->pause_on_return = false;
        sim_port *device = job_device(server, q);
        if (device) device->state = FPS_ABORTING;
        return ERROR_SUCCESS;
    }
    server_remove_queue_job(server, q);
    return ERROR_SUCCESS;
}

/* Only outgoing jobs pause and resume; a job being deleted does neither. */
static uint32_t pause_job(sim_queue_job *q) {
    uint32_t s = q->queue_status;
    if (q->job_type != JT_SEND || (s & (JS_DELETING | JS_PAUSED | JS_FAILED | JS_RETRIES_EXCEEDED))) return ERROR_INVALID_OPERATION;
    if (s & JS_INPROGRESS) q->pause_on_return = true;
    else q->queue_status |= JS_PAUSED;
    return ERROR_SUCCESS;
}

static uint32_t resume_job(sim_queue_job *q) {
    uint32_t s = q->queue_status;
    if (q->job_type != JT_SEND || (s & JS_DELETING)) return ERROR_INVALID_OPERATION;
    if (s & JS_PAUSED) q->queue_status &= ~JS_PAUSED;
    /* A failed job, or one waiting out its retry delay, is requeued for a fresh round of tries now. */
    else if (s & (JS_FAILED | JS_RETRIES_EXCEEDED | JS_RETRYING)) q->queue_status = JS_PENDING;
    else if ((s & JS_INPROGRESS) && q->pause_on_return) q->pause_on_return = false;
    else return ERROR_INVALID_OPERATION;
    return ERROR_SUCCESS;
}

static uint32_t change_job(const sim_handle *handle, const void *argument) {
    const job_command *change = argument;
    uint32_t error;
    sim_server *server = job_server(handle, RIGHT_JOB_MANAGE, &error);
    if (!server) return error;
    if (change->command != JC_DELETE && change->command != JC_PAUSE && change->command != JC_RESUME) return ERROR_INVALID_PARAMETER;
    sim_queue_job *q = server_find_queue_job(server, change->job_id);
    if (!q) return ERROR_INVALID_PARAMETER;
    switch (change->command) {
    case JC_DELETE: return delete_job(server, q);
    case JC_PAUSE: return pause_job(q);
    default: return resume_job(q);
    }
}

EXPORT BOOL FAXSIM_API FaxSetJobW(HANDLE FaxHandle, DWORD JobId, DWORD Command, const FAX_JOB_ENTRYW *JobEntry) {
    FAULT_POINT("FaxSetJobW");
    /* JobEntry is reserved and unused, as in winfax.h: what it points to is never read. */
    (void)JobEntry;
    if (!enter_job_call(FaxHandle)) return FALSE;
    job_command change = {JobId, Command};
    return apply_change(FaxHandle, HANDLE_SERVER, change_job, &change);
}

EXPORT BOOL FAXSIM_API FaxAbort(HANDLE FaxHandle, DWORD JobId) {
    FAULT_POINT("FaxAbort");
    if (!enter_job_call(FaxHandle)) return FALSE;
    job_command change = {JobId, JC_DELETE};
    return apply_change(FaxHandle, HANDLE_SERVER, change_job, &change);
}

/* ---------- simulator-only controls ---------- */

EXPORT DWORD FAXSIM_API FaxSimGetLastError(void) { return platform_last_error(); }

/* What the calling thread's last failed call has to say beyond its code ("" when nothing): the
 * state file's path and line when it cannot be loaded. Read it before the thread's next call. */
EXPORT const char *FAXSIM_API FaxSimGetLastDiagnostic(void) { return diagnostic_get(); }

EXPORT BOOL FAXSIM_API FaxSimGetStats(DWORD *serverHandles, DWORD *portHandles, DWORD *unfreedBuffers) {
    if (!serverHandles || !portHandles || !unfreedBuffers) return fail(ERROR_INVALID_PARAMETER);
    platform_lock();
    *serverHandles = handle_count(HANDLE_SERVER);
    *portHandles = handle_count(HANDLE_PORT);
    *unfreedBuffers = buffer_count();
    platform_unlock();
    return succeed();
}

EXPORT BOOL FAXSIM_API FaxSimInjectFault(const char *functionName, DWORD nth, DWORD errorCode) {
    platform_lock();
    bool armed = fault_arm(functionName, nth, errorCode);
    platform_unlock();
    return armed ? succeed() : fail(ERROR_INVALID_PARAMETER);
}

EXPORT void FAXSIM_API FaxSimClearFaults(void) {
    platform_lock();
    fault_clear_all();
    platform_unlock();
}

/* The device running a job ends its attempt without finishing (the line dropped, the call was
 * aborted): the device is free again, and the job returns to the queue as Retrying, or Paused if
 * JC_PAUSE was asked while it ran, or leaves the queue if it was being deleted. */
static uint32_t return_job(const sim_handle *handle, const void *argument) {
    const DWORD *job_id = argument;
    sim_server *server = server_of(handle->server, NULL);
    if (!server) return platform_last_error();
    sim_queue_job *q = server_find_queue_job(server, *job_id);
    if (!q) return ERROR_INVALID_PARAMETER;
    if (!(q->queue_status & JS_INPROGRESS)) return ERROR_INVALID_OPERATION;
    sim_port *device = job_device(server, q);
    if (device) {
        device->state = FPS_AVAILABLE;
        server_remove_device_job(server, device->device_id);
    }
    if (q->queue_status & JS_DELETING) {
        server_remove_queue_job(server, q);
        return ERROR_SUCCESS;
    }
    q->queue_status = (q->queue_status & ~JS_INPROGRESS) | (q->pause_on_return ? JS_PAUSED | JS_RETRYING : JS_RETRYING);
    q->pause_on_return = false;
    q->device_id = 0;
    return ERROR_SUCCESS;
}

EXPORT BOOL FAXSIM_API FaxSimReturnJobToQueue(const char *serverName, DWORD jobId) {
    diagnostic_clear();
    platform_lock();
    sim_server *server = server_of(serverName ? serverName : "", NULL);
    sim_handle *handle = server ? handle_open(HANDLE_SERVER, server->name) : NULL;
    uint32_t error = server ? (handle ? ERROR_SUCCESS : ERROR_NOT_ENOUGH_MEMORY) : platform_last_error();
    platform_unlock();
    if (error) return fail(error);
    BOOL ok = apply_change(handle, HANDLE_SERVER, return_job, &jobId);
    uint32_t code = platform_last_error();
    platform_lock();
    handle_close(handle);
    platform_unlock();
    platform_set_last_error(code);
    return ok;
}
