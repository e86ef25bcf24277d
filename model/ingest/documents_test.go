package ingest

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

const documentDir = "../../testdata/documents"

// documentFacts are the facts a saved copy of a page must keep.
type documentFacts struct {
	NCTID, Title         string
	Phases               []model.Phase
	Status               model.Status
	Targets              []string
	Ages                 string
	Sex                  model.Sex
	Inclusion, Exclusion int
}

func factsOf(t model.Trial) documentFacts {
	return documentFacts{
		NCTID: t.NCTID, Title: t.Title, Phases: t.Phases, Status: t.Status, Targets: t.Targets,
		Ages: t.Ages.Label(), Sex: t.Sex, Inclusion: len(t.Inclusion), Exclusion: len(t.Exclusion),
	}
}

// TestDocumentsReadAsSeeds reads each seed printed to PDF by a browser and
// converted to PDF and .docx by a word processor, and wants the facts of
// the seed's own text.
func TestDocumentsReadAsSeeds(t *testing.T) {
	for _, seed := range []string{"000_e47c295b1fad227c", "001_0d7be7d3ce7a90c6", "004_1517137e1f039c7a"} {
		want := factsOf(readOne(t, filepath.Join(seedDir, seed+".txt")))
		for _, kind := range []string{".chromium.pdf", ".libreoffice.pdf", ".libreoffice.docx"} {
			got := readOne(t, filepath.Join(documentDir, seed+kind))
			if facts := factsOf(got); !reflect.DeepEqual(facts, want) {
				t.Errorf("%s%s:\n got %+v\nwant %+v", seed, kind, facts, want)
			}
		}
	}
}

// TestDocumentPageReadAsHTML reads a seed laid out as a web page (its lines
// as paragraphs, its bullets as a list) and that page printed to PDF by a
// browser, in a proportional font with wrapped paragraphs and list items:
// the PDF holds the criteria, ages, sex, targets and NCT ID of the page.
func TestDocumentPageReadAsHTML(t *testing.T) {
	html := readOne(t, filepath.Join(documentDir, "001_0d7be7d3ce7a90c6.page.html"))
	printed := readOne(t, filepath.Join(documentDir, "001_0d7be7d3ce7a90c6.page.chromium.pdf"))
	key := func(tr model.Trial) documentFacts {
		f := factsOf(tr)
		f.Title, f.Phases, f.Status = "", nil, ""
		return f
	}
	if got, want := key(printed), key(html); !reflect.DeepEqual(got, want) {
		t.Errorf("printed page:\n got %+v\nwant %+v", got, want)
	}
}
