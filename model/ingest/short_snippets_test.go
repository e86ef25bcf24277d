package ingest

import (
	"slices"
	"testing"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/rules"
)

// shortSnippets are two-sentence texts, one a language file, written for this
// test: a phase 2 trial of patients aged 1 to 18 years, as a physician
// might copy it from a registry's summary. None holds the function words
// ("and", "the") that mark longer texts.
var shortSnippets = map[string]string{
	"ru": "Клиническое исследование фазы 2. Пациенты в возрасте от 1 до 18 лет.",
	"uk": "Клінічне дослідження фази 2. Пацієнти віком від 1 до 18 років.",
	"bg": "Клинично изпитване фаза 2. Пациенти на възраст от 1 до 18 години.",
	"sr": "Клиничко испитивање фазе 2. Пацијенти узраста од 1 до 18 година.",
	"kk": "2-фазалы клиникалық зерттеу. 1 жастан 18 жасқа дейінгі науқастар.",
	"da": "Klinisk forsøg fase 2. Patienter fra 1 til 18 år.",
	"sv": "Klinisk prövning fas 2. Patienter från 1 till 18 år.",
	"no": "Klinisk studie fase 2. Pasienter fra 1 til 18 år.",
	"nl": "Klinische studie fase 2. Patiënten van 1 tot 18 jaar.",
	"de": "Klinische Studie Phase 2. Patienten von 1 bis 18 Jahren.",
	"es": "Ensayo clínico fase 2. Pacientes de 1 a 18 años.",
	"ca": "Assaig clínic de fase 2. Pacients de 1 a 18 anys.",
	"pt": "Ensaio clínico fase 2. Pacientes de 1 a 18 anos.",
	"it": "Studio clinico di fase 2. Pazienti da 1 a 18 anni.",
	"fr": "Essai clinique de phase 2. Patients de 1 à 18 ans.",
	"pl": "Badanie kliniczne fazy 2. Pacjenci w wieku od 1 do 18 lat.",
	"cs": "Klinická studie fáze 2. Pacienti ve věku od 1 do 18 let.",
	"sk": "Klinická štúdia fázy 2. Pacienti vo veku od 1 do 18 rokov.",
	"hu": "Klinikai vizsgálat 2. fázis. Betegek 1 és 18 év között.",
	"ro": "Studiu clinic de fază 2. Pacienți cu vârsta între 1 și 18 ani.",
	"tr": "Faz 2 klinik çalışma. 1-18 yaş arası hastalar.",
	"el": "Κλινική δοκιμή φάσης 2. Ασθενείς ηλικίας 1 έως 18 ετών.",
	"fi": "Kliininen tutkimus vaihe 2. Potilaat 1–18-vuotiaat.",
	"hr": "Kliničko ispitivanje faze 2. Bolesnici u dobi od 1 do 18 godina.",
	"sl": "Klinična študija faze 2. Bolniki, stari od 1 do 18 let.",
	"lt": "2 fazės klinikinis tyrimas. Pacientai nuo 1 iki 18 metų.",
	"lv": "2. fāzes klīniskais pētījums. Pacienti no 1 līdz 18 gadiem.",
	"ar": "تجربة سريرية المرحلة 2. مرضى من عمر 1 إلى 18 سنة.",
	"fa": "کارآزمایی بالینی فاز 2. بیماران 1 تا 18 سال.",
	"he": "ניסוי קליני שלב 2. מטופלים בגילאי 1 עד 18.",
	"zh": "II期临床试验。患者年龄1至18岁。",
	"ja": "第2相臨床試験。対象：1歳以上18歳以下の患者。",
	"ko": "2상 임상시험. 대상: 만 1세 이상 18세 이하 환자.",
	"vi": "Thử nghiệm lâm sàng giai đoạn 2. Bệnh nhi 1-18 tuổi.",
	"th": "การทดลองทางคลินิกระยะที่ 2 สำหรับผู้ป่วยอายุ 1 ถึง 18 ปี",
	"id": "Uji klinis fase 2. Pasien usia 1 sampai 18 tahun.",
	"hi": "चरण 2 क्लिनिकल परीक्षण। 1 से 18 वर्ष के मरीज।",
	"mr": "टप्पा 2 क्लिनिकल चाचणी. 1 ते 18 वर्षे वयोगटातील रुग्ण.",
	"gu": "તબક્કો 2 ક્લિનિકલ ટ્રાયલ. 1 થી 18 વર્ષના દર્દીઓ.",
	"te": "దశ 2 క్లినికల్ ట్రయల్. 1 నుంచి 18 ఏళ్ల రోగులు.",
	"bn": "ফেজ ২ ক্লিনিক্যাল ট্রায়াল। ১ থেকে ১৮ বছর বয়সী রোগী।",
	"ta": "2ஆம் கட்ட மருத்துவ பரிசோதனை. 1 முதல் 18 வயது நோயாளிகள்.",
	"ur": "فیز 2 کلینیکل ٹرائل۔ 1 سے 18 سال کے مریض۔",
	"et": "Kliiniline uuring faas 2. Patsiendid vanuses 1 kuni 18 aastat.",
}

// TestShortSnippetInEveryLanguage reads each language's snippet: its phase
// and its ages, where before a short text without a mark word was refused.
// Every language file has its snippet.
func TestShortSnippetInEveryLanguage(t *testing.T) {
	for _, language := range rules.AllLanguages().Names() {
		if shortSnippets[language] == "" {
			t.Errorf("the language file %s.tsv has no snippet", language)
		}
	}
	for language, text := range shortSnippets {
		tr := readText(t, language+".txt", text+"\n")
		if !slices.Equal(tr.Phases, []model.Phase{model.Phase2}) || tr.Ages.Label() != "1 year – 18 years" {
			t.Errorf("%s: phases %v, ages %q; want PHASE2, 1 year – 18 years", language, tr.Phases, tr.Ages.Label())
		}
	}
}
