package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/trialcompare/trialcompare/export"
)

const prefExportFolder = "exportFolder"

// exportForm asks for the export's title, paper, file name and folder. It
// does not use Fyne's save dialog: that empties an existing file before the
// export runs, and an export must never destroy the previous file.
type exportForm struct {
	title, name *widget.Entry
	paper       *widget.Select
	folder      *widget.Button
	folderPath  string
}

// showExport exports the trials in the comparison, in their order, to ext
// (".xlsx" or ".pdf").
func (m *mainWindow) showExport(ext string) {
	if len(m.comparison.Trials) == 0 {
		dialog.ShowInformation("Nothing to export", "Tick at least one trial in the list to put it in the comparison.", m.win)
		return
	}
	f := &exportForm{title: widget.NewEntry(), name: widget.NewEntry(), folderPath: m.exportFolder()}
	f.title.SetPlaceHolder("Trial comparison")
	f.name.SetText("trial-comparison" + ext)
	f.paper = widget.NewSelect([]string{string(export.A4), string(export.Letter)}, nil)
	f.paper.SetSelected(string(export.DefaultPaper(systemLocale())))
	f.folder = widget.NewButton(f.folderPath, func() { m.chooseExportFolder(f) })
	items := []*widget.FormItem{widget.NewFormItem("Title", f.title)}
	if ext == ".pdf" {
		items = append(items, widget.NewFormItem("Paper", f.paper))
	}
	items = append(items, widget.NewFormItem("File name", f.name), widget.NewFormItem("Folder", f.folder))
	d := dialog.NewForm("Export to "+map[string]string{".xlsx": "Excel", ".pdf": "PDF"}[ext], "Export", "Cancel", items, func(ok bool) {
		if ok {
			m.confirmAndExport(f, ext)
		}
	}, m.win)
	d.Resize(fyne.NewSize(520, 0))
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
	run := func() { m.runExport(path, ext, f.title.Text, export.Paper(f.paper.Selected)) }
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
func (m *mainWindow) runExport(path, ext, title string, paper export.Paper) {
	cmp := m.comparison
	opts := export.Options{Title: title, Paper: paper, Generated: time.Now()}
	write := writers[ext]
	if write == nil {
		dialog.ShowError(errors.New("unknown export format "+ext), m.win)
		return
	}
	m.app.Preferences().SetString(prefExportFolder, filepath.Dir(path))
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
