package registry

import (
	"context"
	"sync"
	"time"
)

// Rate is a request rate: Burst requests at once, then one every Every.
type Rate struct {
	Every time.Duration
	Burst int
}

// DefaultRate keeps under ClinicalTrials.gov's documented limit of about
// 50 requests a minute: a burst of 5, then 45 a minute, so that no minute
// sees more than 50.
var DefaultRate = Rate{Every: time.Minute / 45, Burst: 5}

// limiter is a token bucket.
type limiter struct {
	mu     sync.Mutex
	rate   Rate
	tokens float64
	last   time.Time
}

func newLimiter(r Rate) *limiter {
	if r.Burst < 1 {
		r.Burst = 1
	}
	return &limiter{rate: r, tokens: float64(r.Burst)}
}

// wait blocks until a request may start, or the context ends.
func (l *limiter) wait(ctx context.Context) error {
	for {
		d := l.reserve(time.Now())
		if d <= 0 {
			return nil
		}
		if err := sleep(ctx, d); err != nil {
			return err
		}
	}
}

// reserve takes a token and returns 0, or returns how long to wait for one.
func (l *limiter) reserve(now time.Time) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.rate.Every <= 0 {
		return 0
	}
	if !l.last.IsZero() {
		l.tokens += float64(now.Sub(l.last)) / float64(l.rate.Every)
		l.tokens = min(l.tokens, float64(l.rate.Burst))
	}
	l.last = now
	if l.tokens >= 1 {
		l.tokens--
		return 0
	}
	return time.Duration((1 - l.tokens) * float64(l.rate.Every))
}

// sleep waits for d or until the context ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
