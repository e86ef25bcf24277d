package board

import (
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model/ingest"
)

func TestBoardInBoardIsRefused(t *testing.T) {
	inner, err := Marshal(sampleBoard(t))
	if err != nil {
		t.Fatal(err)
	}
	b := sampleBoard(t)
	nested := b.AddDocument("inner.tcboard", inner)
	b.Trials = append(b.Trials, Entry{Document: nested, Selected: true})
	opened := b.Open("outer.tcboard")
	if len(opened.Items) != 2 || len(opened.Failed) != 1 {
		t.Fatalf("%d items and %d failed, want the 2 trials and 1 refusal", len(opened.Items), len(opened.Failed))
	}
	if msg := opened.Failed[0].Err.Error(); !strings.Contains(msg, "outer.tcboard › inner.tcboard") || !strings.Contains(msg, "board within a board") {
		t.Errorf("message %q", msg)
	}
	for _, it := range opened.Items {
		if strings.HasPrefix(it.Trial.Title, "{") {
			t.Errorf("a trial titled %q", it.Trial.Title)
		}
	}
}

func TestTrialListedTwiceOpensOnce(t *testing.T) {
	b := sampleBoard(t)
	b.Trials = append(b.Trials, b.Trials[1], b.Trials[0], b.Trials[1])
	opened := b.Open("b.tcboard")
	if len(opened.Items) != 2 || len(opened.Failed) != 0 {
		t.Fatalf("%d items and %d failed, want 2 and 0", len(opened.Items), len(opened.Failed))
	}
	var warned []string
	for _, it := range opened.Items {
		for _, w := range it.Trial.Warnings {
			if strings.Contains(w.Message, "more than once") {
				warned = append(warned, w.Message)
			}
		}
	}
	if len(warned) != 2 || !strings.Contains(warned[0], "again as trial 4)") || !strings.Contains(warned[1], "again as trials 3 and 5)") {
		t.Errorf("warnings %q", warned)
	}
}

// TestOpenInOrderReadsEachDocumentOnce opens a board whose entries come
// back to a document named earlier: each document is read once, and the
// items come in the board's order.
func TestOpenInOrderReadsEachDocumentOnce(t *testing.T) {
	csv := "NCT Number,Study Title,Study URL,Acronym,Study Status,Conditions,Interventions,Sponsor,Sex,Age,Phases,Enrollment\n" +
		"NCT00000001,Study one,https://clinicaltrials.gov/study/NCT00000001,,RECRUITING,ALL,DRUG: X,Sponsor,ALL,CHILD,PHASE1,20\n" +
		"NCT00000002,Study two,https://clinicaltrials.gov/study/NCT00000002,,RECRUITING,ALL,DRUG: X,Sponsor,ALL,CHILD,PHASE1,20\n"
	var b Board
	list := b.AddDocument("list.csv", []byte(csv))
	page := b.AddDocument("page.txt", seed(t, "003_122420f88e2d3046.txt"))
	b.Trials = []Entry{{Document: list, Index: 0, Selected: true}, {Document: page, Selected: true}, {Document: list, Index: 1, Selected: true}}
	reads := map[int]int{}
	counted := func(n int, read func(k int) ingest.Result, got func(k int, r ingest.Result) bool) {
		Sequential(n, func(k int) ingest.Result { reads[k]++; return read(k) }, got)
	}
	var ids []string
	b.OpenInOrder("b.tcboard", counted, func(o Opened) bool {
		for _, it := range o.Items {
			ids = append(ids, it.Trial.NCTID)
		}
		if len(o.Failed) > 0 {
			t.Errorf("failed: %v", o.Failed[0].Err)
		}
		return true
	})
	if len(reads) != 2 || reads[0] != 1 || reads[1] != 1 {
		t.Errorf("reads %v, want each of 2 documents once", reads)
	}
	if got := strings.Join(ids, " "); got != "NCT00000001 NCT06803875 NCT00000002" {
		t.Errorf("trials in the order %s", got)
	}
}
