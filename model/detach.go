package model

import "strings"

// Detached returns a copy of the trial whose text is its own. A reader's
// values are often slices of the document's text, so a trial kept after
// its document would keep the whole document in memory; a board of
// thousands of trials holds only what its trials state once detached.
// Values of the enumerated types (phase, status, sex, units, fields) are
// the package's constants and are shared.
func (t Trial) Detached() Trial {
	d := t
	d.NCTID = strings.Clone(t.NCTID)
	d.RegistryIDs = cloneEach(t.RegistryIDs, func(id RegistryID) RegistryID {
		return RegistryID{Registry: strings.Clone(id.Registry), ID: strings.Clone(id.ID)}
	})
	d.Title = strings.Clone(t.Title)
	d.OfficialTitle = strings.Clone(t.OfficialTitle)
	d.Acronym = strings.Clone(t.Acronym)
	d.Sponsor = strings.Clone(t.Sponsor)
	d.Conditions = cloneEach(t.Conditions, strings.Clone)
	d.Interventions = cloneEach(t.Interventions, func(iv Intervention) Intervention {
		return Intervention{Name: strings.Clone(iv.Name), Description: strings.Clone(iv.Description), Supportive: iv.Supportive}
	})
	d.Arms = cloneEach(t.Arms, strings.Clone)
	d.Summary = strings.Clone(t.Summary)
	d.Targets = cloneEach(t.Targets, strings.Clone)
	d.Inclusion = cloneEach(t.Inclusion, strings.Clone)
	d.Exclusion = cloneEach(t.Exclusion, strings.Clone)
	d.Outcomes = cloneEach(t.Outcomes, func(o Outcome) Outcome {
		return Outcome{Kind: o.Kind, Measure: strings.Clone(o.Measure)}
	})
	d.Locations = cloneEach(t.Locations, func(l Location) Location {
		return Location{Facility: strings.Clone(l.Facility), City: strings.Clone(l.City), Country: strings.Clone(l.Country), Status: strings.Clone(l.Status)}
	})
	d.Source.File = strings.Clone(t.Source.File)
	d.Warnings = cloneEach(t.Warnings, func(w Warning) Warning {
		return Warning{Field: w.Field, Message: strings.Clone(w.Message)}
	})
	if t.Provenance != nil {
		d.Provenance = make(map[Field]string, len(t.Provenance))
		for f, s := range t.Provenance {
			d.Provenance[f] = strings.Clone(s)
		}
	}
	if t.ExclusionThemes != nil {
		d.ExclusionThemes = make(map[ThemeKey][]int, len(t.ExclusionThemes))
		for k, v := range t.ExclusionThemes {
			d.ExclusionThemes[k] = append([]int(nil), v...)
		}
	}
	d.RegistryNote = strings.Clone(t.RegistryNote)
	d.UserNote = strings.Clone(t.UserNote)
	return d
}

// cloneEach returns a new slice of each value copied by clone; nil stays
// nil.
func cloneEach[T any](values []T, clone func(T) T) []T {
	if values == nil {
		return nil
	}
	out := make([]T, len(values))
	for i, v := range values {
		out[i] = clone(v)
	}
	return out
}
