//go:build linux || darwin

package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/rules"
	"github.com/trialcompare/trialcompare/vocab"
)

// binaryDir holds the trialcompare binary that the tests of the real
// program build once, in TestMain's temporary folder.
var binaryDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "trialcompare-test-binary-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binaryDir = dir
	// The tests in this process read by the built-in vocabularies, never
	// by a user's files in the configuration folder of whoever runs them.
	rules.Use(vocab.BuiltIn())
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// buildBinary builds the program once, for the tests that run it.
var buildBinary = sync.OnceValues(func() (string, error) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		return "", err
	}
	if err := os.Chmod(binaryDir, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(binaryDir, "trialcompare")
	out, err := exec.Command(goTool, "build", "-tags", "migrated_fynedo", "-o", path, "..").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return path, nil
})

// binary returns the path of the built program.
func binary(t testing.TB) string {
	t.Helper()
	path, err := buildBinary()
	if err != nil {
		t.Fatalf("building trialcompare: %v", err)
	}
	return path
}

// runResult is what a run of the program did.
type runResult struct {
	stdout, stderr string
	code           int
	// peakRSS is the largest resident memory of the process, in bytes.
	peakRSS int64
}

// runOptions change how the program is run.
type runOptions struct {
	timeout time.Duration
	// uid, when not zero, runs the program as that user.
	uid uint32
	// stdout, when set, receives the standard output instead of the result.
	stdout *os.File
}

// runBinary runs trialcompare with args and fails the test if it does not
// finish within the timeout (60 s unless set).
func runBinary(t testing.TB, opts runOptions, args ...string) runResult {
	t.Helper()
	if opts.timeout == 0 {
		opts.timeout = time.Minute
	}
	ctx, cancel := context.WithTimeout(context.Background(), opts.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary(t), args...)
	cmd.WaitDelay = 5 * time.Second
	cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if opts.stdout != nil {
		cmd.Stdout = opts.stdout
	}
	if opts.uid != 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: opts.uid, Gid: opts.uid}}
	}
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("trialcompare %v did not finish within %v\nstderr: %s", args, opts.timeout, stderr.String())
	}
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("running trialcompare: %v", err)
	}
	res := runResult{stdout: stdout.String(), stderr: stderr.String(), code: cmd.ProcessState.ExitCode()}
	if usage, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		res.peakRSS = maxRSSBytes(usage)
	}
	return res
}
