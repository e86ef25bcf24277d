package registry

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/trialcompare/trialcompare/model/ingest"
)

// answer is a 200 answer's body and the address that gave it, after any
// redirect.
type answer struct {
	body []byte
	from *url.URL
}

// attempt is what one request gave: an answer, or an error, and whether
// asking again may help and after how long (0: back off).
type attempt struct {
	answer
	err   error
	retry bool
	wait  time.Duration
}

// get fetches one API address and returns its JSON body. It keeps to the
// rate limit and MaxParallel, and retries a 429, 500, 502, 503 or 504
// answer and a connection cut off, waiting as Retry-After says or backing
// off, up to maxRetries times.
func (c *Client) get(ctx context.Context, path string, query url.Values) (answer, error) {
	if c.offline {
		return answer{}, ErrOffline
	}
	if err := ctx.Err(); err != nil {
		return answer{}, err
	}
	address := c.baseURL + path
	if len(query) > 0 {
		address += "?" + query.Encode()
	}
	for n := 0; ; n++ {
		a := c.try(ctx, address)
		if !a.retry || n >= maxRetries {
			return a.answer, a.err
		}
		wait := a.wait
		if wait == 0 {
			wait = c.backoff << n
		}
		if wait > maxRetryWait {
			return answer{}, &waitTooLong{a.err, wait}
		}
		if err := sleep(ctx, wait); err != nil {
			return answer{}, err
		}
	}
}

// retryStatuses are the answers worth asking again after a wait.
var retryStatuses = map[int]bool{
	http.StatusTooManyRequests: true, http.StatusInternalServerError: true, http.StatusBadGateway: true,
	http.StatusServiceUnavailable: true, http.StatusGatewayTimeout: true,
}

// try makes one request.
func (c *Client) try(ctx context.Context, address string) attempt {
	if err := c.acquire(ctx); err != nil {
		return attempt{err: err}
	}
	defer c.release()
	if err := c.limiter.wait(ctx); err != nil {
		return attempt{err: err}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, address, nil)
	if err != nil {
		return attempt{err: plain(err, "the ClinicalTrials.gov address %q is not usable; check %s", c.baseURL, BaseURLEnv)}
	}
	req.Header.Set("User-Agent", c.userAgent)
	req.Header.Set("Accept", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return attempt{err: transportError(ctx, err), retry: connectionCut(err) && ctx.Err() == nil}
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<10))
		serr := &statusError{code: resp.StatusCode, status: resp.Status}
		switch {
		case retryStatuses[resp.StatusCode]:
			return attempt{err: serr, retry: true, wait: retryAfterOf(resp.Header.Get("Retry-After"), c.now())}
		case resp.StatusCode == http.StatusNotFound:
			return attempt{err: ErrNotFound}
		}
		serr.reason = reasonOf(resp.Header.Get("Content-Type"), body)
		return attempt{err: serr}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, ingest.MaxFileSize+1))
	if err != nil {
		if ctx.Err() != nil {
			return attempt{err: transportError(ctx, err)}
		}
		return attempt{err: plain(err, "%v: the answer was cut short after %d bytes; try again", ErrBadAnswer, len(body)), retry: connectionCut(err)}
	}
	if len(body) > ingest.MaxFileSize {
		return attempt{err: fmt.Errorf("%w: the answer is larger than %d MiB", ErrBadAnswer, ingest.MaxFileSize>>20)}
	}
	if err := checkJSON(resp.Header.Get("Content-Type"), body); err != nil {
		return attempt{err: err}
	}
	return attempt{answer: answer{body: body, from: resp.Request.URL}}
}

// connectionCut reports whether a request failed because the connection
// was reset or closed before the answer was whole: asking again may work.
func connectionCut(err error) bool {
	return errors.Is(err, syscall.ECONNRESET) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF)
}

// checkJSON refuses a web page or a body that is not whole JSON.
func checkJSON(contentType string, body []byte) error {
	media, _, _ := mime.ParseMediaType(contentType)
	trimmed := bytes.TrimSpace(body)
	if media == "text/html" || bytes.HasPrefix(trimmed, []byte("<")) {
		return fmt.Errorf("%w: it sent a web page instead of data; the address in %s may be wrong, or the service may be down", ErrBadAnswer, BaseURLEnv)
	}
	if len(trimmed) == 0 {
		return fmt.Errorf("%w: the answer was empty; try again", ErrBadAnswer)
	}
	if !json.Valid(trimmed) {
		return fmt.Errorf("%w: the answer was cut short or is not JSON (%d bytes); try again", ErrBadAnswer, len(body))
	}
	return nil
}

// jsonMessage returns the "message" of a JSON error body, or "".
func jsonMessage(body []byte) string {
	var m struct {
		Message string `json:"message"`
	}
	if json.Unmarshal(body, &m) != nil {
		return ""
	}
	return m.Message
}

// maxStatedWait caps the wait a Retry-After may state, so that a number
// too large to hold does not turn into no wait at all.
const maxStatedWait = 24 * time.Hour

// retryAfterOf reads a Retry-After header, in seconds or as a date, capped
// at maxStatedWait.
func retryAfterOf(value string, now time.Time) time.Duration {
	value = strings.TrimSpace(value)
	if value == "" {
		return 0
	}
	if s, err := strconv.ParseUint(value, 10, 64); err == nil {
		return time.Duration(min(s, uint64(maxStatedWait/time.Second))) * time.Second
	} else if errors.Is(err, strconv.ErrRange) {
		return maxStatedWait
	}
	if t, err := http.ParseTime(value); err == nil {
		return min(max(t.Sub(now), 0), maxStatedWait)
	}
	return 0
}
