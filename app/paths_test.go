package app

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInspectReadsFoldersFileByFile(t *testing.T) {
	dir := t.TempDir()
	seeds := seedFiles(t)
	sub := filepath.Join(dir, "sub")
	hidden := filepath.Join(dir, ".hidden")
	for _, d := range []string{sub, hidden} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	copyTo := func(src, dst string) {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyTo(seeds[0], filepath.Join(dir, "b.txt"))
	copyTo(seeds[1], filepath.Join(sub, "a.txt"))
	copyTo(seeds[2], filepath.Join(hidden, "c.txt"))
	copyTo(seeds[3], filepath.Join(dir, ".d.txt"))
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := Main([]string{"inspect", "--json", dir, seeds[4]}, nil, &out, &errOut); code != exitFailed {
		t.Errorf("exit status %d, want %d (a.txt is empty)", code, exitFailed)
	}
	var records []struct {
		File  string `json:"file"`
		NCTID string `json:"nct_id"`
		Error string `json:"error"`
	}
	if err := json.Unmarshal(out.Bytes(), &records); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	want := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"), filepath.Join(sub, "a.txt"), seeds[4]}
	if len(records) != len(want) {
		t.Fatalf("%d records, want %d: %+v", len(records), len(want), records)
	}
	for i, r := range records {
		if r.File != want[i] {
			t.Errorf("record %d is %s, want %s", i, r.File, want[i])
		}
	}
	if !strings.HasPrefix(records[0].Error, want[0]+": ") || records[1].NCTID != "NCT03860844" || records[2].NCTID != "NCT06709469" {
		t.Errorf("records: %+v", records)
	}
}

func TestEmptyFolderIsReported(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ".hidden.txt"), []byte("NCT01234567"), 0o644); err != nil {
		t.Fatal(err)
	}
	entries := expandPaths([]string{dir})
	if len(entries) != 1 || entries[0].path != dir {
		t.Fatalf("entries = %+v", entries)
	}
	res := entries[0].read().results[0]
	if res.Err == nil || !strings.HasPrefix(res.Err.Error(), dir+": the folder holds no files") {
		t.Errorf("err = %v", res.Err)
	}
}
