package main

import (
	"testing"
	"time"
)

// TestExitIfStuck: once the quit has started, a run loop that returns is left alone, and
// one that never returns gets the last step (deleting printed plans) and the exit.
func TestExitIfStuck(t *testing.T) {
	returned := make(chan struct{})
	close(returned)
	cleaned, exited := 0, -1
	exitIfStuck(returned, time.Hour, func() { cleaned++ }, func(code int) { exited = code })
	if cleaned != 0 || exited != -1 {
		t.Errorf("returned: cleaned %d times, exit(%d); want neither", cleaned, exited)
	}

	stuck := make(chan struct{}) // never closed
	exitIfStuck(stuck, time.Millisecond, func() { cleaned++ }, func(code int) { exited = code })
	if cleaned != 1 || exited != 0 {
		t.Errorf("stuck: cleaned %d times, exit(%d); want once, exit(0)", cleaned, exited)
	}
}
