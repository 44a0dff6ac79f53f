// Package ami is a cgo binding of libami (include/ami.h): many Asterisk
// Manager Interface servers driven by one selector, with a pull API.
//
// It builds against an installed libami through pkg-config (`ami.pc`, from
// ami-ffi/install.sh): set PKG_CONFIG_PATH to PREFIX/lib/pkgconfig, and
// LD_LIBRARY_PATH to PREFIX/lib when the prefix is not a system one.
// A Manager is driven by one goroutine at a time (TickAll, Send, Next*).
package ami

/*
#cgo pkg-config: ami
#include <stdlib.h>
#include "ami.h"
*/
import "C"

import (
	"fmt"
	"unsafe"
)

// Status codes (see ami.h).
const (
	OK              = 0
	InvalidArgument = 2
	UnknownServer   = 3
	NotReady        = 4
	Config          = 6
	Timeout         = 7
	ConnectionLost  = 8
	ServerError     = 9
)

// Error is a failed libami call.
type Error struct {
	Status int
	Msg    string
}

func (e *Error) Error() string { return e.Msg }

func check(st C.ami_status) error {
	if st == C.AMI_STATUS_OK {
		return nil
	}
	n := C.ami_last_error(nil, 0)
	buf := (*C.char)(C.malloc(C.size_t(n)))
	defer C.free(unsafe.Pointer(buf))
	C.ami_last_error(buf, n)
	return &Error{Status: int(st), Msg: fmt.Sprintf("%s: %s", C.GoString(C.ami_status_str(st)), C.GoString(buf))}
}

func str(s C.ami_str) string {
	if s.ptr == nil {
		return ""
	}
	return C.GoStringN((*C.char)(unsafe.Pointer(s.ptr)), C.int(s.len))
}

// Version is the library version.
func Version() string { return C.GoString(C.ami_version()) }

// Message is an event or a response, copied into Go memory.
type Message struct {
	Server, Event, ActionID string
	Headers                 [][2]string
}

// Get returns the first value of key (ASCII case-insensitive).
func (m *Message) Get(key string) (string, bool) {
	for _, h := range m.Headers {
		if len(h[0]) == len(key) && equalFold(h[0], key) {
			return h[1], true
		}
	}
	return "", false
}

func equalFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 32
		}
		if 'A' <= y && y <= 'Z' {
			y += 32
		}
		if x != y {
			return false
		}
	}
	return true
}

func message(p *C.ami_message) Message {
	m := Message{Server: str(C.ami_message_server(p)), Event: str(C.ami_message_event_name(p)), ActionID: str(C.ami_message_action_id(p))}
	n := int(C.ami_message_header_count(p))
	for i := 0; i < n; i++ {
		var k, v C.ami_str
		if C.ami_message_header_at(p, C.size_t(i), &k, &v) == C.AMI_STATUS_OK {
			m.Headers = append(m.Headers, [2]string{str(k), str(v)})
		}
	}
	return m
}

// Completion is an action's outcome.
type Completion struct {
	Status                  int
	ActionID, Server, Error string
	Response                *Message
	Events                  []Message
}

// Manager holds every configured server.
type Manager struct{ p *C.ami_manager }

// NewFromTOML creates a manager from TOML text.
func NewFromTOML(text string) (*Manager, error) {
	cs := C.CString(text)
	defer C.free(unsafe.Pointer(cs))
	var p *C.ami_manager
	if err := check(C.ami_manager_new_from_toml(cs, &p)); err != nil {
		return nil, err
	}
	return &Manager{p: p}, nil
}

// Close frees the manager.
func (m *Manager) Close() {
	C.ami_manager_free(m.p)
	m.p = nil
}

// TickAll runs one tick of at most ms milliseconds.
func (m *Manager) TickAll(ms int) error { return check(C.ami_manager_tick_all(m.p, C.int32_t(ms), nil)) }

// State is a server's state name.
func (m *Manager) State(server string) (string, error) {
	cs := C.CString(server)
	defer C.free(unsafe.Pointer(cs))
	var st C.ami_state
	if err := check(C.ami_manager_server_state(m.p, cs, &st)); err != nil {
		return "", err
	}
	return []string{"Disconnected", "Connecting", "AwaitingBanner", "Authenticating", "Ready", "Closing"}[int(st)], nil
}

// Send queues an action ("" server: routing); the outcome comes from
// NextCompletion. Returns the ActionID.
func (m *Manager) Send(server, action string, headers [][2]string, timeoutMs int) (string, error) {
	var cserver *C.char
	if server != "" {
		cserver = C.CString(server)
		defer C.free(unsafe.Pointer(cserver))
	}
	caction := C.CString(action)
	defer C.free(unsafe.Pointer(caction))
	n := len(headers)
	var hs *C.ami_header
	if n > 0 {
		hs = (*C.ami_header)(C.malloc(C.size_t(n) * C.size_t(unsafe.Sizeof(C.ami_header{}))))
		defer C.free(unsafe.Pointer(hs))
		arr := (*[1 << 20]C.ami_header)(unsafe.Pointer(hs))[:n:n]
		for i, h := range headers {
			arr[i].key = C.CString(h[0])
			arr[i].value = C.CString(h[1])
			defer C.free(unsafe.Pointer(arr[i].key))
			defer C.free(unsafe.Pointer(arr[i].value))
		}
	}
	id := (*C.char)(C.malloc(C.AMI_ACTION_ID_MAX + 1))
	defer C.free(unsafe.Pointer(id))
	if err := check(C.ami_manager_send(m.p, cserver, caction, hs, C.size_t(n), C.int32_t(timeoutMs), nil, nil, id, C.AMI_ACTION_ID_MAX+1)); err != nil {
		return "", err
	}
	return C.GoString(id), nil
}

// EnableEventPull keeps events for NextEvent.
func (m *Manager) EnableEventPull() error { return check(C.ami_manager_enable_event_pull(m.p)) }

// NextEvent returns the oldest pulled event, or nil.
func (m *Manager) NextEvent() (*Message, error) {
	var p *C.ami_message
	if err := check(C.ami_manager_next_event(m.p, &p)); err != nil || p == nil {
		return nil, err
	}
	defer C.ami_message_free(p)
	msg := message(p)
	return &msg, nil
}

// NextCompletion returns the oldest completion, or nil.
func (m *Manager) NextCompletion() (*Completion, error) {
	var p *C.ami_completion
	if err := check(C.ami_manager_next_completion(m.p, &p)); err != nil || p == nil {
		return nil, err
	}
	defer C.ami_completion_free(p)
	c := &Completion{
		Status:   int(C.ami_completion_status(p)),
		ActionID: str(C.ami_completion_action_id(p)),
		Server:   str(C.ami_completion_server(p)),
		Error:    str(C.ami_completion_error(p)),
	}
	if r := C.ami_completion_response(p); r != nil {
		msg := message(r)
		c.Response = &msg
	}
	n := int(C.ami_completion_event_count(p))
	for i := 0; i < n; i++ {
		c.Events = append(c.Events, message(C.ami_completion_event_at(p, C.size_t(i))))
	}
	return c, nil
}

// Metrics is the Prometheus text.
func (m *Manager) Metrics() string {
	n := C.ami_manager_metrics(m.p, nil, 0)
	buf := (*C.char)(C.malloc(n))
	defer C.free(unsafe.Pointer(buf))
	C.ami_manager_metrics(m.p, buf, n)
	return C.GoString(buf)
}
