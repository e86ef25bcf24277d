package app

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/trialcompare/trialcompare/vocab"
)

// dialogLabels lists the texts of the labels of the dialog on top of the
// window, in order.
func dialogLabels(t *testing.T, w *testWindow) []string {
	t.Helper()
	top := w.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is shown")
	}
	var texts []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			texts = append(texts, l.Text)
			return
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, child := range c.Objects {
				walk(child)
			}
		}
		if wd, ok := o.(fyne.Widget); ok {
			for _, child := range test.WidgetRenderer(wd).Objects() {
				walk(child)
			}
		}
	}
	walk(top)
	return texts
}

// TestHelpVocabulariesShowsFilesAndLines checks that Help › Vocabularies
// names the folder of the user's files, each file with its entries, and
// each line that could not be read with its line number.
func TestHelpVocabulariesShowsFilesAndLines(t *testing.T) {
	w := newTestWindow(t)
	dir := userVocabularyDir(t, map[string]string{"drugs.tsv": wuDrugs, "notes.txt": "to do"})
	w.showVocabularyReport(newVocabularyReport(vocab.Load(dir), dir))
	labels := dialogLabels(t, w)
	want := []string{"Built into TrialCompare", "Yours", dir, "drugs.tsv", "1 entry",
		`⚠ line 3: the target "CD7x" is not in targets.tsv; the line is left out`, "notes.txt"}
	for _, f := range vocab.BuiltIn().Files {
		want = append(want, f.Name, fmt.Sprintf("%d entries", f.Entries))
	}
	for _, text := range want {
		if !slices.Contains(labels, text) {
			t.Errorf("no label %q among %q", text, labels)
		}
	}
	if !slices.ContainsFunc(labels, func(l string) bool { return strings.HasPrefix(l, "⚠ not read: a vocabulary file is named after") }) {
		t.Errorf("notes.txt is not said to be no vocabulary: %q", labels)
	}
	dialogButton(t, w, "Open the Folder")
	test.Tap(dialogButton(t, w, "Close"))
	if w.win.Canvas().Overlays().Top() != nil {
		t.Error("Close left the dialog open")
	}
}

// TestHelpMenuOpensVocabularies checks the Help menu's entry: it shows the
// vocabulary the rules read by, the built-in one in tests.
func TestHelpMenuOpensVocabularies(t *testing.T) {
	w := newTestWindow(t)
	userVocabularyDir(t, nil)
	menus := w.mainMenu().Items
	help := menus[len(menus)-1]
	if help.Label != "Help" || len(help.Items) != 1 || help.Items[0].Label != "Vocabularies" {
		t.Fatalf("the last menu is %q with %d items, want Help › Vocabularies", help.Label, len(help.Items))
	}
	help.Items[0].Action()
	labels := dialogLabels(t, w)
	if !slices.Contains(labels, "targets.tsv") || !slices.Contains(labels, "No file yet.") {
		t.Errorf("labels = %q, want the built-in targets.tsv and no file of the user's", labels)
	}
	if dir, _ := vocab.UserDir(); !slices.Contains(labels, dir) || filepath.Base(dir) != "vocab" {
		t.Errorf("labels = %q, want the folder %s", labels, dir)
	}
}
