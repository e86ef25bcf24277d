package app

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"
)

// interruption is the cause of a context cancelled by a signal.
type interruption struct{ signal os.Signal }

func (i interruption) Error() string {
	if i.signal == syscall.SIGTERM {
		return "stopped by a request to end the program (SIGTERM)"
	}
	return "interrupted (Ctrl+C)"
}

// exitStatus is the shell's status for a program ended by the signal:
// 130 for Ctrl+C (SIGINT), 143 for SIGTERM.
func (i interruption) exitStatus() int {
	if s, ok := i.signal.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return exitFailed
}

// interruptible returns a context that is cancelled, with an interruption
// as its cause, when the user presses Ctrl+C or the system asks the
// program to stop (SIGTERM), and a function that stops listening.
func interruptible(parent context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(parent)
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case s := <-signals:
			cancel(interruption{s})
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		signal.Stop(signals)
		cancel(nil)
	}
}

// interruptionOf returns the interruption that cancelled ctx, if any.
func interruptionOf(ctx context.Context) (interruption, bool) {
	var i interruption
	ok := errors.As(context.Cause(ctx), &i)
	return i, ok
}
