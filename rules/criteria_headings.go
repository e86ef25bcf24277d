package rules

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/vocab"
)

// CriteriaKind is the kind of list a criteria heading opens.
type CriteriaKind string

// The kinds of criteria lists. An eligibility list holds what the patient
// must meet, unless inclusion and exclusion headings follow it. A heading
// that names both kinds ("Inclusion and exclusion criteria") opens the
// inclusion list and, when the numbering starts again, the exclusion list.
const (
	KindInclusion   CriteriaKind = "inclusion"
	KindExclusion   CriteriaKind = "exclusion"
	KindEligibility CriteriaKind = "eligibility"
	KindBoth        CriteriaKind = "inclusion and exclusion"
)

var (
	// headingWords finds a heading phrase that holds "criteria" inside a
	// longer line: a lead of up to four words, a tail of up to five.
	excludingLeadIn = regexp.MustCompile(`\b(?:are|will be|is)\s+(?:excluded|not eligible|ineligible)\b|\b(?:you|participants|patients|children|people) (?:cannot|can't|can’t|can not|could not|may not|might not|should not|will not|are not able to|(?:may|might|will) not be able to) (?:take part|join|participate|enrol+|be (?:in|included|enrol+ed))\b|\byou (?:will|would) not be eligible\b`)
	includingLeadIn = regexp.MustCompile(`\bare eligible (?:to (?:join|take part|participate|enrol+)(?: (?:in )?(?:the|this) (?:trial|study))? )?if\b|\b(?:you|participants|patients|children|people) (?:can|may|could|might)(?: be able to)? (?:take part|join|participate|enrol+|be (?:in|included|enrol+ed))\b.*\bif\b|\bmust meet all\b|\bto be eligible\b.*\bmust\b|to (?:join|take part|participate|enrol+)\b.*\b(?:you|participants|patients|children) (?:must|had to|have to|need to|needed to)\b`)
	// listedLeadIn opens a list of what the patient must meet: "The
	// criteria for this myeloma study are listed below:", "Eligibility
	// requirements are as follows:". Criteria of anything else ("criteria
	// for response") open no such list.
	listedLeadIn = regexp.MustCompile(`\b(?:eligibility\s+(?:criteria|requirements)|(?:criteria|requirements)\s+(?:for|of)\s+(?:this|the|our)\s+(?:[\w-]+\s+){0,3}(?:study|trial)|(?:criteria|requirements)\s+to\s+(?:take part|participate|join|enrol+))\b.*\b(?:are|is)\s+(?:listed\s+)?(?:below|as follows)$`)
	headingWords = regexp.MustCompile(`^((?:[^\s.]+\s+){0,4}?)(?:[-–]\s*)?((?:key|main|major|principal|general)\s+)?(inclusion|exclusion|eligibility)\s+criter(?:ia|ion|ea)\b((?:\s+[^\s.]+){0,5})$`)
)

// CriteriaHeadingOf reads a line as a criteria heading in any wording:
// "Inclusion Criteria:", "Key inclusion criteria", "Participants -
// inclusion criteria", "Procurement Inclusion Criteria", "Who can take
// part", "Who can't take part", "Exclude:", a registry's numbered "E.3
// Principal inclusion criteria", a table's "| Inclusion criteria | 1. … |",
// a heading in brackets before its first item ("【選択基準】18歳以上の方").
// rest is the text that follows the heading's colon (or its brackets) on
// the same line ("Exclude: prior CAR-T" → "prior CAR-T"), "" when there
// is none.
func CriteriaHeadingOf(line string) (kind CriteriaKind, rest string, ok bool) {
	kind, rest, ok = criteriaHeadingOf(line)
	if !ok {
		if inner, bracketed := bracketedTail(line); bracketed {
			kind, _, ok = criteriaHeadingOf(inner)
		} else if inner, after, bracketed := leadingBrackets(line); bracketed {
			if kind, _, ok = criteriaHeadingOf(inner); ok {
				rest = after
			}
		}
	}
	if ok && (kind == KindInclusion || kind == KindExclusion) && namesBothKinds(strings.TrimSuffix(strings.TrimSpace(line), rest)) {
		kind = KindBoth
	}
	return kind, rest, ok
}

// bracketedTail returns the Chinese or Japanese heading a line ends with
// in brackets: "治験に参加いただける患者さんの身体状況(患者選択基準)" is a
// heading by its "患者選択基準".
func bracketedTail(line string) (string, bool) {
	_, inner, ok := trailingBrackets(strings.TrimSpace(line))
	if !ok || inner == "" || UnspacedRunes(inner) != utf8.RuneCountInString(inner) {
		return "", false
	}
	return inner, true
}

// headingBrackets pairs the brackets a heading glued to its first item is
// set in: "【選択基準】18歳以上", "<選択基準>t-AML: …", "[Inclusion criteria] Age …".
var headingBrackets = map[rune]rune{'【': '】', '<': '>', '＜': '＞', '[': ']', '［': '］', '〔': '〕', '《': '》', '〈': '〉'}

// leadingBrackets splits a line that opens with a part in brackets and goes
// on after them into what the brackets hold and what follows; ok is false
// when nothing follows.
func leadingBrackets(line string) (inner, after string, ok bool) {
	t := strings.TrimSpace(line)
	open, size := utf8.DecodeRuneInString(t)
	closing, known := headingBrackets[open]
	if !known {
		return "", "", false
	}
	end := strings.IndexRune(t[size:], closing)
	if end < 0 {
		return "", "", false
	}
	inner, after = t[size:size+end], strings.TrimSpace(t[size+end+utf8.RuneLen(closing):])
	return inner, after, inner != "" && after != ""
}

// trailingBrackets splits a text that ends with a part in brackets into
// what stands before the brackets and what they hold.
func trailingBrackets(text string) (before, inner string, ok bool) {
	t := strings.TrimRight(text, " \t")
	if !strings.HasSuffix(t, ")") {
		return "", "", false
	}
	open := strings.LastIndexByte(t, '(')
	if open < 0 {
		return "", "", false
	}
	return t[:open], t[open+1 : len(t)-1], true
}

// namesBothKinds reports whether a heading names inclusion and exclusion:
// "Inclusion and exclusion criteria", "Inclusion/Exclusion Criteria",
// "Inclusion criteria, exclusion criteria and study summary".
func namesBothKinds(head string) bool {
	l := strings.ToLower(head)
	return strings.Contains(l, "inclusion") && strings.Contains(l, "exclusion")
}

// criteriaHeadingOf reads a line as a criteria heading of one kind.
func criteriaHeadingOf(line string) (kind CriteriaKind, rest string, ok bool) {
	head, rest := tableCell(line), ""
	if i := labelColon(head); i >= 0 {
		head, rest = head[:i], strings.TrimSpace(head[i+1:])
	} else if i := indexLiteral(head, " | "); i >= 0 {
		// A table's row: the heading's cell, then its list's.
		head, rest = head[:i], strings.TrimSpace(head[i+3:])
	}
	head = head[sectionNumber(head):]
	if len(head) > 120 {
		return "", "", false
	}
	if head = turkishLower(head); !headings().mayBeHeading(foldArabicWord(head)) {
		return "", "", false
	}
	l := normalHeading(withoutNote(head))
	hs := headings()
	if k, ok := hs.kinds[l]; ok {
		return k, rest, true
	}
	if k, ok := hs.kinds[withoutQualifier(l)]; ok {
		return k, rest, true
	}
	for _, tail := range hs.tails {
		if k, ok := hs.kinds[strings.TrimSuffix(l, tail)]; ok && strings.HasSuffix(l, tail) {
			return k, rest, true
		}
	}
	if k, ok := hs.kinds[hs.withoutTrialWord(l)]; ok {
		return k, rest, true
	}
	if rest == "" && strings.HasSuffix(strings.TrimSpace(line), ":") {
		// A sentence that opens a list: one that opens with a heading
		// ("Voitte osallistua THL:n tutkimukseen, jos:"), or "Patients
		// with any of the following are excluded:", "Patients are
		// eligible if they meet all of the following:".
		k, ok := hs.leadInKind(l)
		switch {
		case ok:
			return k, "", true
		case len(l) > 100:
		case excludingLeadIn.MatchString(l):
			return KindExclusion, "", true
		case includingLeadIn.MatchString(l):
			return KindInclusion, "", true
		case listedLeadIn.MatchString(l):
			return KindEligibility, "", true
		}
	}
	if k, ok := hs.unspacedKind(l); ok {
		return k, rest, true
	}
	if rest == "" {
		if k, text, ok := headingBeforeText(head); ok {
			return k, text, true
		}
	}
	// Every heading phrase holds "criter": a line without it is no
	// heading, and the pattern is not run.
	if len(l) > 90 || strings.HasSuffix(head, ".") || !strings.Contains(l, "criter") {
		return "", "", false
	}
	m := headingWords.FindStringSubmatch(l)
	if m == nil {
		return "", "", false
	}
	// The pattern's third group is one of the kinds' own words.
	return CriteriaKind(m[3]), rest, true
}

// headingBeforeText reads a table's row copied with one space between
// its heading cell and its text: "Key inclusion criteria Relapsed B-ALL;
// age 1 to 25 years; adequate organ function." The text opens with a
// capital or a digit and is an item's length at least (minRowTextWords
// words, or a ";" or a closing "."), so that a heading's own tail ("Inclusion
// Criteria Part A") stays the heading's.
func headingBeforeText(head string) (CriteriaKind, string, bool) {
	t := strings.TrimSpace(head)
	i := indexFold(t, "criteria ")
	if i < 0 || i > 40 {
		return "", "", false
	}
	text := strings.TrimSpace(t[i+len("criteria "):])
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) ||
		len(strings.Fields(text)) < minRowTextWords && !strings.Contains(text, ";") && !strings.HasSuffix(text, ".") {
		return "", "", false
	}
	kind, _, ok := criteriaHeadingOf(t[:i+len("criteria")])
	if !ok {
		return "", "", false
	}
	return kind, text, true
}

// minRowTextWords is the fewest words of a criteria row's text that
// follows its heading after one space.
const minRowTextWords = 4

// withoutNote returns a heading without the note in brackets that ends it:
// "Eligibility Criteria (must meet the following to participate)" is
// "Eligibility Criteria".
func withoutNote(head string) string {
	before, _, ok := trailingBrackets(head)
	if !ok || strings.TrimSpace(before) == "" {
		return head
	}
	return before
}

// headingQualifiers may open a heading of the vocabulary, one after
// another: "Key inclusion/exclusion criteria" is "inclusion/exclusion
// criteria", "Additional key eligibility requirements" is "eligibility
// requirements".
var headingQualifiers = []string{"key ", "main ", "major ", "principal ", "general ", "additional ", "further "}

// withoutQualifier returns a normal heading without the qualifiers it opens
// with, or as it is.
func withoutQualifier(l string) string {
	for stripped := true; stripped; {
		stripped = false
		for _, q := range headingQualifiers {
			if strings.HasPrefix(l, q) {
				l, stripped = l[len(q):], true
			}
		}
	}
	return l
}

// labelColon returns where the colon that ends a heading or label stands
// in a line, or -1: the first colon that is no case ending's, which joins
// an abbreviation in capitals to one to four small letters ("THL:n
// tutkimukseen", "HUS:ssa", as Finnish and Swedish write).
func labelColon(line string) int {
	for from := 0; ; {
		i := strings.IndexByte(line[from:], ':')
		if i < 0 {
			return -1
		}
		at := from + i
		if !caseEndingColon(line, at) {
			return at
		}
		from = at + 1
	}
}

// caseEndingColon reports whether the colon at line[at] joins an
// abbreviation in capitals (two to six letters or digits) to a case
// ending of one to four small ASCII letters.
func caseEndingColon(line string, at int) bool {
	abbr := at
	for abbr > 0 && at-abbr < 6 && (isUpper(line[abbr-1]) || isDigit(line[abbr-1])) {
		abbr--
	}
	if at-abbr < 2 || abbr > 0 && isASCIILetter(line[abbr-1]) {
		return false
	}
	end := at + 1
	for end < len(line) && end-at <= 4 && isASCIILetter(line[end]) && !isUpper(line[end]) {
		end++
	}
	return end > at+1 && end-at <= 5 && (end == len(line) || !isASCIILetter(line[end]) && line[end] < utf8.RuneSelf)
}

// maxLeadInWords is the most words of a heading a lead-in sentence opens
// with, and maxLeadInRest the most words after it.
const (
	maxLeadInWords = 6
	maxLeadInRest  = 4
)

// leadInKind reads a sentence that ends with a colon and opens with a
// heading of two words or more as that heading: "voitte osallistua THL:n
// tutkimukseen, jos:" (you may take part in the study if) opens with
// "voitte osallistua", an eligibility heading.
func (hs *headingVocabulary) leadInKind(l string) (CriteriaKind, bool) {
	words := 0
	for i := 0; i < len(l); i++ {
		if l[i] != ' ' {
			continue
		}
		if words++; words >= maxLeadInWords {
			break
		}
		if words < 2 {
			continue
		}
		if k, ok := hs.kinds[strings.TrimRight(l[:i], headingPunctuation)]; ok {
			// A long rest may turn the heading round ("vem kan delta, men
			// inte om du har"): only a short one is read.
			return k, len(strings.Fields(l[i:])) <= maxLeadInRest
		}
	}
	return "", false
}

// withoutTrialWord returns a heading without the word for the trial or
// study of another language that opens it, as "Key" opens an English one:
// "çalışmaya dahil etme kriterleri" (the study's inclusion criteria) is
// "dahil etme kriterleri", "Studie Einschlusskriterien"
// "einschlusskriterien". A heading that opens with no such word is
// returned as it is.
func (hs *headingVocabulary) withoutTrialWord(l string) string {
	first, after, ok := strings.Cut(l, " ")
	if !ok || !hs.trialWords[first] {
		return l
	}
	return after
}

// turkishLower writes a heading in Turkish capitals in lower case by
// Turkish's rules, where "I" is "ı" and "İ" is "i" ("KATILIM KOŞULLARI" is
// "katılım koşulları"); a heading is taken as Turkish when it holds a
// capital only Turkish writes (İ, Ş, Ğ) and one "I" at least. Other
// headings are returned as they are.
func turkishLower(head string) string {
	// İ and Ğ open with the byte 0xC4, Ş with 0xC5: most headings hold
	// neither byte.
	if strings.IndexByte(head, 0xC4) < 0 && strings.IndexByte(head, 0xC5) < 0 || !strings.ContainsAny(head, "İŞĞ") || !strings.ContainsAny(head, "Iİ") {
		return head
	}
	return strings.ToLowerSpecial(unicode.TurkishCase, head)
}

// normalHeading is a heading in lower case, its Greek without accents
// (foldGreek), its Arabic script's letters folded and without silent signs
// (foldArabicWord), with single spaces and no leading marks or trailing
// punctuation; Spanish's opening question mark is a leading mark
// ("¿Quién puede participar?").
func normalHeading(head string) string {
	head = strings.TrimLeft(head, "#*_ \t¿¡")
	if isASCII(head) {
		return strings.TrimRight(lowerWords(head), headingPunctuation)
	}
	l := strings.TrimRight(foldArabicWord(foldGreek(strings.ToLower(strings.Join(strings.Fields(head), " ")))), headingPunctuation)
	if g, ok := strings.CutSuffix(l, ";"); ok && strings.ContainsFunc(g, isGreekLetter) {
		// Greek asks with ";": "Ποιος μπορεί να συμμετάσχει;".
		l = strings.TrimRight(g, headingPunctuation)
	}
	return l
}

// lowerWords returns an ASCII text lower-cased with its words joined by
// one space: strings.ToLower(strings.Join(strings.Fields(s), " ")) in one
// pass.
func lowerWords(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if asciiSpace(c) {
			continue
		}
		if len(b) > 0 && asciiSpace(s[i-1]) {
			b = append(b, ' ')
		}
		b = append(b, asciiLower(c))
	}
	return string(b)
}

// asciiSpace reports whether c is an ASCII byte unicode.IsSpace holds for.
func asciiSpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

// headingPunctuation may end a heading: a question's mark too, the Arabic
// script's "؟" and Greek's own sign U+037E, which looks like ";" (a Greek
// heading may also end with ";" itself, normalHeading).
const headingPunctuation = " \t:?.*_|…؟\u037e"

// headingKeys holds, by first letter, a word of every built-in criteria
// heading; a line without one is no heading, and most lines are not. An
// array, not a map: it is read once for every byte of every line.
var headingKeys = [256][]string{
	'c': {"clu", "criteri", "critère", "critério"}, 'e': {"eligib", "einschluss", "einschluß"}, 'w': {"who ", "wer kommt "}, 'y': {"you "},
	'p': {"particip", "partecip", "partisip", "pro koho", "pre koho", "pentru cine", "piedal"},
	'a': {"ausschluss", "ausschluß", "adresse", "adreça"}, 't': {"teilnahme", "teilnehm", "tiêu chuẩn", "tiêu chí", "tham gia"},
	'v': {"voorwaarden", "vem kan", "vem ", "voor wie", "vehet"},
	'k': {"krite", "kryteri", "kritéri", "kan deltage", "kan ikke deltage", "kdo se", "kto sa ", "kinek szól", "kenelle", "katıl",
		"ključit", "kdo lahko", "komu je", "kam skirt", "kritēr", "kam pared", "krıter", "kellele"}, 'h': {"hvem "},
	// "kdo se" is Czech "who (can take part)". "krite" is also Finnish "…kriteerit", glued to the word before it
	// ("Sisäänottokriteerit"); Hungarian "… feltételek" are conditions. Slovenian "…ključit…" is of
	// "vključitev" and "izključitev" (inclusion, exclusion: "Merila za vključitev", "Izključitvena
	// merila"), "kdo lahko" of "Kdo lahko sodeluje?" and "komu je" of "Komu je raziskava namenjena?".
	// Lithuanian "kam skirt…" is of "Kam skirtas šis tyrimas?" (whom the study is for); Latvian
	// "kritēr…" of "kritēriji" (criteria: "Iekļaušanas kritēriji"), whose ē "krite" does not
	// hold, and "kam pared…" of "Kam paredzēts šis pētījums?". Kazakh in the Latin alphabet writes
	// "krıter…" ("Qosý krıterııleri"), and "qatys…" (take part: "Kim qatysa alady?", "Qatysý sharttary").
	// Estonian "…kriteeriumid" (criteria: "Kaasamiskriteeriumid", "Väljaarvamise kriteeriumid") holds
	// "krite"; "kellele" is of "Kellele on uuring mõeldud?" (whom the study is for).
	'f': {"feltétel", "für wen "},
	// Spanish "requisitos …" and "¿Quién puede …?".
	'r': {"requisit", "rivol"}, 'q': {"quién", "quiénes", "quem ", "qatys"},
	// Who can take part, and who a study is for, in the words of
	// patient pages: German "Wer kann teilnehmen?", "Für wen ist die Studie
	// geeignet?", "Wer kommt für die Studie in Frage?"; French "À qui
	// s'adresse cette étude ?" and Catalan "A qui s'adreça aquest estudi?";
	// Italian "Chi può partecipare?", "A chi è rivolto lo studio?";
	// Portuguese "Para quem é este estudo?"; Dutch "Wie kan meedoen?",
	// "Wie kan deelnemen?", "Voor wie is dit onderzoek?"; Swedish, Norwegian
	// and Danish "delta", "deltage", "deltagande", "deltakelse",
	// "deltagelse" (Swedish "Vem är studien för?"); Polish "Kto może wziąć
	// udział?", "Warunki uczestnictwa", "Dla kogo jest to badanie?"; Czech
	// and Slovak "účast", "účasť" (participation; "Podmínky účasti", "Kto sa
	// môže zúčastniť?"), "Pro koho / Pre koho je studie určena?", Slovak "Kto
	// sa môže zapojiť?"; Slovenian "sodel…" ("Ali lahko sodelujem?",
	// "Pogoji za sodelovanje"); Lithuanian "dalyv…" ("Kas gali dalyvauti?",
	// "Dalyvavimo sąlygos"); Latvian "piedal…" ("Kas var piedalīties?",
	// "Piedalīšanās nosacījumi") and "dalīb…" ("Dalības nosacījumi");
	// Estonian "osale…" ("Kes saavad osaleda?", "Osalemise tingimused");
	// Hungarian "Ki vehet részt?", "Kinek szól a vizsgálat?"; Romanian
	// "Pentru cine este acest studiu?"; Finnish "Kuka
	// voi osallistua?", "Kenelle tutkimus on tarkoitettu?"; Croatian "Tko
	// može sudjelovati?", "Za koga je ovo istraživanje?".
	// Vietnamese "… tham gia" ("Ai có thể tham gia?", "Điều kiện tham gia"),
	// Turkish "katılım …" and "… katılabilir", Indonesian "siapa yang …",
	// "(per)syarat …" and "… berpartisipasi" (Malay "siapa yang boleh
	// menyertai").
	'm': {"meedoen"}, 'd': {"deeln", "delta", "dla kogo", "dalyv", "dalīb"}, 'u': {"udział", "uczestni"}, 'o': {"osallistu", "osale"}, 's': {"sudjelov", "sodel", "siapa yang", "syarat"}, 'z': {"za koga"},
	0xC3 | 0x20: {"účas"},
	// Japanese "…基準", Chinese "…标准" (traditional "…標準", "…條件"),
	// Korean "… 기준", "… 조건", "… 자격" and "모집 …", Russian "критерии …", Ukrainian "критерії …" and
	// Greek "κριτήρια …" (up to its accent, which capitals drop), Thai
	// "เกณฑ์…", Hindi "… मानदंड" and "पात्रता …" and Hebrew "קריטריוני …",
	// "תנאי …" and "מי יכול …", by their first UTF-8 bytes folded as a
	// line's bytes are (| 0x20).
	//
	// Who may take part, asked or named as conditions: Japanese "参加…"
	// ("参加できる方", "参加条件"), "対象となる方" and "応募条件", Chinese
	// "…参加", "…参与" (traditional "…參加"), "…条件" and "招募…", Korean
	// "… 참여 …" and "참가 …", Russian and Bulgarian "… участ…"
	// ("Кто может принять участие?", "Условия за участие") and Ukrainian
	// "… участ…", "… учасників", Greek "… συμμετ…" ("Ποιος μπορεί να
	// συμμετάσχει;", "Προϋποθέσεις συμμετοχής"; σ and Σ differ in their
	// first byte), Thai "…เข้าร่วม…" and "คุณสมบัติ…", Hindi "… भाग ले …" and
	// Hebrew "… להשתת…" (להשתתף, להשתתפות) and "למי מיועד …"; Marathi "… निकष"
	// (criteria: "समावेश निकष", "वगळण्याचे निकष") and "… सहभाग…" ("कोण
	// सहभागी होऊ शकते?", "सहभागासाठी अटी"). Serbian
	// "… учеств…" and "… учешћ…" ("Ко може да учествује?", "Услови за
	// учешће"), "… укључ…" (inclusion: "Услови за укључивање", "Ко може да
	// се укључи у студију?") and "… намењ…", "… намијењ…"
	// ("Коме је студија намењена?"); a capital У opens with the byte of а-п,
	// its small letter with that of р-я, so the keys that open with у are
	// filed under both. Gujarati "… માપદંડ" (criteria: "સમાવેશ માપદંડ",
	// "બાકાત માપદંડ"), "પાત્રતા …" and "યોગ્યતા …" (eligibility) and "… ભાગ
	// લ…" ("કોણ ભાગ લઈ શકે?", "ભાગ લેવાની શરતો"); Telugu "… ప్రమాణాలు"
	// (criteria: "చేరిక ప్రమాణాలు", "మినహాయింపు ప్రమాణాలు"), "అర్హత …"
	// (eligibility) and "… పాల్గొన…" ("ఎవరు పాల్గొనవచ్చు?"); Bengali "… মানদণ্ড"
	// (criteria: "অন্তর্ভুক্তির মানদণ্ড", "বর্জনের মানদণ্ড"), "… শর্ত…"
	// (conditions: "বর্জনের শর্ত"), "যোগ্যতা…" (eligibility) and "… অংশ নি…",
	// "অংশগ্রহণ…" ("কারা অংশ নিতে পারবেন?", "অংশগ্রহণের শর্ত"); Tamil "…
	// அளவுகோல்…" (criteria: "சேர்க்கை அளவுகோல்கள்", "விலக்கு அளவுகோல்கள்"),
	// "தகுதி …" (eligibility) and "… பங்கேற்…" ("யார் பங்கேற்கலாம்?").
	0xE5: {"基準", "参加", "參加", "参与", "対象", "応募"}, 0xE6: {"标准", "標準", "條件", "条件", "招募"}, 0xEA: {"기준"}, 0xEC: {"조건", "자격", "참여", "참가"}, 0xEB: {"모집"},
	0xD0 | 0x20: {"критери", "критері", "участ", "учасн", "учеств", "учешћ", "укључ", "намењ", "намијењ"},
	0xD1 | 0x20: {"участ", "учасн", "учеств", "учешћ", "укључ"}, 0xCE | 0x20: {"κριτ", "συμμετ"}, 0xCF | 0x20: {"συμμετ"},
	0xE0: {"เกณฑ์", "मानदंड", "पात्रता", "เข้าร่วม", "คุณสมบัติ", "भाग ले", "निकष", "सहभाग",
		"માપદંડ", "પાત્રતા", "યોગ્યતા", "ભાગ લ", "ప్రమాణాల", "అర్హత", "పాల్గొన",
		"মানদণ্ড", "শর্ত", "যোগ্যতা", "অংশ নি", "অংশগ্রহণ",
		"அளவுகோல்", "தகுதி", "பங்கேற்"}, 0xD7 | 0x20: {"קריטריו", "תנאי ", "מי יכול", "להשתת", "למי מיועד"},
	// Arabic "معايير …" and "شروط …", Persian "معیارهای …" and "شرایط …",
	// with their letters folded as the line's are (foldArabicWord); Arabic
	// "… المشاركة" ("من يمكنه المشاركة؟") and Persian "… شرکت …" ("آیا
	// می‌توانم شرکت کنم؟"). Urdu's "… معیار" (criteria: "شمولیت کے معیار")
	// and "شرکت …" are these; Urdu "… شرائط" (conditions: "شمولیت کی
	// شرائط"), "اہلیت …" (eligibility) and "… حصہ ل…" ("کون حصہ لے سکتا ہے؟").
	0xD9 | 0x20: {"معاییر", "معیار", "مشارک"}, 0xD8 | 0x20: {"شروط", "شرایط", "شرکت", "شرائط", "اہلیت", "حصہ ل"},
	// Kazakh "… қатыс…" (take part: "Кім қатыса алады?", "Қатысу шарттары")
	// and "… өлшемшарт…" (criteria: "Қосу өлшемшарттары"); қ and Қ open
	// with the byte 0xD2, ө and Ө with 0xD3. Its "критерийлері" holds
	// "критери".
	0xD2 | 0x20: {"қатыс"}, 0xD3 | 0x20: {"өлшемшарт"},
}

// headingVocabulary holds criteria_headings.tsv in lookup form.
type headingVocabulary struct {
	// kinds maps each heading, lower case, onto the kind of list it opens.
	kinds map[string]CriteriaKind
	// tails are words a heading may end with that do not change its kind,
	// each after a space: "Who can participate in the study?" is "Who can
	// participate".
	tails []string
	// keys are headingKeys, and the first word of each heading that holds
	// none of them.
	keys [256][]string
	// unspacedStems are the Chinese and Japanese headings without their
	// word for criteria ("除外" of "除外基準"), and their kinds: a short
	// heading that ends in that word and holds a stem is of its kind,
	// "診断及び適格性の主な基準" an eligibility heading.
	unspacedStems map[string]CriteriaKind
	// trialWords are the language files' one-word names of a trial or
	// study, lower case, that may open a heading (withoutTrialWord).
	trialWords map[string]bool
}

// unspacedCriteria are the Japanese and Chinese (simplified and
// traditional) words for criteria that end a heading.
var unspacedCriteria = []string{"基準", "标准", "標準"}

// maxUnspacedHeading is the most characters a Chinese or Japanese heading
// read by its stem takes.
const maxUnspacedHeading = 16

// headings is the criteria headings of the vocabulary in use.
var headings = sync.OnceValue(func() *headingVocabulary {
	hs := newHeadingVocabulary(InUse().CriteriaHeadings)
	hs.addTrialWords(InUse().Languages)
	return hs
})

// addTrialWords adds the language files' one-word names of a trial to the
// words that may open a heading.
func (hs *headingVocabulary) addTrialWords(words []vocab.LanguageWord) {
	for _, w := range words {
		if w.Kind == vocab.LanguageTrial && !strings.Contains(w.Word, " ") {
			hs.trialWords[normalHeading(w.Word)] = true
		}
	}
}

func newHeadingVocabulary(list []vocab.Heading) *headingVocabulary {
	hs := &headingVocabulary{kinds: map[string]CriteriaKind{}, keys: headingKeys, unspacedStems: map[string]CriteriaKind{}, trialWords: map[string]bool{}}
	for _, h := range list {
		heading := normalHeading(h.Heading)
		switch {
		case heading == "":
			continue
		case h.Kind == vocab.HeadingEnding:
			hs.tails = append(hs.tails, " "+heading)
			continue
		}
		hs.kinds[heading] = CriteriaKind(h.Kind)
		if stem, ok := unspacedStem(heading); ok {
			hs.unspacedStems[stem] = CriteriaKind(h.Kind)
		}
		if !hs.mayBeHeading(heading) {
			first, _, _ := strings.Cut(heading, " ")
			if r, _ := utf8.DecodeRuneInString(first); isGreekLetter(r) {
				written, _, _ := strings.Cut(strings.ToLower(strings.TrimLeft(h.Heading, "#*_ \t")), " ")
				hs.addGreekKeys(first, strings.TrimRight(written, headingPunctuation))
				continue
			}
			// Clipped: the built-in keys' lists stay as they are.
			hs.keys[first[0]|0x20] = append(slices.Clip(hs.keys[first[0]|0x20]), first)
		}
	}
	return hs
}

// unspacedStem returns a Chinese or Japanese heading without the word for
// criteria it ends in.
func unspacedStem(heading string) (string, bool) {
	for _, w := range unspacedCriteria {
		if stem, ok := strings.CutSuffix(heading, w); ok && stem != "" && UnspacedRunes(stem) == utf8.RuneCountInString(stem) {
			return stem, true
		}
	}
	return "", false
}

// unspacedKind reads a short Chinese or Japanese heading by the stems it
// holds: "〔診断及び適格性の主な基準〕" holds "適格", an eligibility
// heading's; one that holds an inclusion and an exclusion stem opens both
// lists.
func (hs *headingVocabulary) unspacedKind(l string) (CriteriaKind, bool) {
	l = strings.Trim(l, "〔〕【】「」《》 ")
	if _, ok := unspacedStem(l); !ok || utf8.RuneCountInString(l) > maxUnspacedHeading {
		return "", false
	}
	var inclusion, exclusion, eligibility bool
	for stem, kind := range hs.unspacedStems {
		if strings.Contains(l, stem) {
			inclusion = inclusion || kind == KindInclusion || kind == KindBoth
			exclusion = exclusion || kind == KindExclusion || kind == KindBoth
			eligibility = eligibility || kind == KindEligibility
		}
	}
	switch {
	case inclusion && exclusion:
		return KindBoth, true
	case inclusion:
		return KindInclusion, true
	case exclusion:
		return KindExclusion, true
	case eligibility:
		return KindEligibility, true
	}
	return "", false
}

// addGreekKeys adds the keys of a heading whose first word is Greek:
// folded is the word as normalHeading folds it, written the word in small
// letters with its accents. Capitals drop the accents, so the key is the
// word up to its first letter with one ("κριτ" of "κριτήρια"), the same in
// every case; a word that opens with such a letter is its own key, with
// its accents and without. A Greek capital's first byte may differ from
// its small letter's: the keys are filed under both.
func (hs *headingVocabulary) addGreekKeys(folded, written string) {
	same := 0
	for same < len(folded) && same < len(written) && folded[same] == written[same] {
		same++
	}
	same -= same % 2 // Greek letters take two bytes each
	keys := []string{folded[:same]}
	if same < minGreekKey {
		keys = []string{folded, written}
	}
	for _, k := range keys {
		for _, b := range []byte{0xCE | 0x20, 0xCF | 0x20} {
			// Clipped: the built-in keys' lists stay as they are.
			hs.keys[b] = append(slices.Clip(hs.keys[b]), k)
		}
	}
}

// minGreekKey is the fewest bytes of a Greek key cut before an accent: two
// letters.
const minGreekKey = 4

// mayBeHeading looks for a heading key in one pass over head.
func (hs *headingVocabulary) mayBeHeading(head string) bool {
	for i := 0; i < len(head); i++ {
		for _, k := range hs.keys[head[i]|0x20] {
			if len(head)-i >= len(k) && !differsInSecondByte(head[i:], k) && strings.EqualFold(head[i:i+len(k)], k) {
				return true
			}
		}
	}
	return false
}

// differsInSecondByte reports whether s cannot begin with key in any case
// by their second bytes: when the first two bytes of both are ASCII, each
// is a rune of its own, and strings.EqualFold would find the second
// runes unequal. Most places a key's first letter occurs fail here,
// without the call.
func differsInSecondByte(s, key string) bool {
	return len(s) >= 2 && len(key) >= 2 && (s[0]|s[1]|key[0]|key[1]) < utf8.RuneSelf && asciiLower(s[1]) != asciiLower(key[1])
}

// tableCell returns a line without spaces and the bars of a table row
// around it.
func tableCell(line string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "|"))
}
