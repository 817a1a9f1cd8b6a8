package speech

import (
	"os/exec"
	"syscall"
)

// createNoWindow keeps a console program from opening a window beside the app.
const createNoWindow = 0x08000000

// hideWindow starts the engine without a console window: the app is built with
// -H=windowsgui, and every sentence would flash one.
func hideWindow(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{HideWindow: true, CreationFlags: createNoWindow}
}
