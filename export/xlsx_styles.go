package export

import "github.com/xuri/excelize/v2"

// styles are the workbook's cell styles, by role.
type styles struct {
	header, label, text, differs, dim int
	number, dateDay, dateMonth, truth int
	excluded, possible, stale         int
}

// Date formats: a date stated to the day, and one stated only to the month
// (stored as the first of the month).
const (
	dayFormat   = "d mmm yyyy"
	monthFormat = "mmm yyyy"
)

func (b *workbook) makeStyles() error {
	wrapTop := &excelize.Alignment{WrapText: true, Vertical: "top"}
	rightTop := &excelize.Alignment{Horizontal: "right", Vertical: "top"}
	border := []excelize.Border{{Type: "bottom", Color: "D0D0D0", Style: 1}, {Type: "right", Color: "D0D0D0", Style: 1}}
	fill := func(color string) excelize.Fill {
		return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}
	}
	// every style names the font the row heights are measured for
	font := func(bold, italic bool, color string) *excelize.Font {
		return &excelize.Font{Family: "Calibri", Size: 11, Bold: bold, Italic: italic, Color: color}
	}
	plain := font(false, false, "")
	dayFmt, monthFmt := dayFormat, monthFormat
	s := &b.styles
	list := []struct {
		dst   *int
		style excelize.Style
	}{
		{&s.header, excelize.Style{Font: font(true, false, "FFFFFF"), Alignment: wrapTop, Border: border, Fill: fill("1F5FA8")}},
		{&s.label, excelize.Style{Font: font(true, false, ""), Alignment: wrapTop, Border: border, Fill: fill("EEF2F7")}},
		{&s.text, excelize.Style{Font: plain, Alignment: wrapTop, Border: border}},
		{&s.differs, excelize.Style{Font: plain, Alignment: wrapTop, Border: border, Fill: fill("FFF2C7")}},
		{&s.dim, excelize.Style{Font: font(false, true, "808080"), Alignment: wrapTop, Border: border}},
		{&s.number, excelize.Style{Font: plain, Alignment: rightTop, Border: border}},
		{&s.dateDay, excelize.Style{Font: plain, Alignment: rightTop, Border: border, CustomNumFmt: &dayFmt}},
		{&s.dateMonth, excelize.Style{Font: plain, Alignment: rightTop, Border: border, CustomNumFmt: &monthFmt}},
		{&s.truth, excelize.Style{Font: plain, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}, Border: border}},
		{&s.excluded, excelize.Style{Font: font(true, false, "9C0006"), Alignment: wrapTop, Border: border, Fill: fill("FDE2E1")}},
		{&s.stale, excelize.Style{Font: font(true, false, "9C5700"), Alignment: wrapTop, Border: border, Fill: fill("FFEB9C")}},
		{&s.possible, excelize.Style{Font: font(true, false, ""), Alignment: wrapTop, Border: border, Fill: fill("EDEDED")}},
	}
	for _, st := range list {
		id, err := b.f.NewStyle(&st.style)
		if err != nil {
			return err
		}
		*st.dst = id
	}
	return nil
}
