package rules

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestFindNCTIDsFamily: an NCT ID is one wherever it stands, glued to
// labels, tags or words on either side; nine digits are no NCT ID.
func TestFindNCTIDsFamily(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"NCT04726241", []string{"NCT04726241"}},
		{"RecruitingPhase 1Phase 2NCT04726241", []string{"NCT04726241"}},
		{"ClinicalTrials.GovNCT04293562", []string{"NCT04293562"}},
		{"xyzNCT04293562abc", []string{"NCT04293562"}},
		{"NCT04726241Recruiting, then NCT01234567.", []string{"NCT04726241", "NCT01234567"}},
		{"Trial ID: NCT #04067336; also NCT 01234567 and NCT-07654321", []string{"NCT04067336", "NCT01234567", "NCT07654321"}},
		{"NCT    01234567", nil},
		{"NCT012345678", nil},
		{"NCT0123456", nil},
		{"NCTX1234567", nil},
		{"no identifier here", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range FindNCTIDs(tt.text) {
			got = append(got, m.ID)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestOwnNCTIDFamily: on a page that names several NCT IDs, the trial's
// own is on its identification line or in its title block, not the first
// one of the running text nor a related trial's.
func TestOwnNCTIDFamily(t *testing.T) {
	tests := []struct {
		name, page, want, why string
	}{
		{"one ID", "Study of drug X\nNCT01111111", "NCT01111111", ""},
		{"the same ID twice", "NCT01111111\nSee NCT01111111", "NCT01111111", ""},
		{"labelled line after running text",
			"A study of drug X\nThis trial builds on NCT02222222.\nNCT Number: NCT01111111", "NCT01111111", "identification line"},
		{"label on the line above",
			"A study of drug X\nBuilds on NCT02222222.\nClinicalTrials.gov Identifier\nNCT01111111", "NCT01111111", "identification line"},
		{"glued label",
			"A study of drug X\nSee NCT02222222\nClinicalTrials.GovNCT01111111", "NCT01111111", "identification line"},
		{"title block",
			"Drug X for relapsed ALL (NCT01111111)\nSponsor: Y\nPhase 2\nThe trial extends NCT02222222.", "NCT01111111", "title block"},
		{"a background trial first",
			"About the study\nWhat we know\nWhy it matters\nFollowing the earlier trial NCT02222222, children will get drug X.\nThis trial is registered as NCT01111111.", "NCT01111111", "first not named"},
		{"a list of related trials",
			"About the study\nWhat we know\nWhy it matters\nRelated trials\nNCT02222222\nNCT03333333\n\nMore about NCT01111111", "NCT01111111", "first not named"},
		{"see also in the title block",
			"Drug X for ALL\nSee also NCT02222222\nRegistered NCT01111111", "NCT01111111", "title block"},
		{"unsure: the first one, said so",
			"Intro\nMore\nAnd more\nSee also NCT02222222 and the previous study NCT01111111", "NCT02222222", "first named, though"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, _, why := OwnNCTID(strings.Split(tt.page, "\n"))
			if id != tt.want || !strings.HasPrefix(why, tt.why) || (tt.why == "") != (why == "") {
				t.Errorf("got %s (%q), want %s (%q)", id, why, tt.want, tt.why)
			}
		})
	}
}

// BenchmarkOwnNCTIDLongList chooses among a page of many NCT IDs, one a
// line: the choice stays linear in the page.
func BenchmarkOwnNCTIDLongList(b *testing.B) {
	var lines []string
	for i := range 20000 {
		lines = append(lines, fmt.Sprintf("NCT%08d", i))
	}
	for b.Loop() {
		OwnNCTID(lines)
	}
}
