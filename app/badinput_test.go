//go:build linux || darwin

package app

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/board"
	"github.com/trialcompare/trialcompare/model/ingest/pdftest"
)

// badDir holds the committed bad-input corpus; the test makes the large and
// special kinds (see testdata/bad/README.md).
const badDir = "../testdata/bad"

// maxPeakRSS is the most memory a run over every bad input may take.
const maxPeakRSS = 500 << 20

// nobody is the user the corpus is read as when the tests run as root, so
// that an unreadable file is unreadable.
const nobody = 65534

// badKind is one kind of bad input: the path the program is given and the
// words its message must hold besides the path.
type badKind struct {
	path string
	says string
	// warned kinds are read, with a warning instead of an error.
	warned bool
	// readAs is the NCT ID of a document that is read, not refused, and
	// warns the words its trial's warning must hold, if any.
	readAs, warns string
	// inside names the document of a board the message is about.
	inside string
	// twice kinds are named twice on the command line.
	twice bool
}

// committedSays are the words the message about a committed bad file must
// hold, where a message of its own is wanted.
var committedSays = map[string]string{
	"encrypted.pdf":  "the PDF is encrypted",
	"restricted.pdf": "the PDF is encrypted",
	"scan.pdf":       "the PDF has no text layer; it may be a scan",
	"truncated.pdf":  "the PDF is damaged",
	"broken.docx":    "the Word document is damaged",
	"export.pdf":     "it is a comparison TrialCompare exported",
	// Boards.
	"board-newer.tcboard":       "saved by a newer TrialCompare",
	"board-damaged.tcboard":     "the board file is damaged: it stops in the middle",
	"board-wrong-types.tcboard": "its field trials[0].document (line 5) is a text, where a board has a whole number",
	"board-in-board.tcboard":    "TrialCompare does not open a board within a board",
}

// readDocuments are the committed files that are read, each as the trial
// of its NCT ID: PDF and Word files that hold a little trial text, a page
// whose title drives a terminal, and a board that lists its trial twice.
var readDocuments = map[string]badKind{
	"document.pdf":               {readAs: "NCT01234567"},
	"notes.docx":                 {readAs: "NCT01234567"},
	"looping-pages.pdf":          {readAs: "NCT01234567"},
	"terminal.txt":               {readAs: "NCT01234567"},
	"board-listed-twice.tcboard": {readAs: "NCT06803875", warns: "The board lists this trial more than once (again as trial 2)"},
}

// insideBoard names the embedded document the message about a committed
// board is about.
var insideBoard = map[string]string{"board-in-board.tcboard": "inner.tcboard"}

// makeBadInputs copies the committed corpus into dir and makes the large
// and special kinds there. It returns every kind and a function that
// releases what the kinds hold open.
func makeBadInputs(t *testing.T, dir string) ([]badKind, func()) {
	t.Helper()
	committed, err := os.ReadDir(badDir)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []badKind
	for _, e := range committed {
		if e.Name() == "README.md" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(badDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, e.Name())
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		read := readDocuments[e.Name()]
		kinds = append(kinds, badKind{path: path, says: committedSays[e.Name()], warned: e.Name() == "invalid-utf8.txt",
			readAs: read.readAs, warns: read.warns, inside: insideBoard[e.Name()]})
	}
	write := func(name, says string, fill func(w *bufio.Writer) error) {
		path := filepath.Join(dir, name)
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriter(f)
		if err := fill(w); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		kinds = append(kinds, badKind{path: path, says: says})
	}
	write("big-19mib.csv", "", func(w *bufio.Writer) error {
		fmt.Fprintln(w, "NCT Number,Study Title,Study URL,Acronym,Study Status,Conditions,Interventions,Sponsor,Sex,Age,Phases,Enrollment")
		for i, size := 0, 0; size < 19<<20; i++ {
			n, err := fmt.Fprintf(w, "NCT%08d,Study %d of drug X,https://clinicaltrials.gov/study/NCT%08d,,RECRUITING,ALL,DRUG: X,Sponsor,ALL,CHILD,PHASE1,20\n", i, i, i)
			if err != nil {
				return err
			}
			size += n
		}
		return nil
	})
	write("big-25mib.txt", "larger than 20 MiB", func(w *bufio.Writer) error {
		line := strings.Repeat("Dear colleague, see you on Tuesday. ", 28) + "\n"
		for range (25 << 20) / len(line) {
			w.WriteString(line)
		}
		return nil
	})
	write("zip-bomb.zip", "", func(w *bufio.Writer) error {
		z := zip.NewWriter(w)
		f, err := z.Create("bomb.txt")
		if err != nil {
			return err
		}
		zeros := make([]byte, 1<<20)
		for range 128 {
			f.Write(zeros)
		}
		return z.Close()
	})
	write("empty-studies-10000.json", "", func(w *bufio.Writer) error {
		w.WriteString("[")
		for i := range 10000 {
			if i > 0 {
				w.WriteString(",")
			}
			w.WriteString(`{"protocolSection":{}}`)
		}
		w.WriteString("]")
		return nil
	})
	write("long-line.txt", "", func(w *bufio.Writer) error {
		for range 1 << 16 {
			w.WriteString("lorem ipsum ")
		}
		return nil
	})
	write("repeated-stream.pdf", "more content than TrialCompare reads", func(w *bufio.Writer) error {
		_, err := w.Write(pdftest.RepeatedStream(100000))
		return err
	})
	pages := filepath.Join(dir, "many-pages.pdf")
	if err := os.WriteFile(pages, pdftest.Pages(2005, ""), 0o644); err != nil {
		t.Fatal(err)
	}
	kinds = append(kinds, badKind{path: pages, readAs: "NCT01234567", warns: "Only the first 2000 of the PDF's 2005 pages were read"})
	// A file name with a line end and an escape sequence, and a file
	// named twice: each read once.
	for _, k := range []badKind{{path: filepath.Join(dir, "page\nFORGED\x1b[2J.txt")}, {path: filepath.Join(dir, "named-twice.txt"), twice: true, warns: "named more than once"}} {
		if err := os.WriteFile(k.path, []byte("NCT01234567\nPhase 2\nInclusion Criteria:\n- Age 1 to 21 years\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		k.readAs = "NCT01234567"
		kinds = append(kinds, k)
	}
	special := func(name, says string, make func(path string) error) {
		path := filepath.Join(dir, name)
		if err := make(path); err != nil {
			t.Fatalf("making %s: %v", name, err)
		}
		kinds = append(kinds, badKind{path: path, says: says})
	}
	special("fifo.txt", "named pipe", func(p string) error { return syscall.Mkfifo(p, 0o644) })
	special("device.txt", "device", func(p string) error { return os.Symlink("/dev/zero", p) })
	special("loop.txt", "leads back to itself", func(p string) error { return os.Symlink("loop.txt", p) })
	special("dangling.txt", "does not exist", func(p string) error { return os.Symlink("gone.txt", p) })
	special("empty-folder", "the folder holds no files", func(p string) error { return os.Mkdir(p, 0o755) })
	special("unreadable.txt", "not allowed to read", func(p string) error {
		return os.WriteFile(p, []byte("NCT01234567 Phase 2"), 0o000)
	})
	var listener net.Listener
	special("socket.txt", "socket", func(p string) error {
		var err error
		listener, err = net.Listen("unix", p)
		return err
	})
	return kinds, func() { listener.Close() }
}

// corpusRecord is the part of an `inspect --json` object the test checks.
type corpusRecord struct {
	File      string   `json:"file"`
	Error     string   `json:"error"`
	NCTID     string   `json:"nct_id"`
	Title     string   `json:"title"`
	Inclusion []string `json:"inclusion"`
	Warnings  []string `json:"warnings"`
}

// fileReport sums up the records of one file.
type fileReport struct {
	records, errors, warned int
	firstError              string
	nctIDs                  []string
	text                    string
	warnings                []string
}

// readReports reads the JSON array one object at a time, so that a run
// that yields many trials does not fill the test's memory.
func readReports(t *testing.T, r io.Reader) map[string]*fileReport {
	t.Helper()
	dec := json.NewDecoder(bufio.NewReader(r))
	if _, err := dec.Token(); err != nil {
		t.Fatalf("the output is not a JSON array: %v", err)
	}
	reports := map[string]*fileReport{}
	for dec.More() {
		var rec corpusRecord
		if err := dec.Decode(&rec); err != nil {
			t.Fatalf("reading the output: %v", err)
		}
		rep := reports[rec.File]
		if rep == nil {
			rep = &fileReport{}
			reports[rec.File] = rep
		}
		if strings.Contains(rec.Title+rec.Error, "root:x:0:0") {
			t.Errorf("%s: the output holds /etc/passwd", rec.File)
		}
		rep.records++
		if rec.Error != "" {
			rep.errors++
			if rep.firstError == "" {
				rep.firstError = rec.Error
			}
		}
		if len(rep.nctIDs) < 3 {
			rep.nctIDs = append(rep.nctIDs, rec.NCTID)
			rep.text += rec.Title + "\n" + strings.Join(rec.Inclusion, "\n") + "\n"
		}
		if len(rec.Warnings) > 0 {
			rep.warned++
			rep.warnings = append(rep.warnings, rec.Warnings...)
		}
	}
	return reports
}

// TestBadInputCorpus reads every kind of bad input together with a good
// seed through the real program: every bad file gets a message that names
// it, the seed is read, nothing hangs and the run stays under 500 MB.
func TestBadInputCorpus(t *testing.T) {
	dir := t.TempDir()
	kinds, release := makeBadInputs(t, dir)
	defer release()
	if len(kinds) < 50 {
		t.Fatalf("%d kinds of bad input, want at least 50", len(kinds))
	}
	seed := copySeed(t, 1, dir)
	args := []string{"inspect", "--json"}
	for _, k := range kinds {
		args = append(args, k.path)
		if k.twice {
			args = append(args, k.path)
		}
	}
	args = append(args, seed)

	opts := runOptions{timeout: 3 * time.Minute}
	if os.Geteuid() == 0 {
		// Root reads a file whatever its mode: run as nobody, who may read
		// everything here but the unreadable file.
		for _, d := range []string{filepath.Dir(dir), dir} {
			if err := os.Chmod(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		opts.uid = nobody
	}
	out, err := os.Create(filepath.Join(t.TempDir(), "inspect.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	opts.stdout = out
	res := runBinary(t, opts, args...)
	t.Logf("exit status %d, peak memory %d MB", res.code, res.peakRSS>>20)
	if res.code != exitFailed {
		t.Errorf("exit status %d, want %d; stderr: %s", res.code, exitFailed, res.stderr)
	}
	if res.peakRSS > maxPeakRSS {
		t.Errorf("peak memory %d MB, want under %d MB", res.peakRSS>>20, maxPeakRSS>>20)
	}
	if _, err := out.Seek(0, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(out)
	if err != nil {
		t.Fatal(err)
	}
	if c := drivesTerminal(string(raw) + res.stderr); c != "" {
		t.Errorf("the output holds %q, which a terminal acts on", c)
	}
	reports := readReports(t, bytes.NewReader(raw))

	if rep := reports[seed]; rep == nil || rep.errors > 0 || len(rep.nctIDs) != 1 || rep.nctIDs[0] != "NCT06709469" {
		t.Errorf("the seed was not read: %+v", rep)
	}
	for _, k := range kinds {
		name := filepath.Base(k.path)
		file := k.path
		if k.inside != "" {
			file = board.SourceName(k.path, k.inside)
		}
		rep := reports[file]
		switch {
		case rep == nil:
			t.Errorf("%s: no message at all", name)
		case k.readAs != "":
			if rep.records != 1 || rep.errors > 0 || rep.nctIDs[0] != k.readAs {
				t.Errorf("%s: want it read as %s, got %+v", name, k.readAs, rep)
			}
			if k.warns != "" && !slices.ContainsFunc(rep.warnings, func(w string) bool { return strings.Contains(w, k.warns) }) {
				t.Errorf("%s: no warning says %q: %q", name, k.warns, rep.warnings)
			}
		case k.warned:
			if rep.errors > 0 || rep.warned != rep.records || strings.ContainsAny(rep.text, "ÿþ") || !strings.Contains(rep.text, "≥") {
				t.Errorf("%s: want it read as UTF-8 with a warning, got %+v", name, rep)
			}
		case rep.records != 1 || rep.errors != 1:
			t.Errorf("%s: want one message, got %d records (%d errors), such as %v", name, rep.records, rep.errors, rep.nctIDs)
		case !strings.HasPrefix(rep.firstError, file+": ") || !strings.Contains(rep.firstError, k.says):
			t.Errorf("%s: the message %q does not name it or lacks %q", name, rep.firstError, k.says)
		}
	}
	for file := range reports {
		if !strings.HasPrefix(file, dir) {
			t.Errorf("a record for %s, which was not named", file)
		}
	}
}
