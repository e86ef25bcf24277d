package model

import "slices"

// ThemeKey names an exclusion theme.
type ThemeKey string

// The exclusion themes.
const (
	ThemeCNS                  ThemeKey = "cns"
	ThemeInfection            ThemeKey = "infection"
	ThemePriorCellTherapy     ThemeKey = "prior_cell_therapy"
	ThemePriorTransplant      ThemeKey = "prior_transplant"
	ThemePregnancy            ThemeKey = "pregnancy"
	ThemeOtherMalignancy      ThemeKey = "other_malignancy"
	ThemeOtherTrial           ThemeKey = "other_trial"
	ThemeImmunosuppression    ThemeKey = "immunosuppression"
	ThemeLiveVaccine          ThemeKey = "live_vaccine"
	ThemeOrganFunction        ThemeKey = "organ_function"
	ThemePerformanceStatus    ThemeKey = "performance_status"
	ThemePriorTargetedTherapy ThemeKey = "prior_targeted_therapy"
	ThemeWashout              ThemeKey = "washout"
	ThemeHypersensitivity     ThemeKey = "hypersensitivity"
)

// InTheme reports whether exclusion criterion n (0-based) is in a theme.
func (t *Trial) InTheme(n int, k ThemeKey) bool {
	return slices.Contains(t.ExclusionThemes[k], n+1)
}
