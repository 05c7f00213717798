/* The simulated fax servers, as read from and written to the state file (simulator/README.md). */
#ifndef FAXSIM_STATE_H
#define FAXSIM_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define RIGHT_PORT_QUERY 0x1u
#define RIGHT_PORT_SET 0x2u
#define RIGHT_CONFIG_QUERY 0x4u
#define RIGHT_CONFIG_SET 0x8u
#define RIGHT_JOB_QUERY 0x10u
#define RIGHT_JOB_MANAGE 0x20u
#define RIGHTS_ALL 0x3Fu

typedef struct {
    uint32_t device_id, flags, rings, priority, state;
    char *tsid, *csid, *name;
    char *enabled_methods; /* comma-separated GUIDs, "" for none */
} sim_port;

typedef struct {
    char *guid, *friendly_name, *function_name, *image_name, *extension_name;
} sim_method;

typedef struct {
    uint32_t device_id, job_type, current_page, total_pages, size;
    char *caller_id, *csid, *document, *phone, *routing, *sender, *recipient, *tsid, *user, *status_string;
    int64_t start_time, submitted_time;
} sim_job;

/* A job in the server's queue (FAX_JOB_ENTRYW). One in progress names the device that runs it
 * (device_id, 0 for none): that device is busy and reports the job in FaxGetDeviceStatusW. */
typedef struct {
    uint32_t job_id, device_id, job_type, queue_status, size, page_count, schedule_action, delivery_report_type;
    bool pause_on_return; /* JC_PAUSE on an active job: it pauses when it returns to the queue */
    int64_t schedule_time; /* Unix seconds, 0 for none */
    char *user, *recipient_number, *recipient_name, *tsid, *sender_name, *sender_company, *sender_dept, *billing_code,
        *delivery_report_address, *document;
} sim_queue_job;

typedef struct {
    uint32_t retries, retry_delay, dirty_days;
    int32_t branding, use_device_tsid, server_cp, pause_queue, archive;
    uint16_t start_hour, start_minute, stop_hour, stop_minute;
    char *archive_dir;
} sim_config;

typedef struct {
    char *name;
    uint32_t rights;
    uint32_t latency_ms;
    sim_config config;
    sim_method *methods;
    size_t method_count;
    sim_port *ports;
    size_t port_count;
    sim_job *jobs;
    size_t job_count;
    sim_queue_job *queue;
    size_t queue_count;
} sim_server;

typedef struct {
    sim_server *servers;
    size_t server_count;
} sim_world;

/* The state file in force: $FAXBRIDGE_SIM_STATE or the per-user default. Caller frees. */
char *state_path(void);

/* The current world for `path`, re-read if the file changed and seeded with the default state if
 * it does not exist. Owned by the cache: valid until the next state_* call. Call under the lock.
 * Returns NULL and sets *error (a Win32 code) on failure. */
sim_world *state_current(const char *path, uint32_t *error);

/* Writes `world` to `path` atomically and makes it the cached state. Call under the lock with the
 * file lock held (state_begin_change). Returns 0 or a Win32 code. */
uint32_t state_save(const char *path, sim_world *world);

/* Drops the cached state, so the next call reads the file again. */
void state_forget(void);

/* Serialises a change: takes the cross-process file lock and re-reads the file. */
intptr_t state_begin_change(const char *path);
void state_end_change(intptr_t token);

sim_server *world_find_server(sim_world *world, const char *name);
sim_port *server_find_port(sim_server *server, uint32_t device_id);
sim_job *server_find_job(sim_server *server, uint32_t device_id);
sim_queue_job *server_find_queue_job(sim_server *server, uint32_t job_id);
/* The queued job in progress on a device, or NULL. */
sim_queue_job *server_active_queue_job(sim_server *server, uint32_t device_id);
/* Removes the device's active-job record (a `job` record), if it has one. */
void server_remove_device_job(sim_server *server, uint32_t device_id);
/* Removes a job from the queue, freeing its strings. */
void server_remove_queue_job(sim_server *server, sim_queue_job *job);
sim_method *server_find_method(sim_server *server, const char *guid);

/* Replaces a string field, freeing the old value; false when out of memory. */
bool replace_string(char **field, const char *value);

#endif
