//go:build !windows

package speech

import "os/exec"

// hideWindow does nothing outside Windows: no console window opens there.
func hideWindow(*exec.Cmd) {}
