/* A small dialer on libami: originates N async calls, counts the answered
 * ones and the Hangup events, prints a summary.
 * usage: dialer HOST:PORT [N]   (user admin / amp111) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ami.h"

struct tally {
    int answered, failed, hangups;
};

static void on_hangup(void *userdata, const ami_message *msg) {
    (void)msg;
    ((struct tally *)userdata)->hangups++;
}

static void on_originated(void *userdata, const ami_completion *c) {
    struct tally *t = (struct tally *)userdata;
    if (ami_completion_status(c) == AMI_STATUS_OK) {
        t->answered++;
    } else {
        t->failed++;
    }
}

int main(int argc, char **argv) {
    char host[64];
    int port = 0, n = argc > 2 ? atoi(argv[2]) : 10;
    if (argc < 2 || sscanf(argv[1], "%63[^:]:%d", host, &port) != 2) {
        fprintf(stderr, "usage: dialer HOST:PORT [N]\n");
        return 2;
    }
    char toml[512];
    snprintf(toml, sizeof toml, "[servers.pbx]\nhost = \"%s\"\nport = %d\nusername = \"admin\"\nsecret = \"amp111\"\n", host, port);
    ami_manager *m = NULL;
    if (ami_manager_new_from_toml(toml, &m) != AMI_STATUS_OK) {
        char err[1024];
        ami_last_error(err, sizeof err);
        fprintf(stderr, "dialer: %s\n", err);
        return 1;
    }
    struct tally t = {0, 0, 0};
    ami_manager_on_event(m, "Hangup", on_hangup, &t, NULL);
    ami_state st = AMI_STATE_DISCONNECTED;
    time_t start = time(NULL);
    while (st != AMI_STATE_READY && time(NULL) - start < 10) {
        ami_manager_tick_all(m, 20, NULL);
        ami_manager_server_state(m, "pbx", &st);
    }
    for (int i = 0; i < n; i++) {
        char channel[64];
        snprintf(channel, sizeof channel, "Local/%d@dialer", 100 + i);
        ami_header h[] = {{"Channel", channel}, {"Context", "default"}, {"Exten", "s"}, {"Priority", "1"}, {"Async", "true"}};
        if (ami_manager_send(m, "pbx", "Originate", h, 5, 0, on_originated, &t, NULL, 0) != AMI_STATUS_OK) {
            t.failed++;
        }
    }
    start = time(NULL);
    while ((t.answered + t.failed < n || t.hangups < t.answered) && time(NULL) - start < 20) {
        ami_manager_tick_all(m, 20, NULL);
    }
    printf("dialer: %d originated, %d answered, %d failed, %d hangups\n", n, t.answered, t.failed, t.hangups);
    ami_manager_free(m);
    return t.answered == n ? 0 : 1;
}
