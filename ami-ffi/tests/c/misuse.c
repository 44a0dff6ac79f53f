/* Misuse of the C ABI that must be safe: bad enum values, re-entrant
 * listener add/remove, nested ticks, a free inside a callback, callbacks
 * that cross managers, batched pulls and stats from inside a callback and
 * after a deferred free, and eight threads posting while the manager ticks.
 * Run plain, under ASan+UBSan, under valgrind, and (section "threads")
 * under TSan.
 *
 * usage: misuse HOST:PORT [SECTION...]   (no section: all of them)
 * Exit status 0 when every check passed. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ami.h"

static int failures = 0;
static int checks = 0;

#define CHECK(cond)                                                                \
    do {                                                                           \
        checks++;                                                                  \
        if (!(cond)) {                                                             \
            failures++;                                                            \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                          \
    } while (0)

static char toml[512];

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int str_eq(ami_str s, const char *want) {
    return s.ptr != NULL && s.len == strlen(want) && memcmp(s.ptr, want, s.len) == 0;
}

static const char *last_error(void) {
    static char buf[1024];
    ami_last_error(buf, sizeof buf);
    return buf;
}

/* A manager logged in to the simulator (NULL on failure). */
static ami_manager *connected(void) {
    ami_manager *m = NULL;
    CHECK(ami_manager_new_from_toml(toml, &m) == AMI_STATUS_OK);
    if (m == NULL) {
        return NULL;
    }
    ami_state st = AMI_STATE_DISCONNECTED;
    double start = now();
    while (st != AMI_STATE_READY && now() - start < 10.0) {
        CHECK(ami_manager_tick_all(m, 20, NULL) == AMI_STATUS_OK);
        CHECK(ami_manager_server_state(m, "pbx1", &st) == AMI_STATUS_OK);
    }
    CHECK(st == AMI_STATE_READY);
    return m;
}

/* Asks the simulator for one UserEvent named `name` (it reaches every
 * connected manager). */
static void user_event(ami_manager *m, const char *name) {
    ami_header h[] = {{"UserEvent", name}};
    CHECK(ami_manager_send(m, "pbx1", "UserEvent", h, 1, 0, NULL, NULL, NULL, 0) == AMI_STATUS_OK);
}

/* Ticks `m` until *flag >= want (bounded: 10 s). */
static void tick_until(ami_manager *m, const int *flag, int want) {
    double start = now();
    while (*flag < want && now() - start < 10.0) {
        CHECK(ami_manager_tick_all(m, 20, NULL) == AMI_STATUS_OK);
    }
    CHECK(*flag >= want);
}

/* ---- defect 1: enums from C are integers, unknown ones mapped ---- */
static void bad_enums(void) {
    CHECK(strcmp(ami_status_str(AMI_STATUS_OK), "ok") == 0);
    CHECK(strcmp(ami_status_str(15), "tick called from inside a callback") == 0);
    CHECK(strcmp(ami_status_str(16), "posted action refused, never sent") == 0);
    CHECK(strcmp(ami_status_str(17), "unknown status") == 0);
    CHECK(strcmp(ami_status_str(99), "unknown status") == 0);
    CHECK(strcmp(ami_status_str(0x80000000u), "unknown status") == 0);
    CHECK(strcmp(ami_status_str(0xFFFFFFFFu), "unknown status") == 0);
}

/* ---- defect 6: the action timeout's own range in its message ---- */
static void timeout_messages(void) {
    ami_manager *m = NULL;
    CHECK(ami_manager_new_from_toml(toml, &m) == AMI_STATUS_OK);
    CHECK(ami_manager_send(m, "pbx1", "Ping", NULL, 0, -5, NULL, NULL, NULL, 0) == AMI_STATUS_INVALID_ARGUMENT);
    const char *e = last_error();
    CHECK(strstr(e, "action timeout") != NULL && strstr(e, "-5") != NULL);
    CHECK(strstr(e, "250") == NULL);
    CHECK(ami_manager_tick_all(m, -1, NULL) == AMI_STATUS_INVALID_ARGUMENT);
    e = last_error();
    CHECK(strstr(e, "tick timeout") != NULL && strstr(e, "-1") != NULL);
    ami_manager_free(m);
}

/* ---- defect 2: listeners added and removed from inside a callback ---- */
struct reent {
    ami_manager *m;
    uint64_t self_id, added_id;
    int self_calls, added_calls;
    ami_status add_st, rm_self_st, rm_again_st, rm_added_st;
};

static void on_added(void *ud, const ami_message *msg) {
    struct reent *r = ud;
    if (str_eq(ami_message_event_name(msg), "UserEvent")) {
        r->added_calls++;
        if (r->added_calls == 1) {
            r->rm_added_st = ami_manager_remove_listener(r->m, r->added_id);
        }
    }
}

static void on_reent(void *ud, const ami_message *msg) {
    struct reent *r = ud;
    if (!str_eq(ami_message_event_name(msg), "UserEvent")) {
        return;
    }
    r->self_calls++;
    if (r->self_calls == 1) {
        r->add_st = ami_manager_on_event(r->m, "UserEvent", on_added, r, &r->added_id);
        r->rm_self_st = ami_manager_remove_listener(r->m, r->self_id);
        r->rm_again_st = ami_manager_remove_listener(r->m, r->self_id);
    }
}

static void reentrant_listeners(void) {
    struct reent r;
    memset(&r, 0, sizeof r);
    r.m = connected();
    if (r.m == NULL) {
        return;
    }
    CHECK(ami_manager_on_event(r.m, NULL, on_reent, &r, &r.self_id) == AMI_STATUS_OK);
    CHECK(r.self_id != 0);
    user_event(r.m, "first");
    tick_until(r.m, &r.self_calls, 1);
    CHECK(r.add_st == AMI_STATUS_OK && r.added_id != 0 && r.added_id != r.self_id);
    CHECK(r.rm_self_st == AMI_STATUS_OK);
    CHECK(r.rm_again_st == AMI_STATUS_INVALID_ARGUMENT);
    user_event(r.m, "second");
    user_event(r.m, "third");
    tick_until(r.m, &r.added_calls, 1);
    /* A few more ticks: the removed listeners are never called again. */
    for (int i = 0; i < 10; i++) {
        CHECK(ami_manager_tick_all(r.m, 10, NULL) == AMI_STATUS_OK);
    }
    CHECK(r.self_calls == 1);
    CHECK(r.added_calls == 1);
    CHECK(r.rm_added_st == AMI_STATUS_OK);
    CHECK(ami_manager_remove_listener(r.m, r.added_id) == AMI_STATUS_INVALID_ARGUMENT);
    CHECK(ami_manager_remove_listener(r.m, 0) == AMI_STATUS_INVALID_ARGUMENT);
    ami_manager_free(r.m);
}

/* ---- defect 4: nested ticks are refused; a free inside a callback waits ---- */
struct nested {
    ami_manager *m;
    int calls;
    ami_status tick_st, poll_st, tick1_st;
    int freed, after_free_calls;
    ami_status send_after_free;
};

static void on_nested(void *ud, const ami_message *msg) {
    struct nested *n = ud;
    if (!str_eq(ami_message_event_name(msg), "UserEvent")) {
        return;
    }
    n->calls++;
    n->tick_st = ami_manager_tick_all(n->m, 0, NULL);
    n->poll_st = ami_manager_poll_all(n->m, NULL);
    n->tick1_st = ami_manager_tick(n->m, "pbx1", 0, NULL);
}

static void on_free(void *ud, const ami_message *msg) {
    struct nested *n = ud;
    if (!str_eq(ami_message_event_name(msg), "UserEvent")) {
        return;
    }
    if (!n->freed) {
        n->freed = 1;
        ami_manager_free(n->m);          /* deferred until the tick returns */
        ami_manager_free(n->m);          /* still the same pending free */
        n->send_after_free = ami_manager_send(n->m, "pbx1", "Ping", NULL, 0, 0, NULL, NULL, NULL, 0);
    } else {
        n->after_free_calls++;           /* a later event of the same tick */
    }
}

static void nested_tick_and_free(void) {
    struct nested n;
    memset(&n, 0, sizeof n);
    n.m = connected();
    if (n.m == NULL) {
        return;
    }
    CHECK(ami_manager_on_event(n.m, "UserEvent", on_nested, &n, NULL) == AMI_STATUS_OK);
    user_event(n.m, "nested");
    tick_until(n.m, &n.calls, 1);
    CHECK(n.tick_st == AMI_STATUS_REENTRANT);
    CHECK(n.poll_st == AMI_STATUS_REENTRANT);
    CHECK(n.tick1_st == AMI_STATUS_REENTRANT);
    /* Refused, not lost: counted in the metrics. */
    size_t size = ami_manager_metrics(n.m, NULL, 0);
    char *text = malloc(size);
    CHECK(ami_manager_metrics(n.m, text, size) == size);
    CHECK(strstr(text, "ami_reentrant_ticks_total 3") != NULL);
    free(text);

    ami_manager *f = connected();
    if (f == NULL) {
        return;
    }
    struct nested g;
    memset(&g, 0, sizeof g);
    g.m = f;
    CHECK(ami_manager_on_event(f, "UserEvent", on_free, &g, NULL) == AMI_STATUS_OK);
    user_event(f, "free-1");
    user_event(f, "free-2");
    ami_status st = AMI_STATUS_OK;
    double start = now();
    while (st == AMI_STATUS_OK && now() - start < 10.0) {
        st = ami_manager_tick_all(f, 20, NULL);
    }
    /* The tick that ran the freeing callback says the manager is gone. */
    CHECK(st == AMI_STATUS_CLOSED);
    CHECK(g.freed == 1);
    CHECK(g.send_after_free == AMI_STATUS_CLOSED);
    ami_manager_free(n.m);
}

/* ---- defect 3: callbacks crossing managers ---- */
struct cross {
    ami_manager *a, *b;
    int a_calls, b_calls, pongs;
    ami_status a_tick_b, b_send_a, b_tick_a, b_listen_a, b_unlisten_a;
};

static void on_pong(void *ud, const ami_completion *c) {
    struct cross *x = ud;
    if (ami_completion_status(c) == AMI_STATUS_OK) {
        x->pongs++;
    }
}

static void on_b(void *ud, const ami_message *msg) {
    struct cross *x = ud;
    if (!str_eq(ami_message_event_name(msg), "UserEvent")) {
        return;
    }
    x->b_calls++;
    /* B's callback, running inside A's callback: back into A. */
    x->b_send_a = ami_manager_send(x->a, "pbx1", "Ping", NULL, 0, 0, on_pong, x, NULL, 0);
    x->b_tick_a = ami_manager_tick_all(x->a, 0, NULL);
    uint64_t id = 0;
    x->b_listen_a = ami_manager_on_event(x->a, "Nothing", on_b, x, &id);
    x->b_unlisten_a = ami_manager_remove_listener(x->a, id);
}

static void on_a(void *ud, const ami_message *msg) {
    struct cross *x = ud;
    if (!str_eq(ami_message_event_name(msg), "UserEvent") || x->a_calls > 0) {
        return;
    }
    x->a_calls++;
    /* A's callback ticks B until B's callback has run. */
    double start = now();
    while (x->b_calls == 0 && now() - start < 10.0) {
        x->a_tick_b = ami_manager_tick_all(x->b, 20, NULL);
        if (x->a_tick_b != AMI_STATUS_OK) {
            break;
        }
    }
}

static void cross_managers(void) {
    struct cross x;
    memset(&x, 0, sizeof x);
    x.a = connected();
    x.b = connected();
    if (x.a == NULL || x.b == NULL) {
        return;
    }
    CHECK(ami_manager_on_event(x.a, NULL, on_a, &x, NULL) == AMI_STATUS_OK);
    CHECK(ami_manager_on_event(x.b, NULL, on_b, &x, NULL) == AMI_STATUS_OK);
    user_event(x.a, "cross");
    tick_until(x.a, &x.a_calls, 1);
    CHECK(x.b_calls >= 1);
    CHECK(x.a_tick_b == AMI_STATUS_OK);
    CHECK(x.b_send_a == AMI_STATUS_OK);
    CHECK(x.b_tick_a == AMI_STATUS_REENTRANT);
    CHECK(x.b_listen_a == AMI_STATUS_OK);
    CHECK(x.b_unlisten_a == AMI_STATUS_OK);
    tick_until(x.a, &x.pongs, 1);
    ami_manager_free(x.b);
    ami_manager_free(x.a);
}

/* ---- defect 5: eight threads posting ---- */
#define THREADS 8

struct poster {
    ami_handle *h;
    int n;
    int ok, backpressure, other;
    atomic_int *accepted;
    atomic_int *done;
};

static void *post_loop(void *arg) {
    struct poster *p = arg;
    for (int i = 0; i < p->n; i++) {
        /* One in four goes to an unknown server: refused by the manager,
         * so it must come back as AMI_STATUS_NOT_SENT. */
        const char *server = (i % 4 == 3) ? "nope" : "pbx1";
        ami_status st = ami_handle_post(p->h, server, "Ping", NULL, 0);
        if (st == AMI_STATUS_OK) {
            p->ok++;
            if (p->accepted) {
                atomic_fetch_add(p->accepted, 1);
            }
        } else if (st == AMI_STATUS_BACKPRESSURE) {
            p->backpressure++;
        } else {
            p->other++;
        }
    }
    if (p->done) {
        atomic_fetch_add(p->done, 1);
    }
    return NULL;
}

/* Pulls every completion; counts them by status. */
static void drain(ami_manager *m, int *total, int *not_sent, int *ok) {
    ami_completion *c = NULL;
    while (ami_manager_next_completion(m, &c) == AMI_STATUS_OK && c != NULL) {
        ami_status st = ami_completion_status(c);
        (*total)++;
        if (st == AMI_STATUS_NOT_SENT) {
            (*not_sent)++;
            CHECK(ami_completion_action_id(c).len == 0);
        } else if (st == AMI_STATUS_OK) {
            (*ok)++;
        }
        ami_completion_free(c);
    }
}

static void threads(int per_thread, int full_queue) {
    ami_manager *m = connected();
    if (m == NULL) {
        return;
    }
    ami_handle *h = NULL;
    CHECK(ami_manager_handle(m, &h) == AMI_STATUS_OK);
    atomic_int accepted = 0, done = 0;
    struct poster p[THREADS];
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++) {
        memset(&p[i], 0, sizeof p[i]);
        p[i].h = h;
        p[i].n = per_thread;
        p[i].accepted = &accepted;
        p[i].done = &done;
        CHECK(pthread_create(&t[i], NULL, post_loop, &p[i]) == 0);
    }
    int total = 0, not_sent = 0, ok = 0;
    if (full_queue) {
        /* Nobody ticks while they post: the queue (10,000) fills up. */
        for (int i = 0; i < THREADS; i++) {
            pthread_join(t[i], NULL);
        }
    }
    /* Tick and pull until every accepted post has its completion. */
    double start = now();
    while (now() - start < 60.0) {
        CHECK(ami_manager_tick_all(m, 5, NULL) == AMI_STATUS_OK);
        drain(m, &total, &not_sent, &ok);
        if (atomic_load(&done) == THREADS && total >= atomic_load(&accepted)) {
            break;
        }
    }
    if (!full_queue) {
        for (int i = 0; i < THREADS; i++) {
            pthread_join(t[i], NULL);
        }
    }
    /* Nothing more arrives: exactly one completion per accepted post. */
    for (int i = 0; i < 5; i++) {
        CHECK(ami_manager_tick_all(m, 5, NULL) == AMI_STATUS_OK);
        drain(m, &total, &not_sent, &ok);
    }
    int n_ok = 0, n_bp = 0, n_other = 0;
    for (int i = 0; i < THREADS; i++) {
        n_ok += p[i].ok;
        n_bp += p[i].backpressure;
        n_other += p[i].other;
    }
    printf("threads(%d, full=%d): %d accepted, %d backpressure, %d completions (%d ok, %d not sent)\n",
           per_thread, full_queue, n_ok, n_bp, total, ok, not_sent);
    CHECK(n_other == 0);
    CHECK(n_ok + n_bp == THREADS * per_thread);
    CHECK(n_ok == atomic_load(&accepted));
    CHECK(total == n_ok);
    CHECK(ok + not_sent == total);
    CHECK(not_sent >= 1);
    if (full_queue) {
        CHECK(n_ok == 10000 && n_bp == THREADS * per_thread - 10000);
    }
    ami_manager_free(m);
    /* The handle outlives the manager. */
    CHECK(ami_handle_post(h, "pbx1", "Ping", NULL, 0) == AMI_STATUS_CLOSED);
    ami_handle_free(h);
}

/* ---- batched pull and stats from inside a callback, and after a free ---- */
struct batch {
    ami_manager *m;
    int calls, pulled, named, freed;
    ami_status pull_st, stats_st, server_st, after_free_pull, after_free_stats;
    uint64_t servers;
};

static void on_batch(void *ud, const ami_message *msg) {
    struct batch *b = ud;
    if (!str_eq(ami_message_event_name(msg), "UserEvent")) {
        return;
    }
    b->calls++;
    /* Pull what is queued (earlier events: this one reaches the pull queue
     * after its listeners), read while the tick still holds the manager. */
    const ami_message *evs[8];
    size_t n = 0;
    do {
        b->pull_st = ami_manager_next_events(b->m, evs, 8, &n);
        for (size_t i = 0; i < n; i++) {
            b->pulled++;
            b->named += ami_message_event_name(evs[i]).len > 0;
        }
    } while (b->pull_st == AMI_STATUS_OK && n > 0);
    ami_stats st;
    b->stats_st = ami_manager_stats(b->m, &st, sizeof st);
    b->servers = st.servers;
    ami_server_stats one;
    b->server_st = ami_manager_server_stats(b->m, "pbx1", &one, sizeof one);
    if (b->calls == 2) {
        b->freed = 1;
        ami_manager_free(b->m);          /* deferred until the tick returns */
        b->after_free_pull = ami_manager_next_events(b->m, evs, 8, &n);
        b->after_free_stats = ami_manager_stats(b->m, &st, sizeof st);
    }
}

static void batch_in_callbacks(void) {
    struct batch b;
    memset(&b, 0, sizeof b);
    b.m = connected();
    if (b.m == NULL) {
        return;
    }
    CHECK(ami_manager_enable_event_pull(b.m) == AMI_STATUS_OK);
    CHECK(ami_manager_on_event(b.m, "UserEvent", on_batch, &b, NULL) == AMI_STATUS_OK);
    user_event(b.m, "batch-1");
    tick_until(b.m, &b.calls, 1);
    CHECK(b.pull_st == AMI_STATUS_OK && b.stats_st == AMI_STATUS_OK && b.server_st == AMI_STATUS_OK);
    CHECK(b.servers == 1 && b.named == b.pulled);
    user_event(b.m, "batch-2");
    ami_status st = AMI_STATUS_OK;
    double start = now();
    while (st == AMI_STATUS_OK && now() - start < 10.0) {
        st = ami_manager_tick_all(b.m, 20, NULL);
    }
    CHECK(st == AMI_STATUS_CLOSED);
    CHECK(b.freed == 1);
    CHECK(b.pulled >= 1 && b.named == b.pulled); /* batch-1, pulled during batch-2 */
    CHECK(b.after_free_pull == AMI_STATUS_CLOSED);
    CHECK(b.after_free_stats == AMI_STATUS_CLOSED);
}

static int wanted(int argc, char **argv, const char *name) {
    if (argc < 3) {
        return 1;
    }
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], name) == 0) {
            return 1;
        }
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: misuse HOST:PORT [SECTION...]\n");
        return 2;
    }
    char host[64];
    int port = 0;
    if (sscanf(argv[1], "%63[^:]:%d", host, &port) != 2) {
        return 2;
    }
    snprintf(toml, sizeof toml,
             "[servers.pbx1]\nhost = \"%s\"\nport = %d\nusername = \"admin\"\nsecret = \"amp111\"\ntimeout = 5\n",
             host, port);
    if (wanted(argc, argv, "enums")) {
        bad_enums();
    }
    if (wanted(argc, argv, "timeouts")) {
        timeout_messages();
    }
    if (wanted(argc, argv, "listeners")) {
        reentrant_listeners();
    }
    if (wanted(argc, argv, "nested")) {
        nested_tick_and_free();
    }
    if (wanted(argc, argv, "cross")) {
        cross_managers();
    }
    if (wanted(argc, argv, "batch")) {
        batch_in_callbacks();
    }
    if (wanted(argc, argv, "threads")) {
        threads(200, 0);
    }
    if (wanted(argc, argv, "full")) {
        threads(1300, 1);
    }
    printf("misuse: %d passed, %d failed\n", checks - failures, failures);
    return failures == 0 ? 0 : 1;
}
