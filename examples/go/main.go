// A small dialer on libami's Go binding (pull API): originates N async
// calls, counts the answered ones and the Hangup events, prints a summary.
//
// usage: go run . HOST:PORT [N]   (CGO_LDFLAGS must point at libami)
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"libami/bindings/go/ami"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: dialer HOST:PORT [N]")
		os.Exit(2)
	}
	n := 10
	if len(os.Args) > 2 {
		n, _ = strconv.Atoi(os.Args[2])
	}
	i := strings.LastIndex(os.Args[1], ":")
	m, err := ami.NewFromTOML(fmt.Sprintf("[servers.pbx]\nhost = \"%s\"\nport = %s\nusername = \"admin\"\nsecret = \"amp111\"\n", os.Args[1][:i], os.Args[1][i+1:]))
	if err != nil {
		fmt.Fprintln(os.Stderr, "dialer:", err)
		os.Exit(1)
	}
	defer m.Close()
	_ = m.EnableEventPull()
	start := time.Now()
	for s, _ := m.State("pbx"); s != "Ready" && time.Since(start) < 10*time.Second; s, _ = m.State("pbx") {
		_ = m.TickAll(20)
	}
	answered, failed, hangups := 0, 0, 0
	for k := 0; k < n; k++ {
		h := [][2]string{{"Channel", fmt.Sprintf("Local/%d@dialer", 100+k)}, {"Context", "default"}, {"Exten", "s"}, {"Priority", "1"}, {"Async", "true"}}
		if _, err := m.Send("pbx", "Originate", h, 0); err != nil {
			failed++
		}
	}
	start = time.Now()
	for (answered+failed < n || hangups < answered) && time.Since(start) < 20*time.Second {
		_ = m.TickAll(20)
		for c, _ := m.NextCompletion(); c != nil; c, _ = m.NextCompletion() {
			if c.Status == ami.OK {
				answered++
			} else {
				failed++
			}
		}
		for ev, _ := m.NextEvent(); ev != nil; ev, _ = m.NextEvent() {
			if ev.Event == "Hangup" {
				hangups++
			}
		}
	}
	fmt.Printf("dialer: %d originated, %d answered, %d failed, %d hangups\n", n, answered, failed, hangups)
	if answered != n {
		os.Exit(1)
	}
}
