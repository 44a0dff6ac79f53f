/* The C ABI exercised from C against ami-sim. Argument 1: the simulator's
 * address as HOST:PORT. The simulator never answers Getvar (for the
 * timeout check). Exit status 0 when every check passed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ami.h"

static int failures = 0;
static int checks = 0;

#define CHECK(cond)                                                        \
    do {                                                                   \
        checks++;                                                          \
        if (!(cond)) {                                                     \
            failures++;                                                    \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                  \
    } while (0)

static int str_eq(ami_str s, const char *want) {
    return s.ptr != NULL && s.len == strlen(want) && memcmp(s.ptr, want, s.len) == 0;
}

struct counts {
    int events;
    int fully_booted;
    int completions;
    ami_status last_status;
    int pong;
};

static void on_any(void *userdata, const ami_message *msg) {
    struct counts *c = (struct counts *)userdata;
    c->events++;
    if (str_eq(ami_message_event_name(msg), "FullyBooted")) {
        c->fully_booted++;
        CHECK(str_eq(ami_message_server(msg), "pbx1"));
    }
}

static void on_done(void *userdata, const ami_completion *done) {
    struct counts *c = (struct counts *)userdata;
    c->completions++;
    c->last_status = ami_completion_status(done);
    const ami_message *r = ami_completion_response(done);
    if (r != NULL && str_eq(ami_message_get(r, "ping"), "Pong")) {
        c->pong++;
    }
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Ticks until *flag reaches want (bounded: 10 s). */
static void tick_until(ami_manager *m, const int *flag, int want) {
    double start = now();
    while (*flag < want && now() - start < 10.0) {
        CHECK(ami_manager_tick_all(m, 20, NULL) == AMI_STATUS_OK);
    }
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: test_ami HOST:PORT\n");
        return 2;
    }
    char host[64];
    int port = 0;
    if (sscanf(argv[1], "%63[^:]:%d", host, &port) != 2) {
        return 2;
    }

    CHECK(strlen(ami_version()) > 0);
    CHECK(strcmp(ami_status_str(AMI_STATUS_TIMEOUT), "timed out") == 0);

    /* NULL everywhere is refused, never a crash. */
    ami_manager *m = NULL;
    CHECK(ami_manager_new_from_toml(NULL, &m) == AMI_STATUS_NULL_PARAMETER);
    CHECK(ami_manager_new_from_toml("x = 1", NULL) == AMI_STATUS_NULL_PARAMETER);
    CHECK(ami_manager_tick_all(NULL, 0, NULL) == AMI_STATUS_NULL_PARAMETER);
    CHECK(ami_message_header_count(NULL) == 0);
    CHECK(ami_message_get(NULL, "x").ptr == NULL);
    CHECK(ami_completion_status(NULL) == AMI_STATUS_NULL_PARAMETER);
    CHECK(ami_manager_metrics(NULL, NULL, 0) == 0);
    ami_manager_free(NULL);
    ami_message_free(NULL);
    ami_completion_free(NULL);
    ami_handle_free(NULL);

    /* A bad config names the key. */
    CHECK(ami_manager_new_from_toml("[options]\nconect_timeout = 5\n", &m) == AMI_STATUS_CONFIG);
    char err[4096];
    size_t need = ami_last_error(err, sizeof err);
    CHECK(need > 1 && need <= sizeof err && strstr(err, "conect_timeout") != NULL);

    char toml[512];
    snprintf(toml, sizeof toml,
             "default = \"pbx1\"\n[servers.pbx1]\nhost = \"%s\"\nport = %d\nusername = \"admin\"\nsecret = \"amp111\"\ntimeout = 2\n",
             host, port);
    CHECK(ami_manager_new_from_toml(toml, &m) == AMI_STATUS_OK);
    if (m == NULL) {
        return 1;
    }

    struct counts c;
    memset(&c, 0, sizeof c);
    uint64_t sub = 0;
    CHECK(ami_manager_on_event(m, NULL, on_any, &c, &sub) == AMI_STATUS_OK);
    CHECK(ami_manager_on_event(m, "Hangup", NULL, &c, NULL) == AMI_STATUS_NULL_PARAMETER);
    CHECK(ami_manager_enable_event_pull(m) == AMI_STATUS_OK);

    /* Timeouts: negative refused, above 250 clamped. */
    CHECK(ami_manager_tick_all(m, -1, NULL) == AMI_STATUS_INVALID_ARGUMENT);
    ami_tick_report rep;
    CHECK(ami_manager_poll_all(m, &rep) == AMI_STATUS_OK);

    /* Log in. */
    ami_state st = AMI_STATE_DISCONNECTED;
    double start = now();
    while (st != AMI_STATE_READY && now() - start < 10.0) {
        CHECK(ami_manager_tick_all(m, 20, &rep) == AMI_STATUS_OK);
        CHECK(ami_manager_server_state(m, "pbx1", &st) == AMI_STATUS_OK);
    }
    CHECK(st == AMI_STATE_READY);
    CHECK(ami_manager_server_state(m, "nope", &st) == AMI_STATUS_UNKNOWN_SERVER);
    tick_until(m, &c.fully_booted, 1);
    CHECK(c.fully_booted == 1);

    /* Ping with a callback; the ActionID comes back. */
    char id[AMI_ACTION_ID_MAX + 1];
    CHECK(ami_manager_send(m, "pbx1", "Ping", NULL, 0, 0, on_done, &c, id, sizeof id) == AMI_STATUS_OK);
    CHECK(strncmp(id, "pbx1-", 5) == 0);
    tick_until(m, &c.completions, 1);
    CHECK(c.pong == 1 && c.last_status == AMI_STATUS_OK);
    char small[8];
    CHECK(ami_manager_send(m, "pbx1", "Ping", NULL, 0, 0, NULL, NULL, small, sizeof small) == AMI_STATUS_BUFFER_TOO_SMALL);

    /* QueueStatus without a callback: pulled, with its event list. */
    ami_header q[] = {{"Queue", "support"}};
    CHECK(ami_manager_send(m, NULL, "QueueStatus", q, 1, 0, NULL, NULL, id, sizeof id) == AMI_STATUS_OK);
    ami_completion *done = NULL;
    start = now();
    while (done == NULL && now() - start < 10.0) {
        CHECK(ami_manager_tick_all(m, 20, NULL) == AMI_STATUS_OK);
        CHECK(ami_manager_next_completion(m, &done) == AMI_STATUS_OK);
    }
    CHECK(done != NULL);
    if (done != NULL) {
        CHECK(ami_completion_status(done) == AMI_STATUS_OK);
        CHECK(str_eq(ami_completion_action_id(done), id));
        size_t n = ami_completion_event_count(done);
        CHECK(n == 5); /* QueueParams + 3 members + QueueStatusComplete */
        const ami_message *first = ami_completion_event_at(done, 0);
        CHECK(str_eq(ami_message_event_name(first), "QueueParams"));
        CHECK(str_eq(ami_message_get(first, "QUEUE"), "support"));
        CHECK(ami_message_header_count(first) > 5);
        ami_str k, v;
        CHECK(ami_message_header_at(first, 0, &k, &v) == AMI_STATUS_OK);
        CHECK(str_eq(k, "Event") && str_eq(v, "QueueParams"));
        CHECK(ami_message_header_at(first, 999, &k, &v) == AMI_STATUS_INVALID_ARGUMENT);
        CHECK(ami_completion_event_at(done, 99) == NULL);
        ami_completion_free(done);
    }

    /* Bad arguments. */
    ami_header inj[] = {{"Variable", "X\r\nAction: Hangup"}};
    CHECK(ami_manager_send(m, "pbx1", "Setvar", inj, 1, 0, NULL, NULL, NULL, 0) == AMI_STATUS_INVALID_ARGUMENT);
    need = ami_last_error(err, sizeof err);
    CHECK(strstr(err, "header injection") != NULL);
    CHECK(ami_manager_send(m, "nope", "Ping", NULL, 0, 0, NULL, NULL, NULL, 0) == AMI_STATUS_UNKNOWN_SERVER);
    CHECK(ami_manager_send(m, "pbx1", "Ping", NULL, 1, 0, NULL, NULL, NULL, 0) == AMI_STATUS_NULL_PARAMETER);
    CHECK(ami_manager_send(m, "pbx1", "Ping", NULL, 0, -5, NULL, NULL, NULL, 0) == AMI_STATUS_INVALID_ARGUMENT);
    CHECK(ami_manager_send(m, "pbx1", NULL, NULL, 0, 0, NULL, NULL, NULL, 0) == AMI_STATUS_NULL_PARAMETER);

    /* A timeout (the simulator never answers Getvar). */
    ami_header gv[] = {{"Variable", "FOO"}};
    int before = c.completions;
    CHECK(ami_manager_send(m, "pbx1", "Getvar", gv, 1, 200, on_done, &c, NULL, 0) == AMI_STATUS_OK);
    tick_until(m, &c.completions, before + 1);
    CHECK(c.last_status == AMI_STATUS_TIMEOUT);

    /* Pulled events are freed by the caller. */
    ami_message *ev = NULL;
    CHECK(ami_manager_next_event(m, &ev) == AMI_STATUS_OK);
    CHECK(ev != NULL);
    if (ev != NULL) {
        CHECK(str_eq(ami_message_event_name(ev), "FullyBooted"));
        ami_message_free(ev);
    }

    /* Batched, borrowed pull: a UserEvent we send comes back in a batch. */
    ami_header ue[] = {{"UserEvent", "Batch"}};
    CHECK(ami_manager_send(m, "pbx1", "UserEvent", ue, 1, 0, NULL, NULL, NULL, 0) == AMI_STATUS_OK);
    const ami_message *batch[4];
    size_t got = 0;
    int seen_batch = 0;
    start = now();
    while (!seen_batch && now() - start < 10.0) {
        CHECK(ami_manager_tick_all(m, 20, NULL) == AMI_STATUS_OK);
        CHECK(ami_manager_next_events(m, batch, 4, &got) == AMI_STATUS_OK);
        CHECK(got <= 4);
        for (size_t i = 0; i < got; i++) {
            if (str_eq(ami_message_get(batch[i], "UserEvent"), "Batch")) {
                seen_batch = 1;
                CHECK(str_eq(ami_message_server(batch[i]), "pbx1"));
            }
        }
    }
    CHECK(seen_batch);
    CHECK(ami_manager_next_events(m, batch, 4, NULL) == AMI_STATUS_NULL_PARAMETER);
    CHECK(ami_manager_next_events(m, NULL, 4, &got) == AMI_STATUS_NULL_PARAMETER);
    CHECK(ami_manager_next_events(m, NULL, 0, &got) == AMI_STATUS_OK && got == 0);
    CHECK(ami_manager_next_events(NULL, batch, 4, &got) == AMI_STATUS_NULL_PARAMETER);
    /* The completion of that UserEvent is still to pull; drain it. */
    start = now();
    done = NULL;
    while (done == NULL && now() - start < 10.0) {
        CHECK(ami_manager_tick_all(m, 20, NULL) == AMI_STATUS_OK);
        CHECK(ami_manager_next_completion(m, &done) == AMI_STATUS_OK);
    }
    ami_completion_free(done);

    /* Metrics: ask the size, then fill. */
    size_t size = ami_manager_metrics(m, NULL, 0);
    CHECK(size > 100);
    char *text = malloc(size);
    CHECK(ami_manager_metrics(m, text, size) == size);
    CHECK(strstr(text, "ami_up{server=\"pbx1\"} 1") != NULL);
    free(text);

    /* Stats as structs: the same numbers, no text to parse. */
    ami_stats all;
    memset(&all, 0xff, sizeof all);
    CHECK(ami_manager_stats(m, &all, sizeof all) == AMI_STATUS_OK);
    CHECK(all.servers == 1 && all.servers_ready == 1);
    /* Ping, QueueStatus and UserEvent answered, Getvar timed out (the Ping
     * refused for its small buffer was never sent). */
    CHECK(all.totals.actions_sent == 4 && all.totals.actions_ok == 3 && all.totals.actions_timed_out == 1);
    CHECK(all.totals.events >= 1 && all.pending == 0 && all.unclaimed_completions == 0);
    CHECK(ami_manager_stats(m, NULL, sizeof all) == AMI_STATUS_NULL_PARAMETER);
    CHECK(ami_manager_stats(NULL, &all, sizeof all) == AMI_STATUS_NULL_PARAMETER);
    CHECK(ami_manager_stats(m, &all, 0) == AMI_STATUS_INVALID_ARGUMENT);
    CHECK(ami_manager_stats(m, &all, 3) == AMI_STATUS_INVALID_ARGUMENT);
    /* A caller built against a shorter struct gets only what it knows. */
    uint64_t older[3] = {0, 0, 12345};
    CHECK(ami_manager_stats(m, (ami_stats *)older, 2 * sizeof(uint64_t)) == AMI_STATUS_OK);
    CHECK(older[0] == 1 && older[1] == 1 && older[2] == 12345);
    ami_server_stats one;
    CHECK(ami_manager_server_stats(m, "pbx1", &one, sizeof one) == AMI_STATUS_OK);
    CHECK(one.state == AMI_STATE_READY && one.circuit == 0);
    CHECK(one.counters.actions_sent == all.totals.actions_sent && one.latency_count == 4);
    CHECK(ami_manager_server_stats(m, "nope", &one, sizeof one) == AMI_STATUS_UNKNOWN_SERVER);
    CHECK(ami_manager_server_stats(m, NULL, &one, sizeof one) == AMI_STATUS_NULL_PARAMETER);

    /* The thread-safe handle (posted from this thread for the test). */
    ami_handle *h = NULL;
    CHECK(ami_manager_handle(m, &h) == AMI_STATUS_OK);
    CHECK(ami_handle_post(h, "pbx1", "Ping", NULL, 0) == AMI_STATUS_OK);
    done = NULL;
    start = now();
    while (done == NULL && now() - start < 10.0) {
        CHECK(ami_manager_tick_all(m, 20, NULL) == AMI_STATUS_OK);
        CHECK(ami_manager_next_completion(m, &done) == AMI_STATUS_OK);
    }
    CHECK(done != NULL && ami_completion_status(done) == AMI_STATUS_OK);
    ami_completion_free(done);

    CHECK(ami_manager_remove_listener(m, sub) == AMI_STATUS_OK);
    CHECK(ami_manager_remove_listener(m, sub) == AMI_STATUS_INVALID_ARGUMENT);
    ami_manager_free(m);
    /* The handle outlives the manager: posting says so. */
    CHECK(ami_handle_post(h, "pbx1", "Ping", NULL, 0) == AMI_STATUS_CLOSED);
    ami_handle_free(h);

    printf("c: %d passed, %d failed\n", checks - failures, failures);
    return failures == 0 ? 0 : 1;
}
