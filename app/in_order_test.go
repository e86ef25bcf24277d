package app

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// manyFiles writes n copies of the seeds to a folder, the earlier ones
// made far larger (trailing blank lines) so that they take longest to
// read, with an empty file at bad; it returns the folder, the files in
// name order and the NCT ID each should give ("" for the empty one).
func manyFiles(t testing.TB, n, bad int) (string, []string, []string) {
	t.Helper()
	seeds := seedFiles(t)
	ids := make([]string, len(seeds))
	for i, s := range seeds {
		var out, errOut bytes.Buffer
		if code := inspect([]string{"--json", s}, &out, &errOut); code != exitOK {
			t.Fatalf("%s: exit status %d: %s", s, code, errOut.String())
		}
		var records []struct {
			NCTID string `json:"nct_id"`
		}
		if err := json.Unmarshal(out.Bytes(), &records); err != nil || len(records) != 1 {
			t.Fatalf("%s: %v, %d records", s, err, len(records))
		}
		ids[i] = records[0].NCTID
	}
	dir := t.TempDir()
	var paths, want []string
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("trial-%03d.txt", i))
		var data []byte
		id := ""
		if i != bad {
			seed, err := os.ReadFile(seeds[i%len(seeds)])
			if err != nil {
				t.Fatal(err)
			}
			data = append(seed, strings.Repeat("\n", (n-i)*200)...)
			id = ids[i%len(seeds)]
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
		want = append(want, id)
	}
	return dir, paths, want
}

func TestInspectKeepsTheOrderOfManyFiles(t *testing.T) {
	dir, paths, want := manyFiles(t, 200, 97)
	var out, errOut bytes.Buffer
	if code := inspect([]string{"--json", dir}, &out, &errOut); code != exitFailed {
		t.Fatalf("exit status %d, want %d for the empty file: %s", code, exitFailed, errOut.String())
	}
	var records []struct {
		File  string `json:"file"`
		NCTID string `json:"nct_id"`
		Error string `json:"error"`
	}
	if err := json.Unmarshal(out.Bytes(), &records); err != nil {
		t.Fatal(err)
	}
	if len(records) != len(paths) {
		t.Fatalf("%d records for %d files", len(records), len(paths))
	}
	for i, r := range records {
		if r.File != paths[i] || r.NCTID != want[i] || (r.Error != "") != (want[i] == "") {
			t.Fatalf("record %d = %+v, want %s with %q", i, r, paths[i], want[i])
		}
	}
	if !strings.Contains(records[97].Error, "trial-097.txt") {
		t.Errorf("the empty file's error %q does not name it", records[97].Error)
	}
}

func TestTextOutputKeepsTheOrderOfManyFiles(t *testing.T) {
	dir, paths, _ := manyFiles(t, 60, 30)
	var out, errOut bytes.Buffer
	inspect([]string{dir}, &out, &errOut)
	text := out.String()
	at := 0
	for _, p := range paths {
		i := strings.Index(text[at:], p)
		if i < 0 {
			t.Fatalf("%s missing or out of order", p)
		}
		at += i + len(p)
	}
	if !strings.Contains(text, paths[30]+"\n  error:") {
		t.Error("the empty file's error is not in its place")
	}
}

func TestForEachInOrderDeliversInOrderWithinItsWindow(t *testing.T) {
	const n, workers = 300, 3
	var delivered atomic.Int64
	var got []int
	forEachInOrder(context.Background(), n, workers, func(i int) int {
		if ahead := int64(i) - delivered.Load(); ahead >= readAheadPerWorker*workers {
			t.Errorf("item %d begun with %d delivered: more than the window ahead", i, delivered.Load())
		}
		// Earlier items take longer, so later ones finish first.
		time.Sleep(time.Duration((n-i)%7) * 100 * time.Microsecond)
		return i * i
	}, func(i, v int) bool {
		if v != i*i {
			t.Errorf("item %d delivered %d", i, v)
		}
		got = append(got, i)
		delivered.Add(1)
		return true
	})
	if len(got) != n {
		t.Fatalf("%d items delivered, want %d", len(got), n)
	}
	for i, g := range got {
		if g != i {
			t.Fatalf("item %d delivered in place %d", g, i)
		}
	}
}

// settledGoroutines waits until no more than want goroutines run, and
// returns how many do.
func settledGoroutines(want int) int {
	for range 200 {
		if n := runtime.NumGoroutine(); n <= want {
			return n
		}
		time.Sleep(5 * time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func TestForEachInOrderStopsWithoutLeaks(t *testing.T) {
	before := runtime.NumGoroutine()
	for _, how := range []string{"cancel", "deliver says stop"} {
		ctx, cancel := context.WithCancel(context.Background())
		var begun atomic.Int64
		delivered := 0
		forEachInOrder(ctx, 10000, 4, func(i int) int {
			begun.Add(1)
			return i
		}, func(i, _ int) bool {
			delivered++
			if i == 20 {
				if how == "cancel" {
					cancel()
					return true
				}
				return false
			}
			return true
		})
		cancel()
		if delivered != 21 || begun.Load() > int64(delivered)+readAheadPerWorker*4 {
			t.Errorf("%s: %d delivered, %d begun after stopping at item 20", how, delivered, begun.Load())
		}
		if n := settledGoroutines(before); n > before {
			t.Errorf("%s: %d goroutines run after it returned, %d before", how, n, before)
		}
	}
}

func TestBoardKeepsTheOrderOfManyFiles(t *testing.T) {
	dir, _, want := manyFiles(t, 60, 30)
	path := filepath.Join(t.TempDir(), "many.tcboard")
	var out, errOut bytes.Buffer
	if code := Main([]string{"board", "-o", path, dir}, nil, &out, &errOut); code != exitFailed {
		t.Fatalf("board: exit %d, want %d for the empty file: %s", code, exitFailed, errOut.String())
	}
	if !strings.Contains(errOut.String(), "left out") || !strings.Contains(errOut.String(), "trial-030.txt") {
		t.Errorf("board does not name the empty file it left out: %s", errOut.String())
	}
	out.Reset()
	if code := Main([]string{"inspect", "--json", path}, nil, &out, &errOut); code != exitOK {
		t.Fatalf("inspect: exit %d: %s", code, errOut.String())
	}
	var records []struct {
		NCTID string `json:"nct_id"`
	}
	if err := json.Unmarshal(out.Bytes(), &records); err != nil {
		t.Fatal(err)
	}
	var got, wantIDs []string
	for _, r := range records {
		got = append(got, r.NCTID)
	}
	for _, id := range want {
		if id != "" {
			wantIDs = append(wantIDs, id)
		}
	}
	if strings.Join(got, " ") != strings.Join(wantIDs, " ") {
		t.Errorf("the board's trials are %v, want %v", got, wantIDs)
	}
}
