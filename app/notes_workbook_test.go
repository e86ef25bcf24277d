//go:build linux || darwin

package app

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// longNote is a note of n characters or more, its words numbered so that
// a word cut or lost shows.
func longNote(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "word%d ", i)
		if i%40 == 39 {
			b.WriteString("\n")
		}
	}
	return strings.TrimSpace(b.String())
}

// notePointer finds "(full text: Notes sheet, rows 2–4)" in a cell.
var notePointer = regexp.MustCompile(`\(full text: Notes sheet, rows? (\d+)(?:–(\d+))?\)$`)

// noteOnSheet joins the Notes sheet's rows a pointer names, without the
// markers of a note that goes on below.
func noteOnSheet(t *testing.T, f *excelize.File, cell string) string {
	t.Helper()
	m := notePointer.FindStringSubmatch(cell)
	if m == nil {
		t.Fatalf("the cell does not point to the Notes sheet: %q", cell[max(0, len(cell)-120):])
	}
	first, _ := strconv.Atoi(m[1])
	last := first
	if m[2] != "" {
		last, _ = strconv.Atoi(m[2])
	}
	var parts []string
	for row := first; row <= last; row++ {
		v, err := f.GetCellValue(sheetNotesName, fmt.Sprintf("D%d", row))
		if err != nil {
			t.Fatal(err)
		}
		v = strings.TrimPrefix(v, "(continued) ")
		parts = append(parts, strings.TrimSuffix(v, "… (continues below)"))
	}
	return strings.Join(parts, " ")
}

const sheetNotesName = "Notes"

// sameWords reports whether two texts hold the same words in order.
func sameWords(a, b string) bool {
	return strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
}

// TestWorkbookKeepsEveryNoteWhole makes a board with a long board note and
// trial notes of 2,000 and 40,000 characters (more than a cell holds) and
// exports it: each note is whole on the Notes sheet, and every cell that
// shortens one points there with a pointer of its own, never cut.
func TestWorkbookKeepsEveryNoteWhole(t *testing.T) {
	dir := t.TempDir()
	boardNote, shortNote, hugeNote := longNote(900), longNote(2000), longNote(40000)
	board := filepath.Join(dir, "B.tcboard")
	args := []string{"board", "-o", board, "--board-note", boardNote,
		"--note", "NCT06709469=" + shortNote, "--note", "NCT03860844=" + hugeNote, copySeed(t, 0, dir), copySeed(t, 1, dir)}
	if code, _, stderr := runMain(t, args...); code != exitOK {
		t.Fatalf("board: exit %d: %s", code, stderr)
	}
	xlsx := filepath.Join(dir, "B.xlsx")
	if code, _, stderr := runMain(t, "export", "-o", xlsx, board); code != exitOK {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	heading, _ := f.GetCellValue("Comparison", "A1")
	if got := noteOnSheet(t, f, heading); !sameWords(got, boardNote) {
		t.Errorf("the board's note on the Notes sheet is not whole:\n%.200s", got)
	}
	rows, err := f.GetRows("Comparison")
	if err != nil {
		t.Fatal(err)
	}
	var noteRow []string
	for _, r := range rows {
		if len(r) > 0 && r[0] == "Note" {
			noteRow = r
		}
	}
	if len(noteRow) != 3 {
		t.Fatalf("the Comparison sheet's Note row: %d cells", len(noteRow))
	}
	trialsRows, _ := f.GetRows("Trials")
	noteCol := -1
	for c, h := range trialsRows[0] {
		if h == "Note" {
			noteCol = c
		}
	}
	for i, want := range []string{hugeNote, shortNote} {
		if got := noteOnSheet(t, f, noteRow[i+1]); !sameWords(got, want) {
			t.Errorf("trial %d: the note on the Notes sheet is not whole (%d of %d characters)", i+1, len(got), len(want))
		}
		if noteCol < 0 || noteOnSheet(t, f, trialsRows[i+1][noteCol]) == "" {
			t.Errorf("trial %d: the Trials sheet's note does not point to the Notes sheet", i+1)
		}
	}
	for _, sheet := range f.GetSheetList() {
		all, _ := f.GetRows(sheet)
		for r, row := range all {
			for _, v := range row {
				if len([]rune(v)) > 32767 {
					t.Errorf("%s row %d: a cell of %d characters", sheet, r+1, len([]rune(v)))
				}
			}
			if h, _ := f.GetRowHeight(sheet, r+1); h > 409 {
				t.Errorf("%s row %d is %v pt high, over Excel's 409", sheet, r+1, h)
			}
		}
	}
}
