package ingest

import (
	"fmt"
	"math"
	"strings"

	"github.com/ledongthuc/pdf"
)

// pdfRun is one piece of text a page shows: where it starts and ends on the
// page, in points from the bottom left, and its font size. A mark is a
// small shape the page paints instead, such as a list's bullet; x and y are
// its centre and size its height.
type pdfRun struct {
	x, y, end, size float64
	text            string
	mark            bool
}

// pdfPath is the box around the path being built, in page space.
type pdfPath struct {
	minX, minY, maxX, maxY float64
	open                   bool
}

func (p *pdfPath) add(x, y float64) {
	if !p.open {
		p.minX, p.minY, p.maxX, p.maxY, p.open = x, y, x, y, true
		return
	}
	p.minX, p.minY, p.maxX, p.maxY = min(p.minX, x), min(p.minY, y), max(p.maxX, x), max(p.maxY, y)
}

// bulletSize bounds the width and height of a shape taken for a bullet, in
// points.
const bulletMin, bulletMax = 1.0, 9.0

// asMark returns the path as a mark if it is small and about as wide as
// high, as a list's bullet is.
func (p pdfPath) asMark() (pdfRun, bool) {
	w, h := p.maxX-p.minX, p.maxY-p.minY
	if !p.open || w < bulletMin || h < bulletMin || w > bulletMax || h > bulletMax || w > 2*h || h > 2*w {
		return pdfRun{}, false
	}
	return pdfRun{x: (p.minX + p.maxX) / 2, y: (p.minY + p.maxY) / 2, size: h, mark: true}, true
}

// pdfMatrix is a PDF transformation [a b c d e f].
type pdfMatrix [6]float64

var pdfIdentity = pdfMatrix{1, 0, 0, 1, 0, 0}

// then returns m followed by n.
func (m pdfMatrix) then(n pdfMatrix) pdfMatrix {
	return pdfMatrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// apply maps the point (x, y).
func (m pdfMatrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

func translation(tx, ty float64) pdfMatrix { return pdfMatrix{1, 0, 0, 1, tx, ty} }

// pdfFont is what the text walk needs of a font: how to turn its codes into
// text, and how wide each code is.
type pdfFont struct {
	enc     pdf.TextEncoding
	twoByte bool
	widths  map[int]float64
	first   int
	simple  []float64
	missing float64
}

// width returns a code's width in thousandths of the font size.
func (f *pdfFont) width(code int) float64 {
	if f.widths != nil {
		if w, ok := f.widths[code]; ok {
			return w
		}
		return f.missing
	}
	if i := code - f.first; i >= 0 && i < len(f.simple) && f.simple[i] > 0 {
		return f.simple[i]
	}
	return f.missing
}

// pdfGraphics is the part of the graphics state the text walk follows.
type pdfGraphics struct {
	ctm                        pdfMatrix
	font                       *pdfFont
	size, scale, rise          float64
	charSpace, wordSpace, lead float64
}

// pdfPageRuns interprets a page's content and returns the text it shows,
// in the order it is drawn. The unpacked content and the number of its
// streams are counted against the budget first, and each run as it is
// shown; the fonts' character maps are bounded too.
func pdfPageRuns(p pdf.Page, budget *pdfBudget) (runs []pdfRun, err error) {
	defer func() {
		switch r := recover(); {
		case r == ErrPDFTooLarge:
			runs, err = nil, ErrPDFTooLarge
		case r != nil:
			runs, err = nil, fmt.Errorf("%w (%v)", ErrPDFBroken, r)
		}
	}()
	contents := p.V.Key("Contents")
	if contents.Kind() == pdf.Null {
		return nil, nil
	}
	streams := []pdf.Value{contents}
	if contents.Kind() == pdf.Array {
		streams = make([]pdf.Value, min(contents.Len(), max(budget.streams, 0)+1))
		for i := range streams {
			streams[i] = contents.Index(i)
		}
	}
	if budget.streams -= len(streams); budget.streams < 0 {
		return nil, ErrPDFTooLarge
	}
	n, err := streamSize(contents, budget.content)
	if err != nil {
		return nil, err
	}
	if budget.content -= n; budget.content < 0 {
		return nil, ErrPDFTooLarge
	}
	fonts := map[string]*pdfFont{}
	fontOf := func(name string) *pdfFont {
		if f, ok := fonts[name]; ok {
			return f
		}
		f := loadPDFFont(pdfInherited(p, "Resources").Key("Font").Key(name))
		fonts[name] = f
		return f
	}
	g := pdfGraphics{ctm: pdfIdentity, scale: 1, font: &pdfFont{enc: nopEncoding{}, missing: 500}}
	var stack []pdfGraphics
	tm, tlm := pdfIdentity, pdfIdentity
	show := func(raw string) {
		if g.font == nil {
			return
		}
		m := translation(0, g.rise).then(tm).then(g.ctm)
		x, y := m.apply(0, 0)
		size := g.size * math.Hypot(m[2], m[3])
		var advance float64
		step := 1
		if g.font.twoByte {
			step = 2
		}
		for i := 0; i+step <= len(raw); i += step {
			code := int(raw[i])
			if step == 2 {
				code = code<<8 | int(raw[i+1])
			}
			w := g.font.width(code)/1000*g.size + g.charSpace
			if step == 1 && code == ' ' {
				w += g.wordSpace
			}
			advance += w * g.scale
		}
		tm = translation(advance, 0).then(tm)
		end, _ := translation(0, g.rise).then(tm).then(g.ctm).apply(0, 0)
		if text := g.font.enc.Decode(raw); text != "" {
			if budget.runs--; budget.runs < 0 {
				panic(ErrPDFTooLarge)
			}
			runs = append(runs, pdfRun{x: x, y: y, end: end, size: size, text: text})
		}
	}
	var argBuf []pdf.Value
	var path pdfPath
	do := func(stk *pdf.Stack, op string) {
		n := stk.Len()
		if cap(argBuf) < n {
			argBuf = make([]pdf.Value, n)
		}
		args := argBuf[:n]
		for i := n - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].Float64()
			}
			return 0
		}
		matrix := func() pdfMatrix {
			return pdfMatrix{num(0), num(1), num(2), num(3), num(4), num(5)}
		}
		point := func(i int) {
			path.add(g.ctm.apply(num(i), num(i+1)))
		}
		switch op {
		case "m", "l":
			point(0)
		case "c":
			point(0)
			point(2)
			point(4)
		case "v", "y":
			point(0)
			point(2)
		case "re":
			x, y, w, h := num(0), num(1), num(2), num(3)
			path.add(g.ctm.apply(x, y))
			path.add(g.ctm.apply(x+w, y+h))
		case "f", "F", "f*", "B", "B*", "b", "b*", "S", "s":
			if mark, ok := path.asMark(); ok {
				if budget.runs--; budget.runs < 0 {
					panic(ErrPDFTooLarge)
				}
				runs = append(runs, mark)
			}
			path = pdfPath{}
		case "n":
			path = pdfPath{}
		case "q":
			if len(stack) < pdfMaxStateDepth {
				stack = append(stack, g)
			}
		case "Q":
			if len(stack) > 0 {
				g, stack = stack[len(stack)-1], stack[:len(stack)-1]
			}
		case "cm":
			g.ctm = matrix().then(g.ctm)
		case "BT":
			tm, tlm = pdfIdentity, pdfIdentity
		case "Tf":
			if len(args) == 2 {
				g.font, g.size = fontOf(args[0].Name()), args[1].Float64()
			}
		case "Tc":
			g.charSpace = num(0)
		case "Tw":
			g.wordSpace = num(0)
		case "Tz":
			g.scale = num(0) / 100
		case "TL":
			g.lead = num(0)
		case "Ts":
			g.rise = num(0)
		case "Td", "TD":
			if op == "TD" {
				g.lead = -num(1)
			}
			tlm = translation(num(0), num(1)).then(tlm)
			tm = tlm
		case "Tm":
			tm = matrix()
			tlm = tm
		case "T*":
			tlm = translation(0, -g.lead).then(tlm)
			tm = tlm
		case "Tj", "'", "\"":
			if op != "Tj" {
				tlm = translation(0, -g.lead).then(tlm)
				tm = tlm
			}
			if len(args) > 0 {
				show(args[len(args)-1].RawString())
			}
		case "TJ":
			if len(args) == 0 {
				return
			}
			for i, v := 0, args[0]; i < v.Len(); i++ {
				item := v.Index(i)
				if item.Kind() == pdf.String {
					show(item.RawString())
					continue
				}
				tm = translation(-item.Float64()/1000*g.size*g.scale, 0).then(tm)
			}
		}
	}
	// The streams of a page are one content, split between tokens; each is
	// interpreted in turn, so that only one is unpacked at a time (the
	// library would open every stream of an array at once).
	for _, stream := range streams {
		pdf.Interpret(stream, do)
	}
	return runs, nil
}

// nopEncoding keeps a font's codes as they are, for a font that names no
// encoding.
type nopEncoding struct{}

func (nopEncoding) Decode(raw string) string { return raw }

// loadPDFFont reads what the text walk needs from a font dictionary. A
// character map larger than 1 MiB is not read: no real font needs one.
func loadPDFFont(v pdf.Value) *pdfFont {
	f := &pdfFont{missing: 500}
	if cmap := v.Key("ToUnicode"); cmap.Kind() == pdf.Stream {
		if n, err := streamSize(cmap, pdfMaxCMapBytes); err != nil || n > pdfMaxCMapBytes {
			f.enc = nopEncoding{}
		}
	}
	if f.enc == nil {
		font := pdf.Font{V: v}
		f.enc = font.Encoder()
	}
	if v.Key("Subtype").Name() == "Type0" {
		f.twoByte = strings.HasPrefix(v.Key("Encoding").Name(), "Identity")
		desc := v.Key("DescendantFonts").Index(0)
		f.missing = 1000
		if dw := desc.Key("DW"); dw.Kind() != pdf.Null {
			f.missing = dw.Float64()
		}
		f.widths = cidWidths(desc.Key("W"))
		return f
	}
	f.first = int(v.Key("FirstChar").Int64())
	widths := v.Key("Widths")
	for i := 0; i < widths.Len() && i < 256; i++ {
		f.simple = append(f.simple, widths.Index(i).Float64())
	}
	return f
}

// cidWidths reads a CID font's W array: "c [w1 w2 …]" gives the widths of
// codes from c on, "c1 c2 w" one width for a range of codes. It reads at
// most 65,536 widths.
func cidWidths(w pdf.Value) map[int]float64 {
	widths := map[int]float64{}
	const most = 1 << 16
	for i := 0; i < w.Len() && len(widths) < most; {
		first := int(w.Index(i).Int64())
		if i+1 >= w.Len() {
			break
		}
		if next := w.Index(i + 1); next.Kind() == pdf.Array {
			for k := 0; k < next.Len() && len(widths) < most; k++ {
				widths[first+k] = next.Index(k).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		last, width := int(w.Index(i+1).Int64()), w.Index(i+2).Float64()
		for c := first; c <= last && len(widths) < most; c++ {
			widths[c] = width
		}
		i += 3
	}
	return widths
}
