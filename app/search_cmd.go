package app

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/trialcompare/trialcompare/eligibility"
	"github.com/trialcompare/trialcompare/rules"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/registry"
)

// searchRecord is one study of `search --json`.
type searchRecord struct {
	NCTID     string     `json:"nct_id"`
	Title     string     `json:"title"`
	Phases    []string   `json:"phases"`
	Status    string     `json:"status"`
	MinAge    *jsonBound `json:"min_age"`
	MaxAge    *jsonBound `json:"max_age"`
	AgeGroups []string   `json:"age_groups"`
	Targets   []string   `json:"targets"`
	// Fit is "excluded" or "possible" when --age is given, else "".
	Fit string `json:"fit"`
	// File is where --dir wrote the study's record, or "".
	File string `json:"file"`
}

// searchOutput is the whole of `search --json`.
type searchOutput struct {
	// Total is the number of studies that match, or -1 when not stated.
	Total     int            `json:"total"`
	FromCache bool           `json:"from_cache"`
	Studies   []searchRecord `json:"studies"`
}

// searchCmd searches ClinicalTrials.gov and lists the matches, page by
// page until --max, in the order --sort asks for.
func searchCmd(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("search", flag.ContinueOnError)
	flags.SetOutput(stderr)
	var q registry.Query
	flags.StringVar(&q.Cond, "cond", "", "the condition or disease (query.cond)")
	flags.StringVar(&q.Term, "term", "", "other terms, such as a target: CD19 (query.term)")
	flags.StringVar(&q.Intr, "intr", "", "an intervention (query.intr)")
	pf := addPatientFlags(flags)
	statuses := flags.String("status", "recruiting,not_yet_recruiting", "statuses, comma-separated, or \"any\"")
	order := flags.String("sort", "relevance", "the order: relevance, or updated (last updated first)")
	limit := flags.Int("max", 20, "the most studies to list")
	dir := flags.String("dir", "", "also write each study found as DIR/NCT….json")
	asJSON := flags.Bool("json", false, "print JSON")
	offline := flags.Bool("offline", false, "use only cached searches; open no connection")
	if err := flags.Parse(args); err != nil {
		return exitBadUsage
	}
	if flags.NArg() > 0 || *limit < 1 {
		fmt.Fprint(stderr, "search: give --cond, --term or --intr (and no other words), and a --max of at least 1\n"+usage)
		return exitBadUsage
	}
	if q.Empty() {
		fmt.Fprintf(stderr, "search: %v (--cond, --term or --intr)\n", registry.ErrNothingToSearch)
		return exitBadUsage
	}
	var patient *eligibility.Profile
	if pf.given() {
		p, err := pf.patient()
		if err != nil {
			say(stderr, "search: %v\n", err)
			return exitBadUsage
		}
		q.AgeDays = p.AgeDays
		patient = &p
	}
	var err error
	if q.Statuses, err = parseStatuses(*statuses); err != nil {
		say(stderr, "search: --status: %v\n", err)
		return exitBadUsage
	}
	if q.Order, err = registry.ParseOrder(*order); err != nil {
		fmt.Fprintf(stderr, "search: --sort: %v\n", err)
		return exitBadUsage
	}
	q.PageSize = min(*limit, 100)
	if *dir != "" && !prepareRecordDir("search", *dir, stderr) {
		return exitFailed
	}
	client, ctx, stop, ok := registrySession("search", registrySettings{offline: *offline}, stderr)
	if !ok {
		return exitFailed
	}
	defer stop()
	out := searchOutput{Total: -1, Studies: []searchRecord{}}
	status := exitOK
	now := time.Now()
	listing := client.List(q)
	for listing.More() && len(out.Studies) < *limit {
		page, err := listing.Next(ctx)
		if err != nil {
			say(stderr, "search: %v\n", err)
			return exitFailed
		}
		if page.FromCache {
			out.FromCache = true
			say(stderr, "search: from cache, fetched %s (%s)\n", registry.Ago(now, page.Fetched), page.Fetched.Local().Format("2006-01-02"))
		}
		if page.NotSaved != nil {
			fmt.Fprintf(stderr, "search: note: %v\n", page.NotSaved)
		}
		for _, h := range page.Hits[:min(len(page.Hits), *limit-len(out.Studies))] {
			r := searchRecordOf(h.Trial, patient)
			if *dir != "" {
				if err := writeRecord(*dir, registry.Record{NCTID: h.Trial.NCTID, Body: h.Body}); err != nil {
					say(stderr, "search: %v\n", err)
					status = exitFailed
				} else {
					r.File = h.Trial.NCTID + ".json"
				}
			}
			out.Studies = append(out.Studies, r)
		}
	}
	out.Total = listing.Total()
	if why := listing.Stopped(); why != "" {
		fmt.Fprintf(stderr, "search: %s\n", why)
	}
	if *asJSON {
		return max(status, writeJSON(stdout, stderr, "search", out))
	}
	writeSearch(stdout, out)
	return status
}

// parseStatuses reads "recruiting,not_yet_recruiting" or "any".
func parseStatuses(text string) ([]model.Status, error) {
	if strings.EqualFold(strings.TrimSpace(text), "any") {
		return nil, nil
	}
	var out []model.Status
	for _, word := range strings.Split(text, ",") {
		s, ok := rules.ParseStatus(word)
		if !ok || strings.TrimSpace(word) == "" {
			return nil, fmt.Errorf("%q is not a status; use recruiting, not_yet_recruiting, active_not_recruiting, enrolling_by_invitation, completed … or any", word)
		}
		out = append(out, s)
	}
	return out, nil
}

func searchRecordOf(t model.Trial, patient *eligibility.Profile) searchRecord {
	phases := make([]string, 0, len(t.Phases))
	for _, p := range t.Phases {
		phases = append(phases, string(p))
	}
	r := searchRecord{
		NCTID: t.NCTID, Title: t.Title, Phases: phases, Status: string(t.Status),
		MinAge: boundJSON(t.Ages.Min), MaxAge: boundJSON(t.Ages.Max), AgeGroups: ageGroupsJSON(t.AgeGroups),
		Targets: nonNil(t.Targets),
	}
	if patient != nil {
		r.Fit = string(eligibility.Assess(*patient, &t).Verdict)
	}
	return r
}

// writeSearch prints one line per study and the count.
func writeSearch(w io.Writer, out searchOutput) {
	for _, r := range out.Studies {
		var phases []model.Phase
		for _, p := range r.Phases {
			phases = append(phases, model.Phase(p))
		}
		ages := model.AgeRange{Min: boundOf(r.MinAge), Max: boundOf(r.MaxAge)}.Label()
		if ages == "" {
			ages = model.NotStated
		}
		line := fmt.Sprintf("%s  %s · %s · %s", r.NCTID, orNotStated(model.PhaseLabel(phases)), orNotStated(model.Status(r.Status).Label()), ages)
		if len(r.Targets) > 0 {
			line += " · " + strings.Join(r.Targets, ", ")
		}
		if r.Fit != "" {
			line += " · fit: " + r.Fit
		}
		say(w, "%s\n    %s\n", line, r.Title)
	}
	switch {
	case out.Total < 0:
		fmt.Fprintf(w, "%d listed\n", len(out.Studies))
	case out.Total == 1:
		fmt.Fprintf(w, "1 study matches; %d listed\n", len(out.Studies))
	default:
		fmt.Fprintf(w, "%d studies match; %d listed\n", out.Total, len(out.Studies))
	}
}

func boundOf(b *jsonBound) *model.AgeBound {
	if b == nil {
		return nil
	}
	return &model.AgeBound{Value: b.Value, Unit: model.AgeUnit(b.Unit), Inclusive: b.Inclusive}
}

func orNotStated(s string) string {
	if s == "" {
		return model.NotStated
	}
	return s
}
