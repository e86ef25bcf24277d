package rules

// foreignAgeWords maps the words German, French and Spanish pages use to
// state an age limit onto the English words the age phrases read, lower-
// cased; they are matched as whole words. One line an entry.
var foreignAgeWords = map[string]string{
	// German: "Alter: bis 18", "Kinder und Jugendliche bis 21 Jahren", "ab 18 Jahren"
	"alter":       "age",
	"bis":         "up to",
	"ab":          "at least",
	"unter":       "under",
	"über":        "over",
	"jahr":        "year",
	"jahre":       "years",
	"jahren":      "years",
	"monat":       "month",
	"monate":      "months",
	"monaten":     "months",
	"kinder":      "children",
	"jugendliche": "adolescents",
	"patienten":   "patients",
	// French: "âge : de 1 à 18 ans", "enfants de moins de 18 ans"
	"âge":      "age",
	"ans":      "years",
	"mois":     "months",
	"jusqu'à":  "up to",
	"moins de": "under",
	"plus de":  "over",
	"enfants":  "children",
	"à":        "to",
	// Spanish: "edad: hasta 18 años", "niños menores de 18 años"
	"edad":       "age",
	"años":       "years",
	"meses":      "months",
	"hasta":      "up to",
	"menores de": "under",
	"mayores de": "over",
	"niños":      "children",
	"pacientes":  "patients",
}

// foreignMarks are short words that mark running text as German, French
// or Spanish, whose age words are then read in English.
var foreignMarks = []string{" und ", " mit ", " der ", " les ", " avec ", " des ", " los ", " con ", " del "}
