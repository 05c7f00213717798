#define _GNU_SOURCE
#include "state.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abi.h"
#include "default_state.h"
#include "diagnostic.h"
#include "platform.h"
#include "text.h"

/* ---------- growing arrays and strings ---------- */

static void *grow(void *items, size_t *count, size_t size) {
    void *bigger = realloc(items, (*count + 1) * size);
    if (!bigger) return NULL;
    memset((char *)bigger + *count * size, 0, size);
    (*count)++;
    return bigger;
}

bool replace_string(char **field, const char *value) {
    char *copy = strdup(value ? value : "");
    if (!copy) return false;
    free(*field);
    *field = copy;
    return true;
}

static void free_queue_job(sim_queue_job *q) {
    free(q->user); free(q->recipient_number); free(q->recipient_name); free(q->tsid); free(q->sender_name);
    free(q->sender_company); free(q->sender_dept); free(q->billing_code); free(q->delivery_report_address); free(q->document);
}

static void free_job(sim_job *j) {
    free(j->caller_id); free(j->csid); free(j->document); free(j->phone); free(j->routing);
    free(j->sender); free(j->recipient); free(j->tsid); free(j->user); free(j->status_string);
}

static void free_world(sim_world *world) {
    if (!world) return;
    for (size_t s = 0; s < world->server_count; s++) {
        sim_server *server = &world->servers[s];
        for (size_t i = 0; i < server->port_count; i++) {
            sim_port *p = &server->ports[i];
            free(p->tsid); free(p->csid); free(p->name); free(p->enabled_methods);
        }
        for (size_t i = 0; i < server->method_count; i++) {
            sim_method *m = &server->methods[i];
            free(m->guid); free(m->friendly_name); free(m->function_name); free(m->image_name); free(m->extension_name);
        }
        for (size_t i = 0; i < server->job_count; i++) free_job(&server->jobs[i]);
        for (size_t i = 0; i < server->queue_count; i++) free_queue_job(&server->queue[i]);
        free(server->ports); free(server->methods); free(server->jobs); free(server->queue);
        free(server->name); free(server->config.archive_dir);
    }
    free(world->servers);
    free(world);
}

/* ---------- parsing ---------- */

static const struct { const char *name; uint32_t value; } STATE_NAMES[] = {
    {"DIALING", 0x20000001u}, {"SENDING", 0x20000002u}, {"RECEIVING", 0x20000004u}, {"COMPLETED", 0x20000008u},
    {"HANDLED", 0x20000010u}, {"UNAVAILABLE", 0x20000020u}, {"BUSY", 0x20000040u}, {"NO_ANSWER", 0x20000080u},
    {"BAD_ADDRESS", 0x20000100u}, {"NO_DIAL_TONE", 0x20000200u}, {"DISCONNECTED", 0x20000400u},
    {"FATAL_ERROR", 0x20000800u}, {"NOT_FAX_CALL", 0x20001000u}, {"CALL_DELAYED", 0x20002000u},
    {"CALL_BLACKLISTED", 0x20004000u}, {"INITIALIZING", 0x20008000u}, {"OFFLINE", 0x20010000u},
    {"RINGING", 0x20020000u}, {"AVAILABLE", 0x20100000u}, {"ABORTING", 0x20200000u}, {"ROUTING", 0x20400000u},
    {"ANSWERED", 0x20800000u},
};

static bool parse_u32(const char *text, uint32_t *out) {
    if (!text || !*text) return false;
    errno = 0;
    char *end;
    unsigned long long value = strtoull(text, &end, 0);
    if (errno || *end || value > 0xFFFFFFFFull || text[0] == '-') return false;
    *out = (uint32_t)value;
    return true;
}

static bool parse_i64(const char *text, int64_t *out) {
    if (!text || !*text) return false;
    errno = 0;
    char *end;
    long long value = strtoll(text, &end, 10);
    if (errno || *end) return false;
    *out = value;
    return true;
}

static bool parse_bool(const char *text, int32_t *out) {
    if (strcmp(text, "0") == 0) { *out = 0; return true; }
    if (strcmp(text, "1") == 0) { *out = 1; return true; }
    return false;
}

static bool parse_state(const char *text, uint32_t *out) {
    for (size_t i = 0; i < sizeof STATE_NAMES / sizeof STATE_NAMES[0]; i++) {
        if (strcmp(text, STATE_NAMES[i].name) == 0) { *out = STATE_NAMES[i].value; return true; }
    }
    return parse_u32(text, out);
}

static const struct { const char *name; uint32_t bit; } QUEUE_STATUS_NAMES[] = {
    {"INPROGRESS", JS_INPROGRESS}, {"DELETING", JS_DELETING}, {"FAILED", JS_FAILED}, {"PAUSED", JS_PAUSED},
    {"NOLINE", JS_NOLINE}, {"RETRYING", JS_RETRYING}, {"RETRIES_EXCEEDED", JS_RETRIES_EXCEEDED},
};
#define QUEUE_STATUS_NAME_COUNT (sizeof QUEUE_STATUS_NAMES / sizeof QUEUE_STATUS_NAMES[0])

/* PENDING, a comma-separated list of JS_ names without the prefix, or a number (JS_* bits only). */
static bool parse_queue_status(const char *text, uint32_t *out) {
    if (strcmp(text, "PENDING") == 0) { *out = JS_PENDING; return true; }
    if (parse_u32(text, out)) return (*out & ~JS_ALL) == 0;
    uint32_t bits = 0;
    char *copy = strdup(text), *cursor = copy;
    if (!copy) return false;
    bool ok = *text != '\0';
    for (char *item; ok && (item = text_next_token(&cursor, ',')) != NULL;) {
        size_t i = 0;
        while (i < QUEUE_STATUS_NAME_COUNT && strcmp(item, QUEUE_STATUS_NAMES[i].name) != 0) i++;
        if (i == QUEUE_STATUS_NAME_COUNT) ok = false;
        else bits |= QUEUE_STATUS_NAMES[i].bit;
    }
    free(copy);
    *out = bits;
    return ok;
}

static void write_queue_status(FILE *out, uint32_t status) {
    if (status == JS_PENDING) { fputs("PENDING", out); return; }
    bool first = true;
    for (size_t i = 0; i < QUEUE_STATUS_NAME_COUNT; i++) {
        if (status & QUEUE_STATUS_NAMES[i].bit) { fprintf(out, "%s%s", first ? "" : ",", QUEUE_STATUS_NAMES[i].name); first = false; }
    }
}

static int compare_u32(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* The queue's rules that no single record can check: ids unique on their server, and a job in
 * progress on a device names one of the server's ports. Returns a reason, or NULL. */
static const char *check_queue(const sim_server *server, char *reason, size_t size) {
    if (server->queue_count == 0) return NULL;
    uint32_t *ids = malloc(server->queue_count * sizeof *ids);
    if (!ids) { snprintf(reason, size, "out of memory checking the queue of server %s", server->name); return reason; }
    for (size_t i = 0; i < server->queue_count; i++) ids[i] = server->queue[i].job_id;
    qsort(ids, server->queue_count, sizeof *ids, compare_u32);
    for (size_t i = 1; i < server->queue_count; i++) {
        if (ids[i] == ids[i - 1]) {
            snprintf(reason, size, "server %.60s has two queue records with job id %u; job ids are unique on a server", server->name, ids[i]);
            free(ids);
            return reason;
        }
    }
    free(ids);
    for (size_t i = 0; i < server->queue_count; i++) {
        const sim_queue_job *q = &server->queue[i];
        if (!q->device_id) continue;
        bool found = false;
        for (size_t k = 0; k < server->port_count && !found; k++) found = server->ports[k].device_id == q->device_id;
        if (!found) {
            snprintf(reason, size, "server %.60s: queue job %u runs on device %u, which has no port record", server->name, q->job_id, q->device_id);
            return reason;
        }
    }
    return NULL;
}

static bool parse_time(const char *text, uint16_t *hour, uint16_t *minute) {
    unsigned h, m;
    char extra;
    if (sscanf(text, "%u:%u%c", &h, &m, &extra) != 2 || h > 23 || m > 59) return false;
    *hour = (uint16_t)h;
    *minute = (uint16_t)m;
    return true;
}

static bool parse_rights(const char *text, uint32_t *out) {
    if (strcmp(text, "none") == 0) { *out = 0; return true; }
    uint32_t rights = 0;
    char *copy = strdup(text), *cursor = copy;
    if (!copy) return false;
    bool ok = true;
    for (char *item; (item = text_next_token(&cursor, ',')) != NULL;) {
        if (strcmp(item, "port-query") == 0) rights |= RIGHT_PORT_QUERY;
        else if (strcmp(item, "port-set") == 0) rights |= RIGHT_PORT_SET;
        else if (strcmp(item, "config-query") == 0) rights |= RIGHT_CONFIG_QUERY;
        else if (strcmp(item, "config-set") == 0) rights |= RIGHT_CONFIG_SET;
        else if (strcmp(item, "job-query") == 0) rights |= RIGHT_JOB_QUERY;
        else if (strcmp(item, "job-manage") == 0) rights |= RIGHT_JOB_MANAGE;
        else ok = false;
    }
    free(copy);
    *out = rights;
    return ok;
}

/* Splits `line` in place at tabs; returns the field count (at most `max`, more means malformed). */
static size_t split_fields(char *line, char **fields, size_t max) {
    size_t count = 0;
    char *start = line;
    for (;;) {
        char *tab = strchr(start, '\t');
        if (count < max) fields[count] = start;
        count++;
        if (!tab) break;
        *tab = '\0';
        start = tab + 1;
    }
    return count;
}

static bool dup_all(char **targets[], char *values[], size_t n) {
    for (size_t i = 0; i < n; i++) {
        *targets[i] = strdup(values[i]);
        if (!*targets[i]) return false;
    }
    return true;
}

static void default_config(sim_config *c) {
    c->retries = 3; c->retry_delay = 10; c->dirty_days = 30; c->branding = 1; c->use_device_tsid = 1;
    c->start_hour = 20; c->stop_hour = 7;
}

#define MAX_FIELDS 24

/* Stops parsing with a reason; parse_world reports it with the file's path and the line number. */
#define MALFORMED(...)                                   \
    do {                                                 \
        snprintf(reason, sizeof reason, __VA_ARGS__);    \
        goto malformed;                                  \
    } while (0)

#define SPLIT_HINT "; a tab or line break inside a text field would cause this"

/* Parses the whole text; NULL on any malformed record (*error = ERROR_INVALID_DATA, and the
 * thread's diagnostic names `path` and the line) or no memory. */
static sim_world *parse_world(char *text, const char *path, uint32_t *error) {
    sim_world *world = calloc(1, sizeof *world);
    if (!world) { *error = ERROR_NOT_ENOUGH_MEMORY; return NULL; }
    bool header = false;
    sim_server *server = NULL;
    char reason[512] = "";
    unsigned line_number = 0;
    *error = ERROR_INVALID_DATA;
    for (char *line = text, *next; line; line = next) {
        char *newline = strchr(line, '\n');
        if (newline) *newline = '\0';
        next = newline ? newline + 1 : NULL;
        line_number++;
        size_t len = strlen(line);
        if (len && line[len - 1] == '\r') line[--len] = '\0';
        if (len == 0 || line[0] == '#') continue;
        char *f[MAX_FIELDS];
        size_t n = split_fields(line, f, MAX_FIELDS);
        if (n > MAX_FIELDS) MALFORMED("%zu tab-separated fields; no record has more than %d" SPLIT_HINT, n, MAX_FIELDS);
        const char *kind = f[0];
        if (!header) {
            if (strcmp(kind, "faxbridge-simulator-state") != 0 || n != 2 || strcmp(f[1], "1") != 0)
                MALFORMED("expected the header \"faxbridge-simulator-state<TAB>1\" before any record, got \"%.60s\"", kind);
            header = true;
            continue;
        }
        if (strcmp(kind, "server") == 0) {
            if (n != 2 || !*f[1]) MALFORMED("a server record holds one field, the server's name; got %zu" SPLIT_HINT, n - 1);
            sim_server *servers = grow(world->servers, &world->server_count, sizeof *servers);
            if (!servers) goto no_memory;
            world->servers = servers;
            server = &servers[world->server_count - 1];
            server->rights = RIGHTS_ALL;
            default_config(&server->config);
            if (!(server->name = strdup(f[1]))) goto no_memory;
            continue;
        }
        if (!server) MALFORMED("a \"%.60s\" record before the first server record", kind);
        if (strcmp(kind, "rights") == 0) {
            if (n != 2 || !parse_rights(f[1], &server->rights))
                MALFORMED("rights must be \"none\" or a comma-separated list of port-query, port-set, config-query, config-set, job-query, job-manage");
        } else if (strcmp(kind, "latency") == 0) {
            if (n != 2 || !parse_u32(f[1], &server->latency_ms)) MALFORMED("latency must be a whole number of milliseconds");
        } else if (strcmp(kind, "config") == 0) {
            sim_config *c = &server->config;
            if (n != 12) MALFORMED("a config record holds 11 fields (retries ... archiveDirectory); got %zu" SPLIT_HINT, n - 1);
            if (!parse_u32(f[1], &c->retries)) MALFORMED("config: retries must be a whole number, got \"%.60s\"", f[1]);
            if (!parse_u32(f[2], &c->retry_delay)) MALFORMED("config: retryDelay must be a whole number, got \"%.60s\"", f[2]);
            if (!parse_u32(f[3], &c->dirty_days)) MALFORMED("config: dirtyDays must be a whole number, got \"%.60s\"", f[3]);
            const char *flags[] = {"branding", "useDeviceTsid", "serverCp", "pauseServerQueue"};
            int32_t *targets[] = {&c->branding, &c->use_device_tsid, &c->server_cp, &c->pause_queue};
            for (size_t i = 0; i < 4; i++) {
                if (!parse_bool(f[4 + i], targets[i])) MALFORMED("config: %s must be 0 or 1, got \"%.60s\"", flags[i], f[4 + i]);
            }
            if (!parse_time(f[8], &c->start_hour, &c->start_minute)) MALFORMED("config: startCheapTime must be HH:MM, got \"%.60s\"", f[8]);
            if (!parse_time(f[9], &c->stop_hour, &c->stop_minute)) MALFORMED("config: stopCheapTime must be HH:MM, got \"%.60s\"", f[9]);
            if (!parse_bool(f[10], &c->archive)) MALFORMED("config: archiveOutgoingFaxes must be 0 or 1, got \"%.60s\"", f[10]);
            if (!replace_string(&c->archive_dir, f[11])) goto no_memory;
        } else if (strcmp(kind, "method") == 0) {
            if (n != 6 || !*f[1]) MALFORMED("a method record holds 5 fields (guid ... extensionFriendlyName), the guid not empty; got %zu" SPLIT_HINT, n - 1);
            sim_method *methods = grow(server->methods, &server->method_count, sizeof *methods);
            if (!methods) goto no_memory;
            server->methods = methods;
            sim_method *m = &methods[server->method_count - 1];
            char **targets[] = {&m->guid, &m->friendly_name, &m->function_name, &m->image_name, &m->extension_name};
            if (!dup_all(targets, &f[1], 5)) goto no_memory;
        } else if (strcmp(kind, "port") == 0) {
            if (n != 10) MALFORMED("a port record holds 9 fields (deviceId ... deviceName); got %zu" SPLIT_HINT, n - 1);
            sim_port *ports = grow(server->ports, &server->port_count, sizeof *ports);
            if (!ports) goto no_memory;
            server->ports = ports;
            sim_port *p = &ports[server->port_count - 1];
            if (!parse_u32(f[1], &p->device_id) || !parse_u32(f[2], &p->flags) || !parse_u32(f[3], &p->rings) || !parse_u32(f[4], &p->priority))
                MALFORMED("port: deviceId, flags, rings and priority must be whole numbers, got \"%.20s\", \"%.20s\", \"%.20s\", \"%.20s\"", f[1], f[2], f[3], f[4]);
            if (!parse_state(f[5], &p->state)) MALFORMED("port: state must be a number or an FPS_ name without its prefix, got \"%.60s\"", f[5]);
            char *methods_field = strcmp(f[8], "-") == 0 ? "" : f[8];
            char **targets[] = {&p->tsid, &p->csid, &p->enabled_methods, &p->name};
            char *values[] = {f[6], f[7], methods_field, f[9]};
            if (!dup_all(targets, values, 4)) goto no_memory;
        } else if (strcmp(kind, "job") == 0) {
            if (n != 18) MALFORMED("a job record holds 17 fields (deviceId ... statusString); got %zu" SPLIT_HINT, n - 1);
            sim_job *jobs = grow(server->jobs, &server->job_count, sizeof *jobs);
            if (!jobs) goto no_memory;
            server->jobs = jobs;
            sim_job *j = &jobs[server->job_count - 1];
            if (!parse_u32(f[1], &j->device_id) || !parse_u32(f[2], &j->job_type) || !parse_u32(f[5], &j->current_page) ||
                !parse_u32(f[6], &j->total_pages) || !parse_u32(f[7], &j->size) || !parse_i64(f[15], &j->start_time) ||
                !parse_i64(f[16], &j->submitted_time))
                MALFORMED("job: deviceId, jobType, currentPage, totalPages, size, startTime and submittedTime must be whole numbers");
            char **targets[] = {&j->caller_id, &j->csid, &j->document, &j->phone, &j->routing,
                                &j->sender, &j->recipient, &j->tsid, &j->user, &j->status_string};
            char *values[] = {f[3], f[4], f[8], f[9], f[10], f[11], f[12], f[13], f[14], f[17]};
            if (!dup_all(targets, values, 10)) goto no_memory;
        } else if (strcmp(kind, "queue") == 0) {
            if (n != 21) MALFORMED("a queue record holds 20 fields (jobId ... documentName); got %zu" SPLIT_HINT, n - 1);
            sim_queue_job *queue = grow(server->queue, &server->queue_count, sizeof *queue);
            if (!queue) goto no_memory;
            server->queue = queue;
            sim_queue_job *q = &queue[server->queue_count - 1];
            int32_t pause_on_return = 0;
            if (!parse_u32(f[1], &q->job_id) || q->job_id == 0)
                MALFORMED("queue: jobId must be a whole number from 1 to 4294967295, got \"%.20s\"", f[1]);
            if (!parse_u32(f[2], &q->device_id)) MALFORMED("queue: deviceId must be a whole number (0 for none), got \"%.20s\"", f[2]);
            if (!parse_u32(f[3], &q->job_type) || q->job_type < JT_SEND || q->job_type > JT_FAIL_RECEIVE)
                MALFORMED("queue: jobType must be 1 (send), 2 (receive), 3 (routing) or 4 (failed receive), got \"%.20s\"", f[3]);
            if (!parse_queue_status(f[4], &q->queue_status))
                MALFORMED("queue: queueStatus must be PENDING or a comma-separated list of INPROGRESS, DELETING, FAILED, PAUSED, NOLINE, RETRYING, RETRIES_EXCEEDED, got \"%.60s\"", f[4]);
            if (!parse_bool(f[5], &pause_on_return)) MALFORMED("queue: pauseOnReturn must be 0 or 1, got \"%.20s\"", f[5]);
            q->pause_on_return = pause_on_return != 0;
            if (q->device_id && !(q->queue_status & JS_INPROGRESS))
                MALFORMED("queue: job %u names device %u but is not INPROGRESS; only a job in progress runs on a device", q->job_id, q->device_id);
            if (!parse_u32(f[7], &q->size) || !parse_u32(f[8], &q->page_count))
                MALFORMED("queue: size and pageCount must be whole numbers, got \"%.20s\", \"%.20s\"", f[7], f[8]);
            if (!parse_u32(f[16], &q->schedule_action) || q->schedule_action > 2)
                MALFORMED("queue: scheduleAction must be 0 (now), 1 (specific time) or 2 (discount period), got \"%.20s\"", f[16]);
            if (!parse_i64(f[17], &q->schedule_time) || q->schedule_time < 0)
                MALFORMED("queue: scheduleTime must be Unix seconds (0 for none), got \"%.20s\"", f[17]);
            if (!parse_u32(f[18], &q->delivery_report_type) || q->delivery_report_type > 2)
                MALFORMED("queue: deliveryReportType must be 0 (none), 1 (e-mail) or 2 (inbox), got \"%.20s\"", f[18]);
            char **targets[] = {&q->user, &q->recipient_number, &q->recipient_name, &q->tsid, &q->sender_name,
                                &q->sender_company, &q->sender_dept, &q->billing_code, &q->delivery_report_address, &q->document};
            char *values[] = {f[6], f[9], f[10], f[11], f[12], f[13], f[14], f[15], f[19], f[20]};
            if (!dup_all(targets, values, 10)) goto no_memory;
        } else {
            MALFORMED("unknown record \"%.60s\" (records are server, rights, latency, config, method, port, job and queue); "
                      "a line break inside a text field of the record above would cause this", kind);
        }
    }
    line_number = 0;
    if (!header) MALFORMED("no header: the first record must be \"faxbridge-simulator-state<TAB>1\"");
    for (size_t i = 0; i < world->server_count; i++) {
        if (check_queue(&world->servers[i], reason, sizeof reason)) goto malformed;
    }
    *error = ERROR_SUCCESS;
    return world;
no_memory:
    *error = ERROR_NOT_ENOUGH_MEMORY;
    free_world(world);
    return NULL;
malformed:
    /* Nothing is overwritten, so say how to get out: the file is the user's to repair or drop. */
    if (line_number) diagnostic_set("simulator state file %s line %u: %s (repair the line, or delete the file to start again from the default state)", path, line_number, reason);
    else diagnostic_set("simulator state file %s: %s (repair the file, or delete it to start again from the default state)", path, reason);
    free_world(world);
    return NULL;
}

/* ---------- serialising ---------- */

static void write_state_name(FILE *out, uint32_t state) {
    for (size_t i = 0; i < sizeof STATE_NAMES / sizeof STATE_NAMES[0]; i++) {
        if (STATE_NAMES[i].value == state) { fputs(STATE_NAMES[i].name, out); return; }
    }
    fprintf(out, "0x%08x", state);
}

/* One tab and a text field. A field holding a tab or a line break would split its record, and the
 * file would no longer load: such a field is never written (the API refuses control characters
 * in what it stores), and if one ever reaches here, *unwritable names it and nothing is saved. */
static void put_text(FILE *out, const char *what, const char *value, const char **unwritable) {
    const char *text = value ? value : "";
    if (strpbrk(text, "\t\r\n") && !*unwritable) *unwritable = what;
    fputc('\t', out);
    fputs(text, out);
}

/* Writes the world; returns NULL, or the name of a field that cannot be written (see put_text). */
static const char *write_world(FILE *out, const sim_world *world) {
    const char *bad = NULL;
    fputs("# FaxBridge winfax simulator state (format: simulator/README.md in the FaxBridge repository)\n", out);
    fputs("faxbridge-simulator-state\t1\n", out);
    for (size_t s = 0; s < world->server_count; s++) {
        const sim_server *v = &world->servers[s];
        fputs("\nserver", out);
        put_text(out, "server name", v->name, &bad);
        fputc('\n', out);
        if (v->rights != RIGHTS_ALL) {
            if (v->rights == 0) fputs("rights\tnone\n", out);
            else {
                const char *names[] = {"port-query", "port-set", "config-query", "config-set", "job-query", "job-manage"};
                fputs("rights\t", out);
                bool first = true;
                for (int bit = 0; bit < 6; bit++) {
                    if (v->rights & (1u << bit)) { fprintf(out, "%s%s", first ? "" : ",", names[bit]); first = false; }
                }
                fputc('\n', out);
            }
        }
        if (v->latency_ms) fprintf(out, "latency\t%u\n", v->latency_ms);
        const sim_config *c = &v->config;
        fprintf(out, "config\t%u\t%u\t%u\t%d\t%d\t%d\t%d\t%02u:%02u\t%02u:%02u\t%d", c->retries, c->retry_delay, c->dirty_days,
                c->branding, c->use_device_tsid, c->server_cp, c->pause_queue, c->start_hour, c->start_minute, c->stop_hour,
                c->stop_minute, c->archive);
        put_text(out, "config archiveDirectory", c->archive_dir, &bad);
        fputc('\n', out);
        for (size_t i = 0; i < v->method_count; i++) {
            const sim_method *m = &v->methods[i];
            fputs("method", out);
            put_text(out, "method guid", m->guid, &bad);
            put_text(out, "method friendlyName", m->friendly_name, &bad);
            put_text(out, "method functionName", m->function_name, &bad);
            put_text(out, "method extensionImageName", m->image_name, &bad);
            put_text(out, "method extensionFriendlyName", m->extension_name, &bad);
            fputc('\n', out);
        }
        for (size_t i = 0; i < v->port_count; i++) {
            const sim_port *p = &v->ports[i];
            fprintf(out, "port\t%u\t%u\t%u\t%u\t", p->device_id, p->flags, p->rings, p->priority);
            write_state_name(out, p->state);
            put_text(out, "port tsid", p->tsid, &bad);
            put_text(out, "port csid", p->csid, &bad);
            put_text(out, "port enabledMethods", *p->enabled_methods ? p->enabled_methods : "-", &bad);
            put_text(out, "port deviceName", p->name, &bad);
            fputc('\n', out);
        }
        for (size_t i = 0; i < v->job_count; i++) {
            const sim_job *j = &v->jobs[i];
            fprintf(out, "job\t%u\t%u", j->device_id, j->job_type);
            put_text(out, "job callerId", j->caller_id, &bad);
            put_text(out, "job csid", j->csid, &bad);
            fprintf(out, "\t%u\t%u\t%u", j->current_page, j->total_pages, j->size);
            const char *names[] = {"documentName", "phoneNumber", "routingString", "senderName", "recipientName", "tsid", "userName"};
            const char *values[] = {j->document, j->phone, j->routing, j->sender, j->recipient, j->tsid, j->user};
            for (size_t k = 0; k < 7; k++) put_text(out, names[k], values[k], &bad);
            fprintf(out, "\t%lld\t%lld", (long long)j->start_time, (long long)j->submitted_time);
            put_text(out, "job statusString", j->status_string, &bad);
            fputc('\n', out);
        }
        for (size_t i = 0; i < v->queue_count; i++) {
            const sim_queue_job *q = &v->queue[i];
            fprintf(out, "queue\t%u\t%u\t%u\t", q->job_id, q->device_id, q->job_type);
            write_queue_status(out, q->queue_status);
            fprintf(out, "\t%d", q->pause_on_return ? 1 : 0);
            put_text(out, "queue userName", q->user, &bad);
            fprintf(out, "\t%u\t%u", q->size, q->page_count);
            const char *names[] = {"queue recipientNumber", "queue recipientName", "queue tsid", "queue senderName",
                                   "queue senderCompany", "queue senderDept", "queue billingCode"};
            const char *values[] = {q->recipient_number, q->recipient_name, q->tsid, q->sender_name, q->sender_company, q->sender_dept, q->billing_code};
            for (size_t k = 0; k < 7; k++) put_text(out, names[k], values[k], &bad);
            fprintf(out, "\t%u\t%lld\t%u", q->schedule_action, (long long)q->schedule_time, q->delivery_report_type);
            put_text(out, "queue deliveryReportAddress", q->delivery_report_address, &bad);
            put_text(out, "queue documentName", q->document, &bad);
            fputc('\n', out);
        }
    }
    return bad;
}

/* ---------- the cache and the file ---------- */

char *state_path(void) {
    char *explicit_path = platform_getenv("FAXBRIDGE_SIM_STATE");
    if (explicit_path && *explicit_path) return explicit_path;
    free(explicit_path);
    char *dir = platform_state_dir();
    char *path = dir ? text_format("%s/simulator-state.tsv", dir) : NULL;
    free(dir);
    return path;
}

static struct {
    char *path;
    file_stamp stamp;
    sim_world *world;
} cache;

static bool cache_matches(const char *path, const file_stamp *stamp) {
    return cache.world && cache.path && strcmp(cache.path, path) == 0 && memcmp(&cache.stamp, stamp, sizeof *stamp) == 0;
}

static void cache_store(const char *path, const file_stamp *stamp, sim_world *world) {
    if (cache.world != world) free_world(cache.world);
    if (!cache.path || strcmp(cache.path, path) != 0) {
        free(cache.path);
        cache.path = strdup(path);
    }
    cache.stamp = *stamp;
    cache.world = world;
}

static uint32_t make_parent_dirs(const char *path) {
    char *copy = strdup(path);
    if (!copy) return ERROR_NOT_ENOUGH_MEMORY;
    for (char *slash = copy + 1; *slash; slash++) {
        if (*slash != '/' && *slash != '\\') continue;
        char kept = *slash;
        *slash = '\0';
        /* "C:" is a drive, not a folder to create. */
        bool drive = strlen(copy) == 2 && copy[1] == ':';
        if (!drive && !platform_make_dir(copy)) { free(copy); return ERROR_ACCESS_DENIED; }
        *slash = kept;
    }
    free(copy);
    return ERROR_SUCCESS;
}

/* Writes `text` (or the world) to path.tmp.<pid>, flushes it to disk and renames it into place.
 * The new file keeps the mode and owner of the one it replaces (platform_create_replacement). */
static uint32_t write_atomically(const char *path, const sim_world *world, const char *text) {
    uint32_t error = make_parent_dirs(path);
    if (error) {
        diagnostic_set("simulator state file %s: cannot create its folder: %s", path, platform_os_error_text());
        return error;
    }
    char *temporary = text_format("%s.tmp.%ld", path, platform_process_id());
    if (!temporary) return ERROR_NOT_ENOUGH_MEMORY;
    FILE *out = platform_create_replacement(temporary, path);
    if (!out) {
        diagnostic_set("simulator state file %s: cannot create %s: %s", path, temporary, platform_os_error_text());
        free(temporary);
        return ERROR_ACCESS_DENIED;
    }
    const char *unwritable = NULL;
    if (world) unwritable = write_world(out, world);
    else fputs(text, out);
    bool ok = platform_flush_to_disk(out);
    ok = (fclose(out) == 0) && ok;
    if (unwritable) {
        platform_remove_file(temporary);
        free(temporary);
        diagnostic_set("simulator state file %s was left as it was: the %s to save holds a tab or a line break", path, unwritable);
        return ERROR_INVALID_DATA;
    }
    if (!ok || !platform_replace_file(temporary, path)) {
        diagnostic_set("simulator state file %s: cannot replace it with %s: %s", path, temporary, platform_os_error_text());
        platform_remove_file(temporary);
        free(temporary);
        return ERROR_ACCESS_DENIED;
    }
    free(temporary);
    return ERROR_SUCCESS;
}

static char *lock_path_for(const char *path) { return text_format("%s.lock", path); }

void state_forget(void) {
    free_world(cache.world);
    cache.world = NULL;
}

intptr_t state_begin_change(const char *path) {
    char *lock = lock_path_for(path);
    if (!lock || make_parent_dirs(path)) {
        diagnostic_set("simulator state file %s: cannot create its folder: %s", path, platform_os_error_text());
        free(lock);
        return -1;
    }
    intptr_t token = platform_lock_file(lock);
    if (token < 0) diagnostic_set("simulator state file %s: cannot lock %s: %s", path, lock, platform_os_error_text());
    free(lock);
    return token;
}

void state_end_change(intptr_t token) { platform_unlock_file(token); }

static char *read_file(const char *path) {
    FILE *in = platform_open_for_reading(path);
    if (!in) return NULL;
    size_t capacity = 1 << 16, length = 0;
    char *text = malloc(capacity);
    for (size_t got; text && (got = fread(text + length, 1, capacity - length - 1, in)) > 0;) {
        length += got;
        if (capacity - length - 1 == 0) {
            char *bigger = realloc(text, capacity *= 2);
            if (!bigger) { free(text); text = NULL; }
            else text = bigger;
        }
    }
    fclose(in);
    if (text) text[length] = '\0';
    return text;
}

sim_world *state_current(const char *path, uint32_t *error) {
    file_stamp stamp;
    int found = platform_file_stamp(path, &stamp);
    if (found < 0) {
        diagnostic_set("simulator state file %s cannot be examined: %s", path, platform_os_error_text());
        *error = ERROR_ACCESS_DENIED;
        return NULL;
    }
    if (found == 1) {
        /* First use: seed the default state, under the file lock so two processes agree. */
        intptr_t token = state_begin_change(path);
        if (token < 0) { *error = ERROR_ACCESS_DENIED; return NULL; }
        uint32_t written = platform_file_stamp(path, &stamp) == 0 ? ERROR_SUCCESS : write_atomically(path, NULL, DEFAULT_STATE);
        state_end_change(token);
        if (written) { *error = written; return NULL; }
        if (platform_file_stamp(path, &stamp) != 0) { *error = ERROR_ACCESS_DENIED; return NULL; }
    }
    if (cache_matches(path, &stamp)) { *error = ERROR_SUCCESS; return cache.world; }
    char *text = read_file(path);
    if (!text) {
        diagnostic_set("simulator state file %s cannot be read: %s", path, platform_os_error_text());
        *error = ERROR_ACCESS_DENIED;
        return NULL;
    }
    sim_world *world = parse_world(text, path, error);
    free(text);
    if (!world) return NULL;
    cache_store(path, &stamp, world);
    return world;
}

uint32_t state_save(const char *path, sim_world *world) {
    uint32_t error = write_atomically(path, world, NULL);
    if (error) return error;
    file_stamp stamp;
    if (platform_file_stamp(path, &stamp) == 0) cache_store(path, &stamp, world);
    return ERROR_SUCCESS;
}

/* ---------- lookups ---------- */

static const char *bare_name(const char *name) {
    while (*name == '\\') name++;
    return name;
}

static bool is_local_alias(const char *name) {
    return !*name || strcmp(name, ".") == 0 || text_equal_ignoring_case(name, "localhost") || text_equal_ignoring_case(name, "local");
}

sim_server *world_find_server(sim_world *world, const char *name) {
    const char *wanted = bare_name(name ? name : "");
    if (is_local_alias(wanted)) wanted = "local";
    for (size_t i = 0; i < world->server_count; i++) {
        if (text_equal_ignoring_case(world->servers[i].name, wanted)) return &world->servers[i];
    }
    return NULL;
}

sim_port *server_find_port(sim_server *server, uint32_t device_id) {
    for (size_t i = 0; i < server->port_count; i++) {
        if (server->ports[i].device_id == device_id) return &server->ports[i];
    }
    return NULL;
}

sim_job *server_find_job(sim_server *server, uint32_t device_id) {
    for (size_t i = 0; i < server->job_count; i++) {
        if (server->jobs[i].device_id == device_id) return &server->jobs[i];
    }
    return NULL;
}

sim_queue_job *server_find_queue_job(sim_server *server, uint32_t job_id) {
    for (size_t i = 0; i < server->queue_count; i++) {
        if (server->queue[i].job_id == job_id) return &server->queue[i];
    }
    return NULL;
}

sim_queue_job *server_active_queue_job(sim_server *server, uint32_t device_id) {
    if (device_id == 0) return NULL;
    for (size_t i = 0; i < server->queue_count; i++) {
        sim_queue_job *q = &server->queue[i];
        if (q->device_id == device_id && (q->queue_status & JS_INPROGRESS)) return q;
    }
    return NULL;
}

void server_remove_device_job(sim_server *server, uint32_t device_id) {
    sim_job *job = server_find_job(server, device_id);
    if (!job) return;
    size_t index = (size_t)(job - server->jobs);
    free_job(job);
    memmove(job, job + 1, (server->job_count - index - 1) * sizeof *job);
    server->job_count--;
}

void server_remove_queue_job(sim_server *server, sim_queue_job *job) {
    size_t index = (size_t)(job - server->queue);
    free_queue_job(job);
    memmove(job, job + 1, (server->queue_count - index - 1) * sizeof *job);
    server->queue_count--;
}

sim_method *server_find_method(sim_server *server, const char *guid) {
    for (size_t i = 0; i < server->method_count; i++) {
        if (text_equal_ignoring_case(server->methods[i].guid, guid)) return &server->methods[i];
    }
    return NULL;
}
