package rules

import (
	"regexp"
	"strings"
)

var (
	// ageLimitCue marks a sentence about the patient's age, or an age
	// bound written in short ("≤25y").
	ageLimitCue = regexp.MustCompile(`(?i)\bage[ds]?\b|\b(?:years?|months?|days?|weeks?)\s+(?:old|of\s+age)\b|\byo\b|[≤≥<>]\s?\d+(?:\.\d+)?\s?y\b`)
	// trialIsFor is a sentence's frame that says whom the trial takes:
	// "The high-risk medulloblastoma trial is for patients older than three
	// years". A risk group it names ("high-risk") is the disease's, not one
	// its age defines.
	trialIsFor = regexp.MustCompile(`(?i)\b(?:trial|study)\s+(?:is|will\s+be)\s+(?:open\s+)?(?:for|to)\s+(?:patients|children|people|participants)\b`)
	// namedRiskGroup is a disease's risk group named before it.
	namedRiskGroup = regexp.MustCompile(`(?i)\b(?:very\s+)?(?:high|low|standard|intermediate)[- ]risk\b`)
	// cohortRange marks the range of the ages a study's patients had,
	// "sixteen patients (range, 11-24 years)", "(median 9, range 2–17)".
	cohortRange = regexp.MustCompile(`(?i)(?:\(|[,;]\s*)range\b`)
	// eligibleWere opens a sentence that says who the trial took: "Eligible
	// patients were between 18 and 75 years of age with a WHO performance
	// status of 2 or less". What follows its age is another criterion.
	// So does one that says what its patients were required to be:
	// "Patients were required to be at least 18 years old, have an ECOG
	// performance status of 0 or 1, …".
	eligibleWere = regexp.MustCompile(`(?i)^(?:the\s+)?(?:eligible\s+(?:patients|participants|children|adults|subjects)\s+(?:were|are|must\s+be|had\s+to\s+be|will\s+be)|(?:patients|participants|children|adults|subjects)\s+(?:were|are|will\s+be)\s+required\s+to\s+be)\s+(?:aged\s+|between\s+|from\s+|at\s+least\s+)?\S*\d`)
	// diseaseExtent writes a disease's extent without the word "stage",
	// which marks a stage defined by age ("stage 4S under 1 year"): "advanced-stage
	// MCL, age < 66 years" states the trial's limit.
	diseaseExtent = strings.NewReplacer("advanced-stage", "advanced", "advanced stage", "advanced", "early-stage", "early",
		"early stage", "early", "limited-stage", "limited", "limited stage", "limited", "late-stage", "late")
	// stageRange is a range of Roman stages, "stage II-IV", "stages III or
	// IV": a disease's extent, as lymphoma is staged, not a stage defined by
	// age, as neuroblastoma's "stage 4S" is.
	stageRange = regexp.MustCompile(`\bstages?\s+(?:i{1,3}|iv)[ab]?\s*(?:-|to|/|or|and|through)\s*(?:i{1,3}|iv)[ab]?\b`)
	// diseaseRank marks a sentence that ranks a disease among others, "Osteosarcoma
	// is the most common bone cancer diagnosed in teens and young adults between
	// 10 and 30": wherever its age stands, it is the disease's, not a limit.
	diseaseRank = regexp.MustCompile(`(?i)\b(?:is|are|remains?)\s+(?:the|a)\s+(?:\w+\s+)?(?:most\s+(?:common|frequent)|leading)\b`)
	// populationCue marks a sentence about who takes part.
	populationCue = regexp.MustCompile(`(?i)\b(?:` + peopleWords + `|infants|teenagers|anyone|everyone)\b`)
	// notAgeLimitCue marks an age that is not the trial's limit: one inside
	// another criterion (a performance scale, a pregnancy test, consent),
	// a donor's, days of life, a stage defined by age, a figure about the
	// disease ("the biggest killer of children aged 1-14", "diagnosed each
	// year", "the average age at presentation is 60 to 70 years", "most
	// patients are younger than six years", "usually affects children under
	// five", "90% of children are younger than six", "5% of all leukemias in
	// patients between 55 and 70"), or
	// patients a trial has treated already ("12 children aged 3 to 18
	// participated").
	notAgeLimitCue = regexp.MustCompile(`(?i)\b(?:lansky|karnofsky|performance|ecog|pregnan\w*|child-?bearing|menarche|menses|post-?pubertal|donors?|days\s+of\s+life|gestational|assent|consent|guardians?|down\s+syndrome|survival|survived|incidence|median|average|mean\s+ages?|killer|mortality|causes?\s+of\s+death|leading\s+caus\w*|(?:each|every|per)\s+year|annually|majority|(?:usually|commonly|typically|generally|mainly|mostly|often|primarily|predominantly)\s+(?:affects?|affecting|occurs?|strikes?|diagnosed)|(?:usually|commonly|typically|generally|mostly|often)\s+(?:\S+\s+){1,8}?diagnosed|affects?,?\s+(?:mainly|mostly|primarily|predominantly)|occurs?\s+(?:in|among)|occurring\s+(?:in|among)|most\s+(?:common|frequent)|(?:most|many)\s+(?:\S+\s+){0,2}diagnosed|\d+\s*%\s+(?:(?:of|de|des|di|del|der)\s+)?(?:the\s+|all\s+)?(?:patients|children|cases|kids|infants|tumou?rs|cancers|leuk\w*mias|lymphomas)|participated|took\s+part|(?:were|have\s+been|had\s+been)\s+(?:treated|enrolled|included|recruited)|most\s+(?:of\s+)?(?:the\s+)?(?:patients|children|cases)|iqr|stage|inss|inrg|mycn|risk)\b`)
)

// FindAgeLimit finds, in a page's running text, the first sentence that
// states the trial's age limits, such as "People aged 3 to 65 years" or
// "children less than 18 years old with newly diagnosed AML", and reads
// it. An age inside another criterion ("pregnancy test for girls ≥ 13
// years", "Lansky (age <16 years)"), a donor's age, days of life, an age
// that defines a stage, ages in page boilerplate and ages that belong to
// something else (withoutOtherAges) are not limits.
func FindAgeLimit(text string) (a AgeReading, sentence string, ok bool) {
	for _, line := range strings.Split(text, "\n") {
		if IsBoilerplate(line) {
			continue
		}
		for _, s := range splitSentences(line) {
			s = strings.TrimSpace(s)
			if !ageLimitCue.MatchString(s) && !populationCue.MatchString(s) && !diagnosisAge.MatchString(s) {
				continue
			}
			kept := withoutOtherAges(withPeoplesAgeInYears(s))
			// "Patients aged one to 30 years are risk-stratified": a trial
			// that sorts its patients by risk defines no risk group by age.
			window := diseaseExtent.Replace(strings.ReplaceAll(ageWindow(kept, eligibleWere.MatchString(kept)), "risk-stratif", "stratif"))
			if strings.Contains(window, "stage") {
				window = stageRange.ReplaceAllString(window, "extent")
			}
			if strings.Contains(window, "risk") && trialIsFor.MatchString(s) {
				window = namedRiskGroup.ReplaceAllString(window, "")
			}
			if notAgeLimitCue.MatchString(window) || cohortRange.MatchString(window) || diseaseRank.MatchString(kept) {
				continue
			}
			if a, ok := ParseAge(kept); ok {
				if stratifiesByAge(line) {
					// The line sorts patients by age; it sets no limit.
					break
				}
				if e := exclusionOfAge(kept); e != ageTaken {
					// "Patients aged 81 years or older were excluded": the
					// trial takes the ages the sentence leaves out.
					r, ok := complementOf(a.Range)
					if !ok || e == ageNoLimit {
						continue
					}
					a.Range = r
					return a, s, true
				}
				if a.phrases >= 2 {
					// "aged 3-17 (children) or 18-25 years (young adults)"
					a.Range = widenedByOr(kept, a.Range)
				}
				return a, s, true
			}
		}
	}
	return AgeReading{}, "", false
}

// cueReachBefore is how far, in bytes, before a sentence's first age phrase
// a cue that the age is not a limit is looked for: "5% of all leukemias
// newly diagnosed in patients between 55 and 70".
const cueReachBefore = 72

// ageWindow returns the part of a sentence around its first age phrase, where
// a cue that the age is not a limit would be: "Lansky (age <16 years)". A
// bracket that closes after the age ends the part, and so does "at the time
// of" after it; the age itself does when untilAge is set, for a sentence
// that opens by saying who was eligible.
func ageWindow(sentence string, untilAge bool) string {
	s := ageNormalizer.Replace(strings.ToLower(sentence))
	ms := ageMatches(s)
	if len(ms) == 0 {
		return s
	}
	end := min(len(s), ms[0].end+40)
	if untilAge {
		end = ms[0].end
	}
	if i := strings.Index(s[ms[0].end:end], "at the time of"); i >= 0 {
		// "18 years (at the time of signing consent)": what follows is the
		// moment the age is taken at, not a cue about the age.
		end = ms[0].end + i
	}
	if i := strings.IndexByte(s[ms[0].end:end], ')'); i >= 0 && !strings.Contains(s[ms[0].end:ms[0].end+i], "(") {
		// An age in brackets, "a phase 2 study for young people (aged
		// 5-30 years) with …": what the brackets hold is the cue's window.
		end = ms[0].end + i
	}
	return s[max(0, ms[0].start-cueReachBefore):end]
}

// stratifiesByAge reports whether a line's ages admit no one taken as one
// range, as a line that sorts patients into age groups does: "Patients
// under 2 years of age: CET. Patients aged 2 years and older: AZA-CET".
func stratifiesByAge(line string) bool {
	a, _, ok := parseAge(line, true)
	return ok && admitsNoAge(&a.Range)
}
