package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/trialcompare/trialcompare/compare"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/trialcompare/trialcompare/export"
)

const prefExportFolder = "exportFolder"

// exportForm asks for the export's title, paper, file name and folder, and
// for a PDF what it holds and which overview rows. It does not use Fyne's
// save dialog: that empties an existing file before the export runs, and
// an export must never destroy the previous file.
type exportForm struct {
	title, name *widget.Entry
	paper       *widget.Select
	sections    *widget.RadioGroup
	rows        []*widget.Check
	folder      *widget.Button
	folderPath  string
	// changes prints what changed since the board was saved; nil when the
	// comparison holds no change.
	changes *widget.Check
	// note is the board's note, printed under the title.
	note string
}

// sectionLabels name the section choices in the form.
var sectionLabels = map[export.Sections]string{
	export.SectionsOverview: "Overview only",
	export.SectionsCriteria: "Overview and each trial's details",
	export.SectionsAll:      "Everything: also summaries, all outcomes and sites",
}

// newExportForm builds the form with the remembered PDF choices.
func (m *mainWindow) newExportForm(ext string) (*exportForm, []*widget.FormItem) {
	f := &exportForm{title: widget.NewEntry(), name: widget.NewEntry(), folderPath: m.exportFolder(), note: m.board.panel.Note.Text}
	f.title.SetPlaceHolder("Trial comparison")
	f.title.SetText(m.board.panel.Title.Text)
	f.name.SetText("trial-comparison" + ext)
	sections, rows, paper := m.prefs.pdfChoices()
	f.paper = widget.NewSelect([]string{string(export.A4), string(export.Letter)}, nil)
	f.paper.SetSelected(string(paper))
	var labels []string
	for _, s := range export.SectionChoices() {
		labels = append(labels, sectionLabels[s])
	}
	f.sections = widget.NewRadioGroup(labels, nil)
	f.sections.SetSelected(sectionLabels[sections])
	grid := container.NewGridWithColumns(3)
	for _, k := range compare.OverviewKeys() {
		check := widget.NewCheck(compare.OverviewLabel(k), nil)
		check.SetChecked(slices.Contains(rows, k))
		f.rows = append(f.rows, check)
		grid.Add(check)
	}
	f.folder = widget.NewButton(f.folderPath, func() { m.chooseExportFolder(f) })
	items := []*widget.FormItem{widget.NewFormItem("Title", f.title)}
	if ext == ".pdf" {
		items = append(items, widget.NewFormItem("Paper", f.paper), widget.NewFormItem("Contents", f.sections))
		if cmp := m.compare.comparison; cmp.HasChanges() {
			f.changes = widget.NewCheck(export.ChangesTitle(cmp)+", after the overview", nil)
			items = append(items, widget.NewFormItem("Changes", f.changes))
		}
		items = append(items, widget.NewFormItem("Overview rows", grid))
	}
	items = append(items, widget.NewFormItem("File name", f.name), widget.NewFormItem("Folder", f.folder))
	return f, items
}

// options reads the form's choices; no row ticked means every row.
func (f *exportForm) options() export.Options {
	opts := export.Options{Title: f.title.Text, Paper: export.Paper(f.paper.Selected), Generated: time.Now(), Sections: export.SectionsCriteria, Note: f.note,
		Changes: f.changes != nil && f.changes.Checked}
	for s, label := range sectionLabels {
		if label == f.sections.Selected {
			opts.Sections = s
		}
	}
	for i, k := range compare.OverviewKeys() {
		if f.rows[i].Checked {
			opts.Rows = append(opts.Rows, k)
		}
	}
	return opts
}

// showExport exports the trials in the comparison, in their order, to ext
// (".xlsx" or ".pdf").
func (m *mainWindow) showExport(ext string) {
	if len(m.compare.comparison.Trials) == 0 {
		dialog.ShowInformation("Nothing to export", "Tick at least one trial in the list to put it in the comparison.", m.win)
		return
	}
	if ext == ".pdf" && len(m.compare.comparison.Trials) > export.MaxPDFTrials {
		dialog.ShowInformation("Too many trials for a PDF", fmt.Sprintf("A PDF holds at most %d trials; the comparison has %d. Export to Excel instead, or untick some trials.", export.MaxPDFTrials, len(m.compare.comparison.Trials)), m.win)
		return
	}
	f, items := m.newExportForm(ext)
	d := dialog.NewForm("Export to "+map[string]string{".xlsx": "Excel", ".pdf": "PDF"}[ext], "Export", "Cancel", items, func(ok bool) {
		if ok {
			m.confirmAndExport(f, ext)
		}
	}, m.win)
	d.Resize(fyne.NewSize(640, 0))
	d.Show()
}

func (m *mainWindow) exportFolder() string {
	if dir := m.app.Preferences().String(prefExportFolder); dir != "" {
		return dir
	}
	if home, err := os.UserHomeDir(); err == nil {
		return home
	}
	return "."
}

func (m *mainWindow) chooseExportFolder(f *exportForm) {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err == nil && dir != nil {
			f.folderPath = dir.Path()
			f.folder.SetText(f.folderPath)
		}
	}, m.win)
	if lister, err := storage.ListerForURI(storage.NewFileURI(f.folderPath)); err == nil {
		d.SetLocation(lister)
	}
	d.Show()
}

// confirmAndExport asks before replacing a file, then writes.
func (m *mainWindow) confirmAndExport(f *exportForm, ext string) {
	name := f.name.Text
	if filepath.Ext(name) != ext {
		name += ext
	}
	path := filepath.Join(f.folderPath, filepath.Base(name))
	run := func() { m.runExport(path, ext, f.options()) }
	if _, err := os.Stat(path); err == nil {
		dialog.ShowConfirm("Replace the file?", path+" exists. Replace it with this export?", func(ok bool) {
			if ok {
				run()
			}
		}, m.win)
		return
	}
	run()
}

// runExport writes in the background and reports the outcome.
func (m *mainWindow) runExport(path, ext string, opts export.Options) {
	cmp := m.compare.comparison
	write := writers[ext]
	if write == nil {
		dialog.ShowError(errors.New("unknown export format "+ext), m.win)
		return
	}
	m.app.Preferences().SetString(prefExportFolder, filepath.Dir(path))
	if ext == ".pdf" {
		m.prefs.savePDFChoices(opts.Sections, opts.Rows, opts.Paper)
	}
	go func() {
		err := write(context.Background(), path, cmp, opts)
		m.apply(func() {
			if err != nil {
				dialog.ShowError(err, m.win)
				return
			}
			dialog.ShowInformation("Exported", fmt.Sprintf("Wrote %d trials to %s.", len(cmp.Trials), path), m.win)
		})
	}()
}
