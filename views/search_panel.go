package views

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// SearchInput is what the user asked ClinicalTrials.gov for, unparsed.
type SearchInput struct {
	Cond, Term, Intr, Age string
	// Statuses are the chosen status labels, as in SearchStatuses.
	Statuses []string
	// Order is the chosen order, one of SearchOrders.
	Order string
}

// SearchOrders are the orders the search form offers: the best matches
// first, or the studies updated last first.
var SearchOrders = []string{"Best match", "Last updated"}

// SearchStatuses are the statuses the search form offers, as labels.
var SearchStatuses = []string{"Recruiting", "Not yet recruiting", "Enrolling by invitation", "Active, not recruiting", "Completed"}

// SearchRow is one study found.
type SearchRow struct {
	NCTID, Title string
	// Facts is the phase, status, age range and targets on one line.
	Facts string
	// Fit is the patient's fit verdict, or "" with no patient set.
	Fit string
}

// SearchPanel searches ClinicalTrials.gov: a form, the matches with a
// checkbox each, the total count, and buttons to show more and to add the
// chosen studies to the comparison. It makes no request itself.
type SearchPanel struct {
	Cond, Term, Intr, Age *widget.Entry
	Statuses              *widget.CheckGroup
	Order                 *widget.Select
	// Syntax tells which characters of the search fields mean something
	// to the registry; empty until set.
	Syntax            *widget.Label
	Search, More, Add *widget.Button
	Cancel            *widget.Button
	Results           *widget.List
	Count, Message    *widget.Label
	Progress          *widget.ProgressBarInfinite
	Content           fyne.CanvasObject

	rows   []SearchRow
	chosen map[string]bool

	// OnSearch starts a new search; OnMore asks for the next page; OnAdd
	// adds the chosen studies; OnCancel stops the request under way.
	OnSearch func(SearchInput)
	OnMore   func()
	OnAdd    func(ids []string)
	OnCancel func()
}

// NewSearchPanel returns an empty search form.
func NewSearchPanel() *SearchPanel {
	p := &SearchPanel{
		Cond: widget.NewEntry(), Term: widget.NewEntry(), Intr: widget.NewEntry(), Age: widget.NewEntry(),
		Statuses: widget.NewCheckGroup(SearchStatuses, nil), Order: widget.NewSelect(SearchOrders, nil),
		Syntax: widget.NewLabel(""),
		Count:  widget.NewLabel(""), Message: widget.NewLabel(""), Progress: widget.NewProgressBarInfinite(),
		chosen: map[string]bool{},
	}
	p.Cond.SetPlaceHolder("acute lymphoblastic leukemia")
	p.Term.SetPlaceHolder("other terms or a target: CD19 OR CD22")
	p.Intr.SetPlaceHolder("an intervention: CAR-T, blinatumomab")
	p.Age.SetPlaceHolder("the patient's age with its unit: 7y, 18m")
	p.Statuses.Horizontal = true
	p.Statuses.SetSelected(SearchStatuses[:2])
	p.Order.SetSelectedIndex(0)
	p.Syntax.Wrapping = fyne.TextWrapWord
	p.Message.Wrapping = fyne.TextWrapWord
	p.Search = widget.NewButton("Search ClinicalTrials.gov", p.search)
	p.Search.Importance = widget.HighImportance
	p.More = widget.NewButton("Show more", func() { p.call(p.OnMore) })
	p.Add = widget.NewButton("Add chosen to the comparison", p.add)
	p.Cancel = widget.NewButton("Cancel", func() { p.call(p.OnCancel) })
	p.More.Disable()
	p.Add.Disable()
	p.Progress.Hide()
	p.Cancel.Hide()
	p.Progress.Stop()
	p.Results = widget.NewList(func() int { return len(p.rows) }, p.newRow, p.updateRow)
	form := widget.NewForm(
		widget.NewFormItem("Condition", p.Cond),
		widget.NewFormItem("Other terms", p.Term),
		widget.NewFormItem("Intervention", p.Intr),
		widget.NewFormItem("Patient's age", p.Age),
		widget.NewFormItem("Status", p.Statuses),
		widget.NewFormItem("Order", p.Order),
	)
	notice := widget.NewLabel("Searching sends these words to ClinicalTrials.gov. Nothing about the patient but the age is sent.")
	notice.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(notice, form, p.Syntax, container.NewHBox(p.Search, p.Cancel, p.Count), p.Progress, p.Message)
	bottom := container.NewHBox(p.More, p.Add)
	p.Content = container.NewBorder(top, bottom, nil, nil, p.Results)
	return p
}

func (p *SearchPanel) call(f func()) {
	if f != nil {
		f()
	}
}

func (p *SearchPanel) search() {
	if p.OnSearch != nil {
		p.OnSearch(SearchInput{
			Cond: p.Cond.Text, Term: p.Term.Text, Intr: p.Intr.Text, Age: p.Age.Text,
			Statuses: p.Statuses.Selected, Order: p.Order.Selected,
		})
	}
}

func (p *SearchPanel) add() {
	var ids []string
	for _, r := range p.rows {
		if p.chosen[r.NCTID] {
			ids = append(ids, r.NCTID)
		}
	}
	if p.OnAdd != nil && len(ids) > 0 {
		p.OnAdd(ids)
	}
}

func (p *SearchPanel) newRow() fyne.CanvasObject {
	check := widget.NewCheck("", nil)
	heading := widget.NewLabel("")
	heading.TextStyle = fyne.TextStyle{Bold: true}
	heading.Truncation = fyne.TextTruncateEllipsis
	facts := widget.NewLabel("")
	facts.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, check, nil, container.NewVBox(heading, facts))
}

func (p *SearchPanel) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i < 0 || i >= len(p.rows) {
		return
	}
	r := p.rows[i]
	border := o.(*fyne.Container)
	texts := border.Objects[0].(*fyne.Container).Objects
	check := border.Objects[1].(*widget.Check)
	check.OnChanged = nil
	check.SetChecked(p.chosen[r.NCTID])
	check.OnChanged = func(on bool) {
		p.chosen[r.NCTID] = on
		p.updateAdd()
	}
	texts[0].(*widget.Label).SetText(r.NCTID + " · " + r.Title)
	facts := r.Facts
	if r.Fit != "" {
		facts += " · fit: " + r.Fit
	}
	texts[1].(*widget.Label).SetText(facts)
}

func (p *SearchPanel) updateAdd() {
	n := 0
	for _, r := range p.rows {
		if p.chosen[r.NCTID] {
			n++
		}
	}
	if n == 0 {
		p.Add.SetText("Add chosen to the comparison")
		p.Add.Disable()
		return
	}
	p.Add.SetText(fmt.Sprintf("Add %d chosen to the comparison", n))
	p.Add.Enable()
}

// SetResults shows the studies found so far, the total that match (-1 when
// not stated) and whether more can be shown.
func (p *SearchPanel) SetResults(rows []SearchRow, total int, more bool) {
	p.rows = rows
	if len(rows) == 0 {
		p.chosen = map[string]bool{}
	}
	switch {
	case total < 0:
		p.Count.SetText(fmt.Sprintf("%d shown", len(rows)))
	case total == 1:
		p.Count.SetText(fmt.Sprintf("1 study matches; %d shown", len(rows)))
	default:
		p.Count.SetText(fmt.Sprintf("%d studies match; %d shown", total, len(rows)))
	}
	if more {
		p.More.Enable()
	} else {
		p.More.Disable()
	}
	p.Results.Refresh()
	p.updateAdd()
}

// Choose ticks or unticks a study found.
func (p *SearchPanel) Choose(id string, on bool) {
	p.chosen[id] = on
	p.Results.Refresh()
	p.updateAdd()
}

// SetBusy shows or hides the progress bar and the Cancel button while a
// request runs; the Search and More buttons wait meanwhile.
func (p *SearchPanel) SetBusy(busy bool) {
	if busy {
		p.Progress.Show()
		p.Progress.Start()
		p.Cancel.Show()
		p.Search.Disable()
		p.More.Disable()
		return
	}
	p.Progress.Stop()
	p.Progress.Hide()
	p.Cancel.Hide()
	p.Search.Enable()
}
