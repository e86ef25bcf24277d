package rules

import (
	"github.com/trialcompare/trialcompare/model"
)

// themeRules are the curated phrases of each theme, in display order. A
// criterion is in a theme when one of its phrases matches (case ignored) and
// none of its exceptions does. Each phrase is a regular expression; adding
// one is one line. prior_targeted_therapy also depends on the trial's own
// targets, see themesOf.
var themeRules = []struct {
	Key        model.ThemeKey
	Label      string
	Phrases    []string
	Exceptions []string
}{
	{model.ThemeCNS, "CNS disease", []string{
		`\bCNS\b`, `central nerv(?:e|ous) system`, `brain metasta`, `leptomeningeal`, `intracranial`, `cranial nerve`,
	}, nil},
	{model.ThemeInfection, "Active infection, HIV, HBV, HCV", []string{
		`infection`, `\bHIV\b`, `\bHBV\b`, `\bHCV\b`, `hepatitis\s*[BC]\b`, `viral reactivation`, `\bsepsis\b`,
	}, nil},
	{model.ThemePriorCellTherapy, "Prior CAR-T, cell or gene therapy", []string{
		`(?:prior|previous|previously|received|receiving|history of)\b[^.;]{0,60}?(?:\bCAR[- ]?T|\bCART\b|\bCART-|cell(?:ular)? therapy|gene[- ]therap|gene-modified|immune[- ]effector)`,
	}, nil},
	{model.ThemePriorTransplant, "Prior HSCT or GVHD", []string{
		`transplant`, `\bHSCT\b`, `\bGVHD\b`, `graft[- ]versus[- ]host`, `stem cell`,
	}, nil},
	{model.ThemePregnancy, "Pregnancy or lactation", []string{
		`pregnan`, `lactat`, `breast[- ]?feeding`, `\bnursing\b`,
	}, []string{`negative (?:serum |urine |blood )?pregnancy test`}},
	{model.ThemeOtherMalignancy, "Other malignancy", []string{
		`malignanc`, `other (?:cancer|tumou?r)`, `second(?:ary)? (?:malignant )?(?:cancer|neoplasm)`,
	}, nil},
	{model.ThemeOtherTrial, "Other trials or investigational agents", []string{
		`investigational`, `another (?:clinical )?(?:trial|study)`, `other (?:clinical )?(?:trial|stud)`,
	}, nil},
	{model.ThemeImmunosuppression, "Steroids or immune suppression", []string{
		`immunosuppress`, `steroid`, `prednis`, `dexamethasone`,
	}, nil},
	{model.ThemeLiveVaccine, "Live vaccines", []string{
		`live (?:attenuated )?vaccin`, `vaccine\(s\)`, `live[- ]virus vaccin`,
	}, nil},
	{model.ThemeOrganFunction, "Cardiac, renal, hepatic or pulmonary function", []string{
		`cardiac`, `\bheart\b`, `renal`, `kidney`, `hepatic`, `\bliver\b`, `pulmonary`, `\blungs?\b`, `\bLVEF\b`, `\bLVSF\b`,
		`ejection fraction`, `creatinine`, `bilirubin`, `\bGFR\b`, `\bALT\b`, `\bAST\b`, `organ function`,
	}, nil},
	{model.ThemePerformanceStatus, "Performance status", []string{
		`karnofsky`, `lansky`, `\bECOG\b`, `performance (?:status|score)`,
	}, nil},
	{model.ThemePriorTargetedTherapy, "Prior therapy against the trial's target", nil, nil},
	{model.ThemeWashout, "Time since the last therapy", []string{
		`washout`, `off (?:prior )?(?:treatment|therapy)`, `within \d+\s*(?:hours?|days?|weeks?|months?)\s*(?:prior|before|of)`,
		`\d+\s*(?:days?|weeks?|months?)\s*(?:prior to|before)\s*(?:the )?(?:first|enrol|screen|infusion|study|day|treatment|registration|IMP)`,
		`>\s*\d+\s*(?:days?|weeks?)\s*from`,
	}, nil},
	{model.ThemeHypersensitivity, "Hypersensitivity or allergy", []string{
		`hypersensitiv`, `allerg`, `anaphyla`,
	}, nil},
}

// exceptClauses name what a criterion does not exclude: "(except for
// hematopoietic stem cell transplantation)", "except for adequately treated
// carcinoma in situ". Their text is set aside before any theme is matched.
var exceptClauses = []string{
	`\bexcept(?:ing)?\b(?:\s+for)?[^.;,()]*\)?`,
}

// themeAsides are phrases that look like a theme's and are not: a solid
// organ transplant is not a stem cell transplant. Their text is set aside
// before that theme's phrases are matched; adding one is one line.
var themeAsides = map[model.ThemeKey][]string{
	model.ThemePriorTransplant: {
		`organ transplant(?:ation|ed|s)?`,
	},
}
