package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/model"
)

// Pages of invented trials in other languages, written for these tests.
const (
	japanesePage = `小児の再発B細胞性急性リンパ性白血病に対するブリナツモマブとイノツズマブ オゾガマイシンの第２相試験
試験の名称：BLIN-JP-17試験
試験のフェーズ：第２相
対象年齢：生後28日～21歳
性別：男女とも

【選択基準】
（1）登録時の年齢が生後28日以上21歳以下の患者
（2）CD19陽性の再発B細胞性急性リンパ性白血病と診断されている患者
（3）Lansky PSまたはKarnofsky PSが50以上の患者
（4）本人または代諾者から文書による同意が得られている患者

【除外基準】
①活動性の中枢神経系浸潤を有する患者②同種造血幹細胞移植後100日以内の患者
③妊娠中または授乳中の患者
`
	germanPage = `Multizentrische Studie zu Dinutuximab beta und Crizotinib bei Kindern mit rezidiviertem Neuroblastom
Studienphase: II
Alter: 1 bis 18 Jahre
Geschlecht: männlich und weiblich

Einschlusskriterien:
- Rezidiv oder Progress eines Hochrisiko-Neuroblastoms
- Nachweis einer Veränderung im Tumorgewebe, die auf eine Behandlung mit Crizotinib anspricht
- Alter zwischen 1 und 18 Jahren bei Aufnahme in die Studie
- Schriftliche Einwilligung der Eltern

Ausschlusskriterien:
- Schwangerschaft oder Stillzeit
- Aktive, nicht kontrollierte Infektion
- Niereninsuffizienz mit Dialysepflicht
`
	frenchPage = `Essai de phase I/II du blinatumomab chez les enfants atteints de leucémie aiguë lymphoblastique en rechute
Âge : ≥ 1 an et ≤ 21 ans
Sexe : Les deux

Critères d'inclusion :
1. Âge ≥ 1 an et ≤ 21 ans au moment de l'inclusion
2. LAL-B CD19 positive en première ou deuxième rechute
3. Consentement éclairé signé par les parents ou le représentant légal

Critères de non-inclusion :
1. Atteinte du système nerveux central de grade 3
2. Infection active non contrôlée avec les traitements usuels
`
	polishPage = `Badanie kliniczne fazy I/II terapii CAR-T skierowanej przeciwko CD19 u dzieci z nawrotem białaczki
Wiek: od 1 do 25 lat
Płeć: obie płcie

Kryteria włączenia:
1. Nawrót ostrej białaczki limfoblastycznej B-komórkowej
2. Wiek od 1 do 25 lat w chwili włączenia
3. Pisemna zgoda rodziców lub opiekunów

Kryteria wyłączenia:
1. Czynne zakażenie ośrodkowego układu nerwowego
2. Ciąża lub karmienie piersią
`
	hungarianPage = `II. fázisú klinikai vizsgálat CD19-et célzó CAR-T-sejtekkel kiújult leukémiás gyermekeknél
A vizsgálatba olyan gyermekek kerülhetnek be, akiknél a leukémia a kezelés után kiújult.
Életkor: 1–17 év
Nem: Mindkettő

Beválasztási kritériumok:
1. Kiújult vagy kezelésre nem reagáló B-sejtes akut limfoid leukémia
2. 1 és 17 év közötti életkor a beválasztáskor
3. A szülők írásos beleegyezése

Kizárási kritériumok:
1. A központi idegrendszer aktív érintettsége
2. Kezeletlen fertőzés
3. Terhesség vagy szoptatás
`
	finnishPage = `Vaiheen 1/2 tutkimus dinutuksimabi beetasta lapsille, joiden neuroblastooma on uusiutunut
Tutkimukseen voivat osallistua lapset, joiden sairaus ei ole vastannut aiempaan hoitoon.
Ikä: 1–17-vuotiaat
Sukupuoli: Molemmat

Sisäänottokriteerit:
- Uusiutunut tai etenevä korkean riskin neuroblastooma
- Ikä 1–17 vuotta tutkimukseen tullessa
- Huoltajan kirjallinen suostumus

Poissulkukriteerit:
- Raskaus tai imetys
- Aktiivinen infektio, joka vaatii hoitoa
`
	romanianPage = `Studiu de fază 2 cu inotuzumab ozogamicin la copii cu leucemie acută limfoblastică recidivată
Vârsta: 1 - 21 de ani
Sex: Ambele

Criterii de includere:
1. Leucemie acută limfoblastică cu celule B, CD22 pozitivă, în a doua recidivă
2. Vârsta între 1 și 21 de ani la includere
3. Acordul scris al părinţilor sau al reprezentantului legal

Criterii de excludere:
1. Afectare activă a sistemului nervos central
2. Infecţie activă necontrolată
3. Sarcină sau alăptare
`
	indonesianPage = `Uji klinis fase 2 rituksimab dan blinatumomab pada anak-anak dengan leukemia limfoblastik akut sel B yang kambuh
Usia: 1 hingga 18 tahun
Jenis kelamin: Laki-laki dan perempuan

Kriteria inklusi:
1. Leukemia limfoblastik akut sel B dengan CD19 positif pada kekambuhan kedua
2. Pasien berusia antara 1 dan 18 tahun saat pendaftaran
3. Persetujuan tertulis dari orang tua atau wali

Kriteria eksklusi:
1. Keterlibatan aktif sistem saraf pusat
2. Infeksi aktif yang tidak terkendali
3. Kehamilan atau menyusui
`
	bulgarianPage = `Проучване фаза 2 на кризотиниб и динутуксимаб при деца с рецидивирал невробластом
Възраст: от 1 до 18 години
Пол: двата пола

Критерии за включване:
1. Невробластом с ALK мутация, който е рецидивирал след първа линия на лечение
2. Деца на възраст между 1 и 18 години към момента на включване
3. Писмено съгласие на родителите или на законния представител

Критерии за изключване:
1. Активно засягане на централната нервна система
2. Активна инфекция, която не се контролира
3. Бременност или кърмене
`
	slovakPage = `Štúdia fázy 1/2 s inotuzumabom u detí s relapsom akútnej lymfoblastovej leukémie
Vek: 1 až 21 rokov
Pohlavie: obe pohlavia

Kritériá zaradenia:
1. Akútna lymfoblastová leukémia z B-buniek, CD22 pozitívna, v druhom relapse
2. Pacienti vo veku od 1 do 21 rokov v čase zaradenia
3. Písomný súhlas rodičov alebo zákonného zástupcu

Kritériá vylúčenia:
1. Aktívne postihnutie centrálneho nervového systému
2. Tehotenstvo alebo dojčenie
`
	croatianPage = `Studija faze 2 s blinatumomabom i rituksimabom u djece s recidivom akutne limfoblastične leukemije
Starost: od 1 do 18 godina
Spol: oba spola

Kriteriji uključivanja:
1. Akutna limfoblastična leukemija B-stanica, CD19 pozitivna, u drugom recidivu
2. Djeca u dobi od 1 do 18 godina u trenutku uključivanja
3. Pisani pristanak roditelja ili zakonskog zastupnika

Kriteriji isključivanja:
1. Aktivna zahvaćenost središnjeg živčanog sustava
2. Aktivna infekcija koja nije pod kontrolom
3. Trudnoća ili dojenje
`
	koreanPage = `소아 재발 B세포 급성 림프구성 백혈병 환자를 대상으로 블리나투모맙과 이노투주맙 오조가마이신을 병용하는 제2상 임상시험
임상 단계: 제2상
연령: 만 1세 이상 21세 이하
성별: 남녀 모두

선정 기준
1. 등록 시 만 1세 이상 21세 이하인 환자
2. CD19 양성 재발 또는 불응성 B세포 급성 림프구성 백혈병으로 진단된 환자
3. Lansky 또는 Karnofsky 수행 능력 점수가 50 이상인 환자
4. 환자 또는 법정대리인이 서면 동의서에 서명한 경우

제외 기준
1. 활동성 중추신경계 백혈병이 있는 환자
2. 동종 조혈모세포이식 후 100일이 지나지 않은 환자
3. 임신 중이거나 수유 중인 환자
`
	hebrewPage = `ניסוי קליני בשלב 2 של בלינטומומאב בילדים עם לוקמיה לימפובלסטית חריפה חוזרת
שלב הניסוי: פאזה 2
גיל: בני 1 עד 18
מין: גברים ונשים

קריטריוני הכללה
1. ילדים בני 1 עד 18 במועד ההרשמה
2. לוקמיה חוזרת מסוג B חיובית ל-CD19
3. תפקוד כבד וכליות תקין

קריטריוני הדרה
1. זיהום פעיל שאינו מאוזן
2. מעורבות של מערכת העצבים המרכזית
3. הריון או הנקה
`
	hindiPage = `बार-बार लौटने वाले ल्यूकेमिया से पीड़ित बच्चों में ब्लिनाटुमोमैब का चरण २ का क्लिनिकल परीक्षण
आयु: १ से १८ वर्ष
लिंग: पुरुष और महिला

समावेशन मानदंड
1. पंजीकरण के समय १ से १८ वर्ष की आयु के बच्चे
2. CD19 पॉज़िटिव बी-कोशिका ल्यूकेमिया की दोबारा वापसी
3. माता-पिता की लिखित सहमति

बहिष्करण मानदंड
1. सक्रिय संक्रमण
2. गर्भावस्था या स्तनपान
`
	greekPage = `Μελέτη φάσης ΙΙ της κριζοτινίμπης σε παιδιά με υποτροπιάζον νευροβλάστωμα
Ηλικία: 1 έως 18 ετών
Φύλο: Άνδρες και γυναίκες

ΚΡΙΤΗΡΙΑ ΕΝΤΑΞΗΣ
- Υποτροπή ή εξέλιξη νευροβλαστώματος υψηλού κινδύνου
- Μετάλλαξη του γονιδίου ALK στον όγκο
- Ηλικία από 1 έως 18 ετών κατά την ένταξη
- Γραπτή συγκατάθεση των γονέων

Κριτήρια αποκλεισμού
- Εγκυμοσύνη ή θηλασμός
- Ενεργός λοίμωξη που δεν ελέγχεται
- Νεφρική ανεπάρκεια που απαιτεί αιμοκάθαρση
`
	arabicPage = `تجربة سريرية من المرحلة الثانية لدواء إينوتوزوماب لدى الأطفال المصابين بسرطان الدم الليمفاوي الحاد المنتكس
العمر: من ١ إلى ٢١ عامًا
الجنس: كلاهما

معايير الاشتمال:
١. سرطان الدم الليمفاوي الحاد من الخلايا البائية إيجابي CD22 في الانتكاس الثاني
٢. أن يكون عمر المريض بين ١ و٢١ عامًا عند التسجيل
٣. موافقة خطية من الوالدين أو الوصي القانوني

معايير الاستبعاد:
١. إصابة نشطة في الجهاز العصبي المركزي
٢. عدوى نشطة غير مسيطر عليها
٣. الحمل أو الرضاعة الطبيعية
`
	persianPage = `کارآزمایی بالینی فاز ۲ داروی بلیناتوموماب در کودکان مبتلا به لوسمی لنفوبلاستیک حاد عودکرده
سن: بین ۱ تا ۱۸ سال
جنسیت: هر دو

معیارهای ورود:
۱. لوسمی لنفوبلاستیک حاد سلول B با CD19 مثبت در عود اول یا دوم
۲. سن بین ۱ تا ۱۸ سال در زمان ثبتنام
۳. رضایتنامه کتبی والدین یا سرپرست قانونی

معیارهای خروج:
۱. درگیری فعال سیستم عصبی مرکزی
۲. عفونت فعال کنترلنشده
۳. بارداری یا شیردهی
`
	chinesePage = `贝林妥欧单抗治疗儿童复发急性淋巴细胞白血病的II期研究
研究分期：II期
年龄：2岁至18岁
性别：不限

纳入标准：
1、年龄2岁至18岁的患者
2、CD19阳性的复发B细胞急性淋巴细胞白血病
排除标准：
1、活动性中枢神经系统白血病
2、妊娠或哺乳期女性
`
)

// TestPagesInOtherLanguages reads a page of each language as inspect
// does: its ages, phase, sex, criteria counts and targets.
func TestPagesInOtherLanguages(t *testing.T) {
	tests := []struct {
		name, page           string
		ages, phases         string
		sex                  model.Sex
		inclusion, exclusion int
		targets              string
	}{
		{"Japanese", japanesePage, "28 days – 21 years", "Phase 2", model.SexAll, 4, 3, "CD19, CD22"},
		{"Japanese, ages only in the criteria", strings.Replace(japanesePage, "対象年齢：生後28日～21歳\n", "", 1),
			"28 days – 21 years", "Phase 2", model.SexAll, 4, 3, "CD19, CD22"},
		{"German", germanPage, "1 year – 18 years", "Phase 2", model.SexAll, 4, 3, "ALK, GD2"},
		{"French", frenchPage, "1 year – 21 years", "Phase 1/2", model.SexAll, 3, 2, "CD19"},
		{"Polish", polishPage, "1 year – 25 years", "Phase 1/2", model.SexAll, 3, 2, "CD19"},
		{"Hungarian", hungarianPage, "1 year – 17 years", "Phase 2", model.SexAll, 3, 3, "CD19"},
		{"Finnish", finnishPage, "1 year – 17 years", "Phase 1/2", model.SexAll, 3, 2, "GD2"},
		{"Romanian", romanianPage, "1 year – 21 years", "Phase 2", model.SexAll, 3, 3, "CD22"},
		{"Arabic", arabicPage, "1 year – 21 years", "Phase 2", model.SexAll, 3, 3, "CD22"},
		{"Persian", persianPage, "1 year – 18 years", "Phase 2", model.SexAll, 3, 3, "CD19"},
		{"Indonesian", indonesianPage, "1 year – 18 years", "Phase 2", model.SexAll, 3, 3, "CD19, CD20"},
		{"Bulgarian", bulgarianPage, "1 year – 18 years", "Phase 2", model.SexAll, 3, 3, "ALK, GD2"},
		{"Slovak", slovakPage, "1 year – 21 years", "Phase 1/2", model.SexAll, 3, 2, "CD22"},
		{"Croatian", croatianPage, "1 year – 18 years", "Phase 2", model.SexAll, 3, 3, "CD19, CD20"},
		{"Serbian in Latin script", strings.NewReplacer("Kriteriji uključivanja", "Kriterijumi za uključivanje", "Kriteriji isključivanja", "Kriterijumi za isključivanje",
			"Spol: oba spola", "Pol: oba pola", "Djeca u dobi", "Deca uzrasta", "u djece", "kod dece").Replace(croatianPage),
			"1 year – 18 years", "Phase 2", model.SexAll, 3, 3, "CD19, CD20"},
		{"Chinese", chinesePage, "2 years – 18 years", "Phase 2", model.SexAll, 2, 2, "CD19"},
		{"Korean", koreanPage, "1 year – 21 years", "Phase 2", model.SexAll, 4, 3, "CD19, CD22"},
		{"Korean, ages only in the criteria", strings.Replace(koreanPage, "연령: 만 1세 이상 21세 이하\n", "", 1),
			"1 year – 21 years", "Phase 2", model.SexAll, 4, 3, "CD19, CD22"},
		{"Chinese, both lists numbered inline on one line", "靶向CD19的CAR-T细胞治疗复发儿童白血病的I期临床研究\n主要入选标准：1. 年龄3岁～12岁；2. 确诊为CD19阳性复发B细胞白血病；3. 预计生存期超过3个月。主要排除标准：1. 活动性感染；2. 妊娠。\n",
			"3 years – 12 years", "Phase 1", "", 3, 2, "CD19"},
		{"Korean, a recruitment notice with triangle bullets and its sexes after the age", "재발한 소아 급성 림프구성 백혈병 환자를 위한 CD19 CAR-T 제1상 임상시험 참여자 모집\n참여 조건\n▲만 3~25세 남녀\n▲CD19 양성 재발 백혈병으로 진단된 환자\n▲보호자가 동의서에 서명한 경우\n",
			"3 years – 25 years", "Phase 1", model.SexAll, 3, 0, "CD19"},
		{"Greek", greekPage, "1 year – 18 years", "Phase 2", model.SexAll, 4, 3, "ALK"},
		{"Hebrew", hebrewPage, "1 year – 18 years", "Phase 2", model.SexAll, 3, 3, "CD19"},
		{"Hebrew, ages only in the criteria", strings.Replace(hebrewPage, "גיל: בני 1 עד 18\n", "", 1),
			"1 year – 18 years", "Phase 2", model.SexAll, 3, 3, "CD19"},
		{"Hindi, Devanagari digits", hindiPage, "1 year – 18 years", "Phase 2", model.SexAll, 3, 2, "CD19"},
		{"Hindi, ages only in the criteria", strings.Replace(hindiPage, "आयु: १ से १८ वर्ष\n", "", 1),
			"1 year – 18 years", "Phase 2", model.SexAll, 3, 2, "CD19"},
		{"Chinese, a numbered list with no heading", "贝林妥欧单抗治疗儿童复发急性淋巴细胞白血病的II期研究\n1、 自愿参加本研究并签署知情同意书;\n2、 签署知情同意书时年龄≥2 岁,且≤ 18 周岁;\n3、 CD19阳性的复发B细胞急性淋巴细胞白血病。\n",
			"2 years – 18 years", "Phase 2", "", 3, 0, "CD19"},
		{"Japanese, a heading in brackets after a long line, and a lead-in", strings.Replace(japanesePage, "【選択基準】", "治験に参加いただける患者さんの身体状況（患者選択基準）\n以下のすべてに該当する方が対象となります。", 1),
			"28 days – 21 years", "Phase 2", model.SexAll, 4, 3, "CD19, CD22"},
		{"Japanese, a heading read by its stem, a brand name", strings.NewReplacer("【選択基準】", "〔診断及び適格性の主な基準〕", "ブリナツモマブ", "ビーリンサイト").Replace(japanesePage),
			"28 days – 21 years", "Phase 2", model.SexAll, 4, 3, "CD19, CD22"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Read("page.txt", []byte(tt.page))
			if res.Err != nil || len(res.Trials) != 1 {
				t.Fatalf("read %d trials, %v", len(res.Trials), res.Err)
			}
			tr := res.Trials[0]
			if got := tr.Ages.Label(); got != tt.ages {
				t.Errorf("ages %q, want %q (from %q)", got, tt.ages, tr.Provenance[model.FieldAges])
			}
			if got := model.PhaseLabel(tr.Phases); got != tt.phases {
				t.Errorf("phases %q, want %q", got, tt.phases)
			}
			if tr.Sex != tt.sex {
				t.Errorf("sex %q, want %q", tr.Sex, tt.sex)
			}
			if len(tr.Inclusion) != tt.inclusion || len(tr.Exclusion) != tt.exclusion {
				t.Errorf("%d inclusion and %d exclusion criteria, want %d and %d:\n%s\n--\n%s", len(tr.Inclusion), len(tr.Exclusion),
					tt.inclusion, tt.exclusion, strings.Join(tr.Inclusion, "\n"), strings.Join(tr.Exclusion, "\n"))
			}
			if got := strings.Join(tr.Targets, ", "); got != tt.targets {
				t.Errorf("targets %q, want %q", got, tt.targets)
			}
			// The labelled title wins; a page without one has its first
			// line as its title.
			want, _, _ := strings.Cut(tt.page, "\n")
			if strings.Contains(tt.page, "試験の名称：") {
				want = "BLIN-JP-17試験"
			}
			// A page's Devanagari digits are read as ASCII digits, as a
			// Chinese or Japanese page's wide digits are.
			want = strings.ReplaceAll(want, "चरण २", "चरण 2")
			if tr.Title != want {
				t.Errorf("title %q, want %q", tr.Title, want)
			}
			if w := warningsOf(tr, model.FieldAges); w != "" {
				t.Errorf("age warning: %s", w)
			}
		})
	}
}

// TestUnspacedLayout reads Chinese and Japanese list marks, bracketed
// headings and a heading's row of items as the reader knows them, the row
// after the layout as the page reader reads it.
func TestUnspacedLayout(t *testing.T) {
	for in, want := range map[string]string{
		"【選択基準】\n(1)年齢が1歳以上の患者\n２）同意が得られた患者":            "選択基準\n1. 年齢が1歳以上の患者\n2. 同意が得られた患者",
		"■除外基準\n・妊娠中の患者\n①感染症②肝障害":                      "除外基準\n- 妊娠中の患者\n1. 感染症\n2. 肝障害",
		"纳入标准：\n1、年龄2岁至18岁\n1.5倍以上":                     "纳入标准:\n1. 年龄2岁至18岁\n1.5倍以上",
		"English only\n(1)stays as it is":               "English only\n(1)stays as it is",
		"選択基準 1)再発した患者・12歳以上2)ALK異常を有する患者3)同意が得られた患者":   "選択基準\n1. 再発した患者・12歳以上\n2. ALK異常を有する患者\n3. 同意が得られた患者",
		"試験の概要 1)安全性を評価する":                              "試験の概要 1)安全性を評価する",
		"三、纳入标准:1)复发的患者;2)年龄≥2岁;\n四、排除标准:1)妊娠。2)活动性感染。": "三, 纳入标准\n1. 复发的患者;\n2. 年龄≥2岁;\n四, 排除标准\n1. 妊娠.\n2. 活动性感染.",
	} {
		if got := headingRows(unspacedLayout(in)); got != want {
			t.Errorf("headingRows(unspacedLayout(%q)) =\n%q, want\n%q", in, got, want)
		}
	}
}

// FuzzUnspacedLayout: rewriting a page's layout never panics, keeps valid
// text valid and never drops a line.
func FuzzUnspacedLayout(f *testing.F) {
	f.Add(japanesePage)
	f.Add(chinesePage)
	f.Add("（1）\n1.\n・\n①②\n【】")
	f.Fuzz(func(t *testing.T, text string) {
		got := unspacedLayout(text)
		if strings.Count(got, "\n") < strings.Count(text, "\n") {
			t.Fatalf("unspacedLayout(%q) = %q lost a line", text, got)
		}
		if utf8.ValidString(text) && !utf8.ValidString(got) {
			t.Fatalf("unspacedLayout(%q) = %q is not valid text", text, got)
		}
	})
}

// TestUkrainianRegistryRecord reads a registry record laid out as label
// lines over their values: the phase typed with Cyrillic numerals, the ages
// of two named groups together, both sexes, and the criteria lists.
func TestUkrainianRegistryRecord(t *testing.T) {
	page := "Повернутися на головну сторінку\nПовна назва КВ\nДослідження фази ІІ препарату блінатумомаб у дітей з рецидивом гострого лімфобластного лейкозу\n" +
		"Фази\nІІ\nСтать\nчоловіча, жіноча\nВіковий діапазон\nДіти (1-11 років), Підлітки (12-17 років)\n" +
		"Критерії включення\n1. Рецидив B-клітинного лейкозу.\n2. Письмова згода батьків.\n" +
		"Критерії виключення\n1. Активна інфекція.\n2. Вагітність.\n3. Алергія на препарат.\n"
	res := Read("record.txt", []byte(page))
	if res.Err != nil || len(res.Trials) != 1 {
		t.Fatalf("read %d trials, %v", len(res.Trials), res.Err)
	}
	tr := res.Trials[0]
	if got := tr.Ages.Label(); got != "1 year – 17 years" {
		t.Errorf("ages %q, want 1 year – 17 years (from %q)", got, tr.Provenance[model.FieldAges])
	}
	if !strings.HasPrefix(tr.Title, "Дослідження фази ІІ") {
		t.Errorf("title %q, want the full name's value", tr.Title)
	}
	if got := model.PhaseLabel(tr.Phases); got != "Phase 2" {
		t.Errorf("phase %q, want Phase 2", got)
	}
	if tr.Sex != model.SexAll {
		t.Errorf("sex %q, want all", tr.Sex)
	}
	if len(tr.Inclusion) != 2 || len(tr.Exclusion) != 3 {
		t.Errorf("%d inclusion and %d exclusion items, want 2 and 3", len(tr.Inclusion), len(tr.Exclusion))
	}
	if got := strings.Join(tr.Targets, ", "); got != "CD19" {
		t.Errorf("targets %q, want CD19", got)
	}
}
