/* Benchmark driver: events through libami's batched pull API
 * (ami_manager_next_events), from C.
 * argv[1] = HOST:PORT of ami-sim. Prints "ready" once logged in; then for
 * each "go" line on stdin, ticks and pulls events until the burst marker
 * and prints "done <events>". */
#include <stdio.h>
#include <string.h>

#include "ami.h"

int main(int argc, char **argv) {
    char host[64];
    int port = 0;
    if (argc < 2 || sscanf(argv[1], "%63[^:]:%d", host, &port) != 2) {
        return 2;
    }
    char toml[512];
    snprintf(toml, sizeof toml,
             "[servers.a]\nhost = \"%s\"\nport = %d\nusername = \"admin\"\nsecret = \"amp111\"\n[options]\nevent_queue_capacity = 100000\n",
             host, port);
    ami_manager *m = NULL;
    if (ami_manager_new_from_toml(toml, &m) != AMI_STATUS_OK) {
        return 1;
    }
    ami_manager_enable_event_pull(m);
    ami_state st = AMI_STATE_DISCONNECTED;
    while (st != AMI_STATE_READY) {
        ami_manager_tick_all(m, 10, NULL);
        ami_manager_server_state(m, "a", &st);
    }
    for (int i = 0; i < 20; i++) {
        ami_manager_tick_all(m, 5, NULL);
    }
    ami_message *ev = NULL;
    while (ami_manager_next_event(m, &ev) == AMI_STATUS_OK && ev != NULL) {
        ami_message_free(ev);
    }
    printf("ready\n");
    fflush(stdout);
    char line[64];
    while (fgets(line, sizeof line, stdin) != NULL) {
        long events = 0;
        int done = 0;
        while (!done) {
            ami_manager_tick_all(m, 1, NULL);
            const ami_message *batch[256];
            size_t n = 0;
            while (ami_manager_next_events(m, batch, 256, &n) == AMI_STATUS_OK && n > 0) {
                for (size_t i = 0; i < n; i++) {
                    events++;
                    ami_str name = ami_message_event_name(batch[i]);
                    if (name.len == 16 && memcmp(name.ptr, "SimBurstComplete", 16) == 0) {
                        done = 1;
                    }
                }
            }
        }
        printf("done %ld\n", events);
        fflush(stdout);
    }
    ami_manager_free(m);
    return 0;
}
