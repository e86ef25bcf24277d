package vocab

// Vocabulary is every vocabulary the rules read by: the built-in files, with
// the user's entries merged in. Each list keeps its file's order, a user's
// new entries after the built-in ones.
type Vocabulary struct {
	// Targets are the targets in display order, with their names.
	Targets []Target
	// Drugs name the target each drug acts on.
	Drugs []Drug
	// PriorTherapy are the words that open and join a mention of a therapy
	// the patient had before; Kind is PriorCue, PriorJoiner or
	// PriorListOpener.
	PriorTherapy []Word
	// BackgroundCues mark a summary's sentence about earlier work.
	BackgroundCues []Word
	// MarkerWords say, after a marker's name, how much of it cells show;
	// Kind is MarkerAbsent or MarkerLevel.
	MarkerWords []Word
	// Diagnoses are the diagnoses a patient can have.
	Diagnoses []Diagnosis
	// Themes are the exclusion themes' labels and phrases.
	Themes []ThemeRule
	// CriteriaHeadings are the headings of criteria lists, the language
	// files' headings among them.
	CriteriaHeadings []Heading
	// RegistryForms are the trial registries whose numbers are read.
	RegistryForms []RegistryForm
	// RegistryLabels are the words that label identifiers; Kind is one of
	// the RegistryLabel… kinds.
	RegistryLabels []Word
	// Labels map page labels onto the fields they name, the language
	// files' labels among them.
	Labels []Label
	// Languages are the words of the pages in other languages than
	// English, one file a language (languages/de.tsv …). Their headings
	// and labels are also among CriteriaHeadings and Labels.
	Languages []LanguageWord
	// CNS are the patterns that read a criterion's CNS status; Kind is one
	// of the CNS… kinds.
	CNS []Word
	// Modalities are the kinds of agent the overview names.
	Modalities []Modality
	// EntryRules are the overview's prior-therapy and disease-state rules.
	EntryRules []EntryRule
	// MentionCues mark a phase or an age in running text as another's than
	// the trial's; Kind is one of the Mention… kinds.
	MentionCues []Word
	// Files reports every file read, the built-in ones first.
	Files []File
}

// Origin is where an entry was read.
type Origin struct {
	// File is the file's path, or its name for a built-in file.
	File string
	// Line is the entry's 1-based line number.
	Line int
	// User is set for an entry of the user's own files.
	User bool
}

// Target is a target and the names that mean it.
type Target struct {
	Name  string
	Names []string
	Origin
}

// Drug is a drug, its stem or its brand name, the target it acts on and its
// class (a modality), "" when not known.
type Drug struct {
	Name, Target, Class string
	Origin
}

// Word is one word or phrase of a list, and its kind in that list.
type Word struct {
	Kind, Text string
	Origin
}

// Diagnosis is a diagnosis, its parent ("" for none) and its names.
type Diagnosis struct {
	Name, Parent string
	Names        []string
	Origin
}

// ThemeRule is one line of the exclusion themes: a theme's label, or one of
// its phrases, exceptions or asides (Kind), a regular expression.
type ThemeRule struct {
	Theme, Kind, Text string
	Origin
}

// Heading is a criteria heading and the kind of list it opens, or words a
// heading may end with (Kind HeadingEnding).
type Heading struct {
	Heading, Kind string
	Origin
}

// RegistryForm is a trial registry, the literal its numbers start with and
// their form, a regular expression that begins with ^.
type RegistryForm struct {
	Registry, Anchor, Form string
	Origin
}

// Label is a label pages use and the field it names.
type Label struct {
	Label, Field string
	Origin
}

// Modality is a kind of agent and the pattern that finds it; Source is set
// for a word that says where cells come from.
type Modality struct {
	Name    string
	Source  bool
	Pattern string
	Origin
}

// EntryRule is a rule the overview lists from the inclusion criteria: its
// label, which may use the pattern's groups ($1), and the pattern.
type EntryRule struct {
	Label, Pattern string
	Origin
}

// The kinds of prior_therapy.tsv's lines.
const (
	PriorCue        = "cue"
	PriorJoiner     = "joiner"
	PriorListOpener = "list opener"
)

// The kinds of marker_words.tsv's lines.
const (
	MarkerAbsent = "absent"
	MarkerLevel  = "level"
)

// The kinds of themes.tsv's lines, and the theme whose asides are set aside
// before every theme.
const (
	ThemeLabel     = "label"
	ThemePhrase    = "phrase"
	ThemeException = "exception"
	ThemeAside     = "aside"
	AllThemes      = "all"
)

// HeadingEnding is the kind of criteria_headings.tsv's lines that name
// words a heading may end with; the other kinds are the kinds of list a
// heading opens.
const HeadingEnding = "ending"

// headingKinds are the kinds of criteria_headings.tsv's lines.
var headingKinds = []string{"inclusion", "exclusion", "eligibility", "inclusion and exclusion", HeadingEnding}

// The kinds of registry_labels.tsv's lines.
const (
	RegistryIDLabel             = "id label"
	RegistryProtocolWord        = "protocol word"
	RegistryStudyIDLabel        = "study id label"
	RegistryStudyIDWord         = "study id word"
	RegistryCTEPWord            = "ctep word"
	RegistryGluedLabel          = "glued label"
	RegistryEUPrefix            = "eu prefix"
	RegistryProtocolTrailWord   = "protocol trail word"
	RegistryReferenceWord       = "reference word"
	RegistryNotSponsorReference = "not sponsor reference"
	RegistryOwnIDLabel          = "own id label"
	RegistryOtherTrialCue       = "other trial cue"
)

// labelFields are the fields a page label may name.
var labelFields = []string{"title", "acronym", "status", "sponsor", "phase", "ages", "age_groups", "min_age", "max_age", "sex",
	"enrollment", "conditions", "interventions"}

// The kinds of cns.tsv's lines; the first four are one line each.
const (
	CNSGrade     = "grade"
	CNSMore      = "more grades"
	CNSNotGrade  = "not a grade"
	CNSNegation  = "negation"
	CNSMention   = "mention"
	CNSQualifier = "qualifier"
)

// cnsSingle are the kinds of cns.tsv's lines that are one line each.
var cnsSingle = []string{CNSGrade, CNSMore, CNSNotGrade, CNSNegation}
