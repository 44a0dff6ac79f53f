package ami

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func manager(t *testing.T) *Manager {
	addr := os.Getenv("AMI_SIM")
	if addr == "" {
		t.Fatal("AMI_SIM (HOST:PORT of ami-sim) is not set")
	}
	i := strings.LastIndex(addr, ":")
	toml := fmt.Sprintf("default = \"pbx1\"\n[servers.pbx1]\nhost = \"%s\"\nport = %s\nusername = \"admin\"\nsecret = \"amp111\"\ntimeout = 2\n", addr[:i], addr[i+1:])
	m, err := NewFromTOML(toml)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func tickUntil(t *testing.T, m *Manager, cond func() bool) {
	start := time.Now()
	for !cond() {
		if time.Since(start) > 10*time.Second {
			t.Fatal("condition not reached")
		}
		if err := m.TickAll(20); err != nil {
			t.Fatal(err)
		}
	}
}

func TestConfigError(t *testing.T) {
	_, err := NewFromTOML("[options]\nconect_timeout = 5\n")
	e, ok := err.(*Error)
	if !ok || e.Status != Config || !strings.Contains(e.Msg, "conect_timeout") {
		t.Fatalf("got %v", err)
	}
}

func TestPullAPI(t *testing.T) {
	m := manager(t)
	defer m.Close()
	if err := m.EnableEventPull(); err != nil {
		t.Fatal(err)
	}
	tickUntil(t, m, func() bool { s, _ := m.State("pbx1"); return s == "Ready" })
	id, err := m.Send("pbx1", "QueueStatus", [][2]string{{"Queue", "sales"}}, 0)
	if err != nil || !strings.HasPrefix(id, "pbx1-") {
		t.Fatalf("send: %v %q", err, id)
	}
	var c *Completion
	tickUntil(t, m, func() bool { c, _ = m.NextCompletion(); return c != nil })
	if c.Status != OK || c.ActionID != id || len(c.Events) != 3 || c.Events[0].Event != "QueueParams" {
		t.Fatalf("completion %+v", c)
	}
	if q, _ := c.Events[0].Get("QUEUE"); q != "sales" {
		t.Fatalf("queue %q", q)
	}
	var ev *Message
	tickUntil(t, m, func() bool { ev, _ = m.NextEvent(); return ev != nil })
	if ev.Event != "FullyBooted" || ev.Server != "pbx1" {
		t.Fatalf("event %+v", ev)
	}
	if _, err := m.Send("pbx1", "Getvar", [][2]string{{"Variable", "X"}}, 200); err != nil {
		t.Fatal(err)
	}
	tickUntil(t, m, func() bool { c, _ = m.NextCompletion(); return c != nil })
	if c.Status != Timeout {
		t.Fatalf("want timeout, got %+v", c)
	}
	if _, err := m.Send("nope", "Ping", nil, 0); err == nil || err.(*Error).Status != UnknownServer {
		t.Fatalf("got %v", err)
	}
	if _, err := m.Send("pbx1", "Setvar", [][2]string{{"Variable", "a\r\nAction: Hangup"}}, 0); err == nil || err.(*Error).Status != InvalidArgument {
		t.Fatalf("got %v", err)
	}
	if err := m.TickAll(-1); err == nil {
		t.Fatal("negative timeout accepted")
	}
	if !strings.Contains(m.Metrics(), "ami_up{server=\"pbx1\"} 1") {
		t.Fatal("metrics")
	}
}
