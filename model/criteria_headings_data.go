package model

// criteriaHeadings maps the headings pages give criteria lists, lower-cased
// and without trailing punctuation, onto the kind of list they open. One
// line an entry. A heading that holds "criteria" may also be led by a few
// words ("B-cell ALL eligibility criteria", "Participants - inclusion
// criteria") or followed by a short tail ("Inclusion criteria for trial
// entry").
var criteriaHeadings = map[string]CriteriaKind{
	"inclusion criteria":             KindInclusion,
	"inclusion criterion":            KindInclusion,
	"inclusion":                      KindInclusion,
	"include":                        KindInclusion,
	"who can take part":              KindInclusion,
	"who can join":                   KindInclusion,
	"who can join the study":         KindInclusion,
	"who can join this study":        KindInclusion,
	"who can participate":            KindInclusion,
	"who can enter":                  KindInclusion,
	"who is eligible":                KindInclusion,
	"you may be able to join if":     KindInclusion,
	"patients are eligible if":       KindInclusion,
	"you can take part if":           KindInclusion,
	"exclusion criteria":             KindExclusion,
	"exclusion criterion":            KindExclusion,
	"exclusion":                      KindExclusion,
	"exclude":                        KindExclusion,
	"who can't take part":            KindExclusion,
	"who can’t take part":            KindExclusion,
	"who cannot take part":           KindExclusion,
	"who can not take part":          KindExclusion,
	"who can't join":                 KindExclusion,
	"who cannot join":                KindExclusion,
	"who is not eligible":            KindExclusion,
	"you may not be able to join if": KindExclusion,
	"patients are not eligible if":   KindExclusion,
	"you cannot take part if":        KindExclusion,
	"you can't take part if":         KindExclusion,
	"eligibility":                    KindEligibility,
	"eligibility criteria":           KindEligibility,
	"eligibility requirements":       KindEligibility,
	"eligibility overview":           KindEligibility,
	"key eligibility criteria":       KindEligibility,
	"participation criteria":         KindEligibility,
	"participation requirements":     KindEligibility,
	"criteria":                       KindEligibility,
	"key eligibility":                KindEligibility,
	"main eligibility":               KindEligibility,
	"einschlusskriterien":            KindInclusion,
	"einschluss-kriterien":           KindInclusion,
	"einschlusskriterium":            KindInclusion,
	"ausschlusskriterien":            KindExclusion,
	"ausschluss-kriterien":           KindExclusion,
	"ausschlusskriterium":            KindExclusion,
	"teilnahmevoraussetzungen":       KindEligibility,
	"critères d'inclusion":           KindInclusion,
	"critères d’inclusion":           KindInclusion,
	"critères d'exclusion":           KindExclusion,
	"critères d’exclusion":           KindExclusion,
	"critères de non-inclusion":      KindExclusion,
	"critères d'éligibilité":         KindEligibility,
	"criterios de inclusión":         KindInclusion,
	"criterios de exclusión":         KindExclusion,
	"criterios de elegibilidad":      KindEligibility,
}

// headingTails are words a heading may end with that do not change its
// kind: "Who can participate in the study?" is "Who can participate".
var headingTails = []string{" in the study", " in this study", " in the trial", " in this trial"}
