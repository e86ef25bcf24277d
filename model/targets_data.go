package model

// targetVocabulary lists the canonical targets in display order. Each entry
// gives the names that mean the target (matched as whole words; case is
// ignored for names longer than five characters). Adding a target is one line.
var targetVocabulary = []struct {
	Target string
	Names  []string
}{
	{"CD19", []string{"CD19"}},
	{"CD22", []string{"CD22", "Siglec-2"}},
	{"CD38", []string{"CD38"}},
	{"CLL-1", []string{"CLL-1", "CLL1", "CLEC12A", "CD371"}},
	{"ALK", []string{"ALK", "hALK", "anaplastic lymphoma kinase"}},
	{"NKG2D", []string{"NKG2D", "NKG2DL", "KLRK1"}},
	{"CD33", []string{"CD33"}},
	{"CD123", []string{"CD123", "IL3RA", "IL-3RA"}},
	{"CD7", []string{"CD7"}},
	{"CD52", []string{"CD52"}},
	{"GD2", []string{"GD2", "disialoganglioside"}},
	{"B7-H3", []string{"B7-H3", "B7H3", "CD276"}},
	{"BCMA", []string{"BCMA", "TNFRSF17", "CD269"}},
	{"HER2", []string{"HER2", "HER-2", "ERBB2"}},
	{"GPC3", []string{"GPC3", "glypican-3", "glypican 3"}},
	{"EGFR", []string{"EGFR", "EGFR806"}},
	{"CD20", []string{"CD20", "MS4A1"}},
	{"CD30", []string{"CD30"}},
	{"CD5", []string{"CD5"}},
	{"CD70", []string{"CD70"}},
	{"FLT3", []string{"FLT3", "FLT-3"}},
	{"MSLN", []string{"mesothelin", "MSLN"}},
	{"PSMA", []string{"PSMA"}},
	{"IL13RA2", []string{"IL13RA2", "IL13Rα2", "IL-13Rα2"}},
	{"ROR1", []string{"ROR1"}},
	{"CD117", []string{"CD117", "c-KIT"}},
	{"CCR9", []string{"CCR9"}},
}

// drugTargets maps a drug (or its stem) to the antigen it acts on. Names are
// matched as word prefixes, case ignored; a name with a dot ("hu14.18")
// matches across it ("hu14.18K322A"). Adding a drug is one line.
var drugTargets = map[string]string{
	"isatuximab":       "CD38",
	"daratumumab":      "CD38",
	"felzartamab":      "CD38",
	"blinatumomab":     "CD19",
	"tisagenlecleucel": "CD19",
	"CTL019":           "CD19",
	"axicabtagene":     "CD19",
	"brexucabtagene":   "CD19",
	"lisocabtagene":    "CD19",
	"obecabtagene":     "CD19",
	"loncastuximab":    "CD19",
	"tafasitamab":      "CD19",
	"inebilizumab":     "CD19",
	"UCART19":          "CD19",
	"inotuzumab":       "CD22",
	"moxetumomab":      "CD22",
	"epratuzumab":      "CD22",
	"UCART22":          "CD22",
	"gemtuzumab":       "CD33",
	"vadastuximab":     "CD33",
	"lintuzumab":       "CD33",
	"alemtuzumab":      "CD52",
	"dinutuximab":      "GD2",
	"naxitamab":        "GD2",
	"hu14.18":          "GD2",
	"ch14.18":          "GD2",
	"crizotinib":       "ALK",
	"lorlatinib":       "ALK",
	"ceritinib":        "ALK",
	"alectinib":        "ALK",
	"brigatinib":       "ALK",
	"ensartinib":       "ALK",
	"rituximab":        "CD20",
	"obinutuzumab":     "CD20",
	"ofatumumab":       "CD20",
	"brentuximab":      "CD30",
	"idecabtagene":     "BCMA",
	"ciltacabtagene":   "BCMA",
	"teclistamab":      "BCMA",
	"elranatamab":      "BCMA",
	"belantamab":       "BCMA",
	"trastuzumab":      "HER2",
	"pertuzumab":       "HER2",
	"cetuximab":        "EGFR",
	"panitumumab":      "EGFR",
	"omburtamab":       "B7-H3",
	"enoblituzumab":    "B7-H3",
	"flotetuzumab":     "CD123",
	"tagraxofusp":      "CD123",
	"talacotuzumab":    "CD123",
	"gilteritinib":     "FLT3",
	"midostaurin":      "FLT3",
	"quizartinib":      "FLT3",
}

// backgroundCues mark a sentence about what earlier work found, not what
// this trial tests: "CAR T-cell therapy that targets CD19 has been shown to
// cure ALL". A target named only in such a sentence of a summary is not the
// trial's. "Approved" is no cue: "this study tests X, which is approved for
// adults, in infants" names the trial's X. Matched as written, in lower
// case. One line an entry.
var backgroundCues = []string{
	"has been shown",
	"have been shown",
	"has been show ",
	"has shown",
	"have shown",
	"has gained",
	"have gained",
	"has achieved",
	"have achieved",
	"has demonstrated",
	"have demonstrated",
}
