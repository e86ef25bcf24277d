package app

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/trialcompare/trialcompare/compare"

	"fyne.io/fyne/v2"

	"github.com/trialcompare/trialcompare/export"
)

// Preference keys.
const (
	prefFiles           = "files"
	prefExcluded        = "excluded"
	prefRecent          = "recent"
	prefDifferencesOnly = "differencesOnly"
	prefTheme           = "theme"
	prefExportSections  = "exportSections"
	prefExportRows      = "exportRows"
	prefExportPaper     = "exportPaper"
	prefOffline         = "offline"
	prefRegistryMaxAge  = "registryMaxAgeDays"
	prefListCollapsed   = "listCollapsed"
	prefZoom            = "zoom"
	prefColumnWidths    = "columnWidths"
	prefWindowWidth     = "windowWidth"
	prefWindowHeight    = "windowHeight"
	prefListSplit       = "listSplit"
)

// The zoom's range and step.
const (
	minZoom  = 0.7
	maxZoom  = 2.5
	zoomStep = 0.1
)

const maxRecent = 10

// preferences remembers the open files, their order and which are in the
// comparison, plus recent files, between runs. Pasted text and the examples
// are never stored.
type preferences struct{ p fyne.Preferences }

// openFiles returns the files open at the end of the last run, in order,
// and those that were left out of the comparison.
func (p preferences) openFiles() (files, excluded []string) {
	return p.p.StringList(prefFiles), p.p.StringList(prefExcluded)
}

// saveOpenFiles stores the open files on disk in order.
func (p preferences) saveOpenFiles(entries []entry) {
	var files, excluded []string
	for _, e := range entries {
		if !e.saved || slices.Contains(files, e.file) {
			continue
		}
		files = append(files, e.file)
		if !e.included && e.err == nil {
			excluded = append(excluded, e.file)
		}
	}
	p.p.SetStringList(prefFiles, files)
	p.p.SetStringList(prefExcluded, excluded)
}

// recent returns the recently opened files, newest first.
func (p preferences) recent() []string { return p.p.StringList(prefRecent) }

// addRecent puts files at the top of the recent list.
func (p preferences) addRecent(files []string) {
	list := p.recent()
	for _, f := range files {
		list = slices.DeleteFunc(list, func(s string) bool { return s == f })
		list = append([]string{f}, list...)
	}
	p.p.SetStringList(prefRecent, list[:min(len(list), maxRecent)])
}

// pdfChoices returns the sections, overview rows and paper of the last PDF
// export, or the defaults: overview and details, every row, the locale's
// paper.
func (p preferences) pdfChoices() (export.Sections, []compare.OverviewKey, export.Paper) {
	sections, err := export.ParseSections(p.p.StringWithFallback(prefExportSections, string(export.SectionsCriteria)))
	if err != nil {
		sections = export.SectionsCriteria
	}
	rows, err := compare.ParseOverviewKeys(compare.JoinOverviewKeys(toKeys(p.p.StringList(prefExportRows))))
	if err != nil {
		rows = compare.OverviewKeys()
	}
	paper, err := export.ParsePaper(p.p.StringWithFallback(prefExportPaper, string(export.DefaultPaper(systemLocale()))))
	if err != nil {
		paper = export.DefaultPaper(systemLocale())
	}
	return sections, rows, paper
}

// savePDFChoices remembers a PDF export's sections, rows and paper.
func (p preferences) savePDFChoices(sections export.Sections, rows []compare.OverviewKey, paper export.Paper) {
	p.p.SetString(prefExportSections, string(sections))
	names := make([]string, len(rows))
	for i, r := range rows {
		names[i] = string(r)
	}
	p.p.SetStringList(prefExportRows, names)
	p.p.SetString(prefExportPaper, string(paper))
}

func toKeys(names []string) []compare.OverviewKey {
	out := make([]compare.OverviewKey, len(names))
	for i, n := range names {
		out[i] = compare.OverviewKey(n)
	}
	return out
}

// maxColumnWidths bounds the column widths remembered.
const maxColumnWidths = 200

// columnWidths returns the column widths the user dragged, by column key.
func (p preferences) columnWidths() map[string]float32 {
	widths := map[string]float32{}
	for _, entry := range p.p.StringList(prefColumnWidths) {
		key, value, ok := strings.Cut(entry, "=")
		w, err := strconv.ParseFloat(value, 32)
		if ok && err == nil && w >= 40 && w <= 4000 {
			widths[key] = float32(w)
		}
	}
	return widths
}

// saveColumnWidth remembers a dragged column width, newest first.
func (p preferences) saveColumnWidth(key string, width float32) {
	list := slices.DeleteFunc(p.p.StringList(prefColumnWidths), func(s string) bool { return strings.HasPrefix(s, key+"=") })
	list = append([]string{fmt.Sprintf("%s=%.0f", key, width)}, list...)
	p.p.SetStringList(prefColumnWidths, list[:min(len(list), maxColumnWidths)])
}

// zoom returns the comparison's remembered zoom, 1 by default.
func (p preferences) zoom() float32 {
	return float32(min(max(p.p.FloatWithFallback(prefZoom, 1), minZoom), maxZoom))
}

// The window's size on a first start, and the smallest and largest size
// remembered: a size out of these bounds is a corrupt preference.
var (
	defaultWindowSize = fyne.NewSize(1400, 900)
	minWindowSize     = fyne.NewSize(480, 360)
	maxWindowSize     = fyne.NewSize(16384, 16384)
)

// The split between the trial list and the tabs on a first start, and the
// bounds of the one remembered.
const (
	defaultListSplit = 0.24
	minListSplit     = 0.05
	maxListSplit     = 0.95
)

// windowSize returns the window's size at the end of the last run, or the
// default size.
func (p preferences) windowSize() fyne.Size {
	size := fyne.NewSize(float32(p.p.Float(prefWindowWidth)), float32(p.p.Float(prefWindowHeight)))
	if size.Width < minWindowSize.Width || size.Height < minWindowSize.Height ||
		size.Width > maxWindowSize.Width || size.Height > maxWindowSize.Height {
		return defaultWindowSize
	}
	return size
}

// saveWindowSize remembers the window's size.
func (p preferences) saveWindowSize(size fyne.Size) {
	p.p.SetFloat(prefWindowWidth, float64(size.Width))
	p.p.SetFloat(prefWindowHeight, float64(size.Height))
}

// listSplit returns the share of the width the trial list had at the end
// of the last run, or the default share.
func (p preferences) listSplit() float64 {
	offset := p.p.FloatWithFallback(prefListSplit, defaultListSplit)
	if offset < minListSplit || offset > maxListSplit {
		return defaultListSplit
	}
	return offset
}

// saveListSplit remembers the share of the width the trial list has.
func (p preferences) saveListSplit(offset float64) { p.p.SetFloat(prefListSplit, offset) }
