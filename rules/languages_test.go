package rules

import (
	"slices"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

// languageCase is one phrase of a language, written for the purpose, and
// what each kind of the language's file reads from it.
type languageCase struct {
	kind, text, want string
}

// languageCases are, by language file, short phrases for every kind the
// file has: a mark in running text, a heading, a label, a phase, an age
// phrase, a sex value, a drug's name and its target.
var languageCases = map[string][]languageCase{
	"de": {
		{"trial", "Die Studie prüft ein neues Medikament", "yes"},
		{"trial", "Studiengebühren", ""},
		{"trial", "In einer achtjährigen Langzeitstudie", "yes"},
		{"mark", "Kinder mit einem Rückfall der ALL", "de"},
		{"heading", "Einschlusskriterien:", "inclusion"},
		{"heading", "Ausschluss-Kriterien", "exclusion"},
		{"heading", "Ausschlußkriterien", "exclusion"},
		{"heading", "Ein- und Ausschlusskriterien:", "inclusion and exclusion"},
		{"label", "Geschlecht", "sex"},
		{"label", "Studienphase", "phase"},
		{"phase", "eine Phase-I/II-Studie", "PHASE1|PHASE2"},
		{"age", "Alter: 1 bis 18 Jahre", "1 year – 18 years"},
		{"age", "Patienten ab 18 Jahren", "≥18 years"},
		{"age", "Kinder unter 6 Monaten", "<6 months"},
		{"age", "zwischen 2 und 21 Jahren", "2 years – 21 years"},
		{"age", "Kinder ab einem Jahr", "≥1 year"},
		{"age", "bis zu einem Alter von 21 Jahren", "≤21 years"},
		{"criterion", "Schwangerschaft oder Stillzeit", "pregnancy"},
		{"criterion", "Aktive Infektion mit Beteiligung des ZNS", "cns,infection"},
		{"limit", "Behandelt werden Kinder bis zu einem Alter von 21 Jahren.", "≤21 years"},
		{"limit", "Der Altersdurchschnitt liegt bei 14 Monaten, 90% der Kinder sind jünger als sechs Jahre.", ""},
		{"limit", "53% der Erkrankten haben mindestens fünf Jahre überlebt.", ""},
		{"limit", "Das Mittel ist seit 2021 für Erwachsene über 25 Jahre zugelassen.", ""},
		{"limit", "Das Neuroblastom betrifft vor allem Kinder unter 5 Jahren.", ""},
		{"sex", "männlich und weiblich", "ALL"},
		{"sex", "beide", "ALL"},
		{"drug", "Therapie mit Blinatumomab", "CD19"},
	},
	"fr": {
		{"trial", "Cet essai évalue un anticorps", "yes"},
		{"trial", "Le protocole CAPTIRALL", "yes"},
		{"criterion", "Femmes enceintes ou allaitantes", "pregnancy"},
		{"criterion", "Atteinte du SNC symptomatique", "cns"},
		{"limit", "Chez les enfants, ces cellules restent jusqu'à 5 ans dans l'organisme.", ""},
		{"limit", "La survie à 5 ans des enfants de moins de 15 ans est de 80 %.", ""},
		{"limit", "Le premier enfant a été traité il y a au moins 2 ans.", ""},
		{"limit", "L'efficacité a été évaluée chez 55 patients (âgés de 1 à 45 ans, médiane : 6,1 ans).", ""},
		{"limit", "Le neuroblastome touche principalement les enfants de moins de 5 ans.", ""},
		{"mark", "Enfants avec une leucémie en rechute", "fr"},
		{"heading", "Critères d'inclusion", "inclusion"},
		{"heading", "Critères de non-inclusion :", "exclusion"},
		{"heading", "Critères d’inclusion et d’exclusion", "inclusion and exclusion"},
		{"label", "Sexe", "sex"},
		{"label", "Âge", "ages"},
		{"phase", "essai de phase précoce 1", "EARLY_PHASE1"},
		{"age", "≥ 1 an et ≤ 21 ans", "1 year – 21 years"},
		{"age", "enfants de moins de 18 ans", "<18 years"},
		{"age", "âge : de 6 mois à 17 ans", "6 months – 17 years"},
		{"age", "enfants de moins de deux ans", "<2 years"},
		{"age", "Inférieur ou égal à 17 ans.", "≤17 years"},
		{"sex", "Les deux", "ALL"},
		{"sex", "féminin", "FEMALE"},
		{"drug", "le dinutuximab bêta en entretien", "GD2"},
	},
	"es": {
		{"trial", "Un ensayo de fase 2", "yes"},
		{"mark", "Niños con leucemia en recaída", "es"},
		{"heading", "Criterios de exclusión", "exclusion"},
		{"heading", "Criterios de inclusión y exclusión:", "inclusion and exclusion"},
		{"label", "Edad", "ages"},
		{"label", "Sexo", "sex"},
		{"phase", "un ensayo de fase 2 abierto", "PHASE2"},
		{"phase", "Fase I/II", "PHASE1|PHASE2"},
		{"phase", "un ensayo en fase tres", "PHASE3"},
		{"phase", "En este ensayo clínico fase Ib, el tratamiento", "PHASE1"},
		{"phase", "un estudio de fase 2b aleatorizado", "PHASE2"},
		{"phase", "un ensayo de fase 2 – fase 3", "PHASE2|PHASE3"},
		{"age", "de 1 a 21 años", "1 year – 21 years"},
		{"age", "niños menores de 15 años", "<15 years"},
		{"age", "niños menores de un año", "<1 year"},
		{"age", "mayor o igual a 18 años", "≥18 years"},
		{"age", "pacientes hasta los 18 años", "≤18 years"},
		{"age", "desde recién nacidos hasta los 18 años", "≤18 years"},
		{"age", "desde el nacimiento hasta 21 años", "≤21 years"},
		{"limit", "Fue aprobado en 2021 por la agencia para adultos mayores de 25 años.", ""},
		{"limit", "El primer paciente fue tratado hace más de 2 años.", ""},
		{"limit", "Se evaluó en pacientes (de 1 a 45 años, mediana 6 años).", ""},
		{"limit", "Es la causa de muerte más frecuente por enfermedad en niños de 0 a 14 años.", ""},
		{"limit", "Afecta, principalmente, a niños de entre 4 y 5 años.", ""},
		{"limit", "El ensayo incluye niños menores de 15 años.", "<15 years"},
		{"limit", "En el ensayo han participado 12 pacientes cuyas edades oscilan entre los 3 y 18 años.", ""},
		{"limit", "El estudio contó con la participación de ocho niños de entre 4 y 16 años.", ""},
		{"limit", "El ensayo ha incluido 40 pacientes de entre 2 y 17 años con recaída.", ""},
		{"limit", "El ensayo incluye pacientes de entre 2 y 17 años con recaída.", "2 years – 17 years"},
		{"criterion", "Infección activa no controlada", "infection"},
		{"criterion", "Trasplante alogénico previo", "prior_transplant"},
		{"sex", "Ambos", "ALL"},
		{"drug", "tratamiento con blinatumomab", "CD19"},
	},
	"it": {
		{"label", "Fase dello studio", "phase"},
		{"trial", "Lo studio valuta una terapia", "yes"},
		{"phase", "dopo gli studi di fase 1, fase 2 e l'approvazione", "PHASE1"},
		{"trial", "I risultati sono stati pubblicati su una rivista medica", "yes"},
		{"trial", "Obiettivo del progetto: accelerare lo sviluppo di terapie", "yes"},
		{"mark", "pazienti della fascia pediatrica", "it"},
		{"mark", "un passo avanti nella lotta contro la leucemia nei bambini", "it"},
		{"age", "pazienti anziani (età dai 65 anni in su)", "≥65 years"},
		{"age", "pazienti di 18 anni o più", "≥18 years"},
		{"age", "bambini al di sotto di un anno di età", "<1 year"},
		{"phase", "un trial internazionale di fase\nIII dedicato ai bambini", "PHASE3"},
		{"phase", "la seconda fase\n2. criteri di inclusione", ""},
		{"heading", "Criteri di inclusione", "inclusion"},
		{"heading", "Criteri di esclusione:", "exclusion"},
		{"heading", "Criteri di inclusione e di esclusione", "inclusion and exclusion"},
		{"label", "Età", "ages"},
		{"label", "Sesso", "sex"},
		{"phase", "studio di fase II", "PHASE2"},
		{"phase", "uno studio di fase IIa", "PHASE2"},
		{"phase", "la sperimentazione, di fase tre, pubblicata", "PHASE3"},
		{"age", "tra 1 e 21 anni", "1 year – 21 years"},
		{"age", "fino a 18 anni", "≤18 years"},
		{"age", "di età inferiore a 6 mesi", "<6 months"},
		{"age", "bambini fino a due anni", "≤2 years"},
		{"age", "pazienti fino ai 25 anni di età", "≤25 years"},
		{"limit", "L'agenzia ha riconosciuto la terapia nei bambini fino a 25 anni.", ""},
		{"limit", "Il farmaco è stato approvato per pazienti fino a 25 anni.", ""},
		{"limit", "Nello studio sono stati arruolati 30 bambini tra 3 e 15 anni.", ""},
		{"limit", "La ricerca ha coinvolto 25 pazienti tra 5 e 14 anni.", ""},
		{"limit", "Il primo bambino è stato trattato più di 2 anni fa.", ""},
		{"limit", "Il neuroblastoma colpisce principalmente bambini sotto i 5 anni.", ""},
		{"limit", "Lo studio coinvolgerà pazienti tra 5 e 14 anni.", "5 years – 14 years"},
		{"limit", "È stato condotto uno studio di fase 3 che ha coinvolto pazienti di età compresa tra 2 e 21 anni.", "2 years – 21 years"},
		{"limit", "È il tumore più frequente e rappresenta il 7-10% dei tumori nei bambini tra 0 e 5 anni.", ""},
		{"criterion", "Gravidanza o allattamento in corso", "pregnancy"},
		{"criterion", "Ipersensibilità nota al farmaco", "hypersensitivity"},
		{"sex", "Entrambi i sessi", "ALL"},
	},
	"nl": {
		{"trial", "Dit onderzoek test een medicijn", "yes"},
		{"trial", "Het geneesmiddelenonderzoek begint", "yes"},
		{"trial", "onderzoeken", ""},
		{"mark", "kinderen met een recidief", "nl"},
		{"heading", "Inclusiecriteria", "inclusion"},
		{"heading", "Exclusiecriteria", "exclusion"},
		{"heading", "In- en exclusiecriteria", "inclusion and exclusion"},
		{"label", "Leeftijd", "ages"},
		{"label", "Geslacht", "sex"},
		{"phase", "een fase 1/2 studie", "PHASE1|PHASE2"},
		{"age", "van 1 tot en met 18 jaar", "1 year – 18 years"},
		{"age", "jonger dan 21 jaar", "<21 years"},
		{"age", "18 t/m 65 jaar", "18 years – 65 years"},
		{"age", "Patiënten zijn 18 jaar of ouder.", "≥18 years"},
		{"limit", "Behandelingsprotocol voor zuigelingen jonger dan 1 jaar met acute leukemie.", "<1 year"},
		{"limit", "De studie is voor jongeren en volwassenen van 12 tot 30 jaar.", "12 years – 30 years"},
		{"heading", "Voorwaarden", "eligibility"},
		{"age", "vanaf de leeftijd van twee jaar", "≥2 years"},
		{"limit", "De mediane leeftijd van de kinderen was 6 jaar.", ""},
		{"criterion", "Zwangerschap of borstvoeding", "pregnancy"},
		{"criterion", "Actieve infectie", "infection"},
		{"sex", "Man en vrouw", "ALL"},
	},
	"pt": {
		{"trial", "O estudo avalia uma nova terapia celular", "yes"},
		{"trial", "O projeto vai examinar a segurança das células", "yes"},
		{"trial", "A pesquisa em menores de idade é liderada pela Alemanha", "yes"},
		{"mark", "Crianças com leucemia que não responderam", "pt"},
		{"heading", "Critérios de inclusão:", "inclusion"},
		{"heading", "Critérios de exclusão", "exclusion"},
		{"heading", "Critérios de inclusão e exclusão", "inclusion and exclusion"},
		{"label", "Idade", "ages"},
		{"label", "Sexo", "sex"},
		{"phase", "um ensaio clínico de fase 2", "PHASE2"},
		{"phase", "estudo de fase I/II", "PHASE1|PHASE2"},
		{"age", "pessoas com idades entre 3 e 70 anos", "3 years – 70 years"},
		{"limit", "A segurança já foi confirmada há pelo menos um ano, com quatro pacientes.", ""},
		{"limit", "O neuroblastoma afeta principalmente crianças com menos de 5 anos.", ""},
		{"age", "crianças menores de 18 anos", "<18 years"},
		{"age", "doentes até aos 21 anos", "≤21 years"},
		{"age", "de 1 a 21 anos", "1 year – 21 years"},
		{"age", "pacientes com 18 anos ou mais", "≥18 years"},
		{"limit", "Podem participar do estudo pacientes com idades entre 3 e 70 anos.", "3 years – 70 years"},
		{"limit", "O medicamento foi aprovado para adultos maiores de 25 anos.", ""},
		{"limit", "Participaram 20 pacientes entre 2 e 17 anos.", ""},
		{"criterion", "Gravidez ou amamentação", "pregnancy"},
		{"criterion", "Infecção ativa do sistema nervoso central", "cns,infection"},
		{"sex", "Ambos os sexos", "ALL"},
		{"drug", "tratamento com blinatumomabe", "CD19"},
	},
	"pl": {
		{"trial", "Badanie kliniczne MERMAID1 obejmie dorosłych chorych", "yes"},
		{"trial", "Projekt dotyczy nowej terapii komórkowej", "yes"},
		{"mark", "Dzieci oraz młodzież, u których choroba nawróciła", "pl"},
		{"heading", "Kryteria włączenia:", "inclusion"},
		{"heading", "Kryteria wyłączenia", "exclusion"},
		{"heading", "Kryteria włączenia i wyłączenia", "inclusion and exclusion"},
		{"label", "Wiek", "ages"},
		{"label", "Płeć", "sex"},
		{"phase", "badanie kliniczne fazy 2", "PHASE2"},
		{"phase", "badanie fazy I/II", "PHASE1|PHASE2"},
		{"age", "dzieci w wieku od 1 do 18 lat", "1 year – 18 years"},
		{"age", "pacjenci poniżej 18 lat", "<18 years"},
		{"age", "dzieci do 18 lat", "≤18 years"},
		{"age", "dzieci między 2 a 17 rokiem życia", "2 years – 17 years"},
		{"age", "chorzy w wieku 18 lat lub starsi", "≥18 years"},
		{"age", "dzieci powyżej 6 miesięcy", ">6 months"},
		{"limit", "Do badania mogą zostać włączeni pacjenci w wieku od 3 do 25 lat.", "3 years – 25 years"},
		{"limit", "W badaniu wzięło udział 40 dzieci w wieku od 2 do 17 lat.", ""},
		{"criterion", "Ciąża lub karmienie piersią", "pregnancy"},
		{"criterion", "Czynne zakażenie ośrodkowego układu nerwowego", "cns,infection"},
		{"sex", "Obie płcie", "ALL"},
		{"drug", "leczenie blinatumomabem", "CD19"},
		{"drug", "terapia dinutuksymabem beta", "GD2"},
		{"drug", "po leczeniu rytuksymabem", "CD20"},
		{"drug", "skuteczność kryzotynibu", "ALK"},
	},
	"sv": {
		{"trial", "Svenska barn kan nu ingå i en fransk klinisk studie", "yes"},
		{"trial", "Den första patienten har behandlats i en läkemedelsprövning", "yes"},
		{"mark", "Barnen som ingår kommer att erbjudas behandling och uppföljning", "sv"},
		{"heading", "Inklusionskriterier:", "inclusion"},
		{"heading", "Exklusionskriterier", "exclusion"},
		{"heading", "Vem kan delta?", "eligibility"},
		{"label", "Ålder", "ages"},
		{"label", "Kön", "sex"},
		{"phase", "en studie i fas 2", "PHASE2"},
		{"phase", "en prövning i fas I/II", "PHASE1|PHASE2"},
		{"age", "barn mellan 12 och 35 månader", "12 months – 35 months"},
		{"age", "patienter från 1 till 18 år", "1 year – 18 years"},
		{"age", "patienter under 18 år", "<18 years"},
		{"age", "vuxna från 18 år eller äldre", "≥18 years"},
		{"age", "barn yngre än 18 år", "<18 years"},
		{"limit", "Målet är att hitta den bästa behandlingen för barn mellan 12 och 35 månader.", "12 months – 35 months"},
		{"limit", "Totalt 40 barn mellan 2 och 17 år deltog i studien.", ""},
		{"limit", "Femton patienter följs i upp till två år och lämnar blodprov.", ""},
		{"criterion", "Graviditet eller amning", "pregnancy"},
		{"criterion", "Aktiv infektion i centrala nervsystemet", "cns,infection"},
		{"sex", "Båda könen", "ALL"},
	},
	"tr": {
		{"trial", "Yeni ilacın klinik araştırması başladı", "yes"},
		{"trial", "Çalışmaya 16 hasta katılacak", "yes"},
		{"mark", "Akciğer kanseri hastalar için yeni bir ilaç ve umut", "tr"},
		{"heading", "Dahil edilme kriterleri:", "inclusion"},
		{"heading", "Hariç tutulma kriterleri", "exclusion"},
		{"label", "Yaş", "ages"},
		{"label", "Cinsiyet", "sex"},
		{"phase", "ilacın faz 1 çalışmaları başladı", "PHASE1"},
		{"phase", "faz-1 klinik araştırma", "PHASE1"},
		{"phase", "çalışmanın faz-1a aşamasında", "PHASE1"},
		{"phase", "faz-1 faz-2 klinik araştırmaları kapsamında", "PHASE1|PHASE2"},
		{"phase", "faz II/III çalışması", "PHASE2|PHASE3"},
		{"age", "18-75 yaş arasında hastalar", "18 years – 75 years"},
		{"age", "18 yaş ve üzeri hastalar", "≥18 years"},
		{"age", "18 yaş altı çocuklar", "<18 years"},
		{"age", "18 yaşından büyük hastalar", ">18 years"},
		{"limit", "Çalışmaya 18-75 yaş arasında hastalar alınacak.", "18 years – 75 years"},
		{"criterion", "Gebelik veya emzirme", "pregnancy"},
		{"criterion", "Merkezi sinir sistemi enfeksiyonu", "cns,infection"},
		{"sex", "Her ikisi", "ALL"},
		{"limit", "İlaç 2021 yılında 25 yaş üstü yetişkinler için onaylandı.", ""},
	},
	"hu": {
		{"trial", "A klinikai vizsgálatban 30 gyermek vesz részt", "yes"},
		{"trial", "A vizsgálatban új gyógyszert próbálnak ki", "yes"},
		{"trial", "Az MRI vizsgálat fájdalmatlan", ""},
		{"mark", "A betegek és a szüleik tájékoztatást kapnak", "hu"},
		{"mark", "Terhesség vagy szoptatás", "hu"},
		{"heading", "Beválasztási kritériumok:", "inclusion"},
		{"heading", "Bevonási kritériumok", "inclusion"},
		{"heading", "Beválasztási feltételek:", "inclusion"},
		{"heading", "Kizárási kritériumok", "exclusion"},
		{"heading", "KIZÁRÁSI FELTÉTELEK:", "exclusion"},
		{"heading", "Beválasztási és kizárási kritériumok", "inclusion and exclusion"},
		{"heading", "Alkalmassági kritériumok", "eligibility"},
		{"label", "Életkor", "ages"},
		{"label", "Kor:", "ages"},
		{"label", "Nem", "sex"},
		{"label", "Fázis", "phase"},
		{"phase", "egy I. fázisú vizsgálat", "PHASE1"},
		{"phase", "a II. fázisú klinikai vizsgálat", "PHASE2"},
		{"phase", "a vizsgálat 1. fázisa", ""},
		{"phase", "I/II. fázisú vizsgálat", "PHASE1|PHASE2"},
		{"phase", "III. fázisú vizsgálat", "PHASE3"},
		{"phase", "klinikai vizsgálat, fázis 2", "PHASE2"},
		{"phase", "egy harmadik fázisú vizsgálat", "PHASE3"},
		{"age", "18 év alatti betegek", "<18 years"},
		{"age", "18 év feletti betegek", ">18 years"},
		{"age", "18 éven aluli gyermekek", "<18 years"},
		{"age", "1 és 17 év között", "1 year – 17 years"},
		{"age", "1–17 éves gyermekek", "1 year – 17 years"},
		{"age", "legalább 18 éves betegek", "≥18 years"},
		{"age", "18 éves vagy idősebb betegek", "≥18 years"},
		{"age", "6 hónaposnál idősebb gyermekek", ">6 months"},
		{"age", "a 18. életévüket betöltött betegek", "≥18 years"},
		{"age", "a 18. életévét be nem töltött gyermek", "<18 years"},
		{"age", "6 hónapos kortól 18 éves korig", "6 months – 18 years"},
		{"limit", "A vizsgálatba 1 és 17 év közötti gyermekeket vonnak be.", "1 year – 17 years"},
		{"limit", "Az 1 és 17 év közötti gyermekek túlélése 60 %.", ""},
		{"limit", "A vizsgálatban 40 gyermek vett részt 2 és 17 év között.", ""},
		{"limit", "A gyógyszert 2021-ben engedélyezték 18 év feletti felnőttek kezelésére.", ""},
		{"criterion", "Terhesség vagy szoptatás", "pregnancy"},
		{"criterion", "A központi idegrendszer aktív fertőzése", "cns,infection"},
		{"criterion", "Korábbi allogén őssejt-transzplantáció", "prior_transplant"},
		{"criterion", "Ismert túlérzékenység vagy allergia a gyógyszerrel szemben", "hypersensitivity"},
		{"sex", "Mindkettő", "ALL"},
		{"sex", "férfi és nő", "ALL"},
		{"sex", "Nő", "FEMALE"},
		{"sex", "Férfi", "MALE"},
		{"limit", "A gyógyszert 2021-ben 25 év feletti felnőttek kezelésére engedélyezték.", ""},
	},
	"fi": {
		{"trial", "Kliininen tutkimus uudesta lääkkeestä", "yes"},
		{"trial", "Lapset voivat osallistua tutkimukseen", "yes"},
		{"trial", "Lääketutkimus alkaa syksyllä", "yes"},
		{"mark", "Potilaat, joka ovat saaneet hoitoa", "fi"},
		{"mark", "Raskaus tai imetys", "fi"},
		{"mark", "Die Kinder mit Fieber sind ja alle da", "de"},
		{"heading", "Sisäänottokriteerit:", "inclusion"},
		{"heading", "Mukaanottokriteerit", "inclusion"},
		{"heading", "Poissulkukriteerit:", "exclusion"},
		{"heading", "POISSULKEMISKRITEERIT", "exclusion"},
		{"heading", "Sisäänotto- ja poissulkukriteerit", "inclusion and exclusion"},
		{"heading", "Soveltuvuuskriteerit", "eligibility"},
		{"heading", "Arviointikriteerit", ""},
		{"label", "Ikä", "ages"},
		{"label", "Sukupuoli", "sex"},
		{"label", "Vaihe", "phase"},
		{"phase", "vaiheen 1 tutkimus", "PHASE1"},
		{"phase", "vaiheen I/II tutkimus", "PHASE1|PHASE2"},
		{"phase", "tutkimus on vaihe 2", "PHASE2"},
		{"phase", "vaiheen II tutkimus", "PHASE2"},
		{"phase", "faasin II tutkimus", "PHASE2"},
		{"phase", "faasi 1 -tutkimus", "PHASE1"},
		{"phase", "vaiheen 1/2 tutkimus", "PHASE1|PHASE2"},
		{"phase", "kolmannen vaiheen tutkimus", "PHASE3"},
		{"phase", "vaiheen 3 tutkimuksessa", "PHASE3"},
		{"phase", "vaiheen 4 neuroblastooma", ""},
		{"age", "1–17-vuotiaat lapset", "1 year – 17 years"},
		{"age", "alle 18-vuotiaat potilaat", "<18 years"},
		{"age", "yli 18-vuotiaat", ">18 years"},
		{"age", "18 vuotta täyttäneet potilaat", "≥18 years"},
		{"age", "vähintään 18-vuotiaat", "≥18 years"},
		{"age", "1 ja 17 vuoden välillä", "1 year – 17 years"},
		{"age", "6 kuukauden – 17 vuoden ikäiset", "6 months – 17 years"},
		{"age", "alle 6 kuukauden ikäiset", "<6 months"},
		{"limit", "Tutkimukseen otetaan 1–17-vuotiaita lapsia, joilla on uusiutunut leukemia.", "1 year – 17 years"},
		{"limit", "1–17-vuotiaiden lasten viiden vuoden elossaolo on noin 60 %.", ""},
		{"limit", "Tutkimukseen osallistui 40 lasta, jotka olivat 2–17-vuotiaita.", ""},
		{"limit", "Lääke hyväksyttiin vuonna 2021 yli 18-vuotiaille aikuisille.", ""},
		{"criterion", "Raskaus tai imetys", "pregnancy"},
		{"criterion", "Aktiivinen keskushermoston infektio", "cns,infection"},
		{"criterion", "Aiempi allogeeninen kantasolusiirto", "prior_transplant"},
		{"criterion", "Tunnettu yliherkkyys tai allergia lääkkeelle", "hypersensitivity"},
		{"sex", "Molemmat", "ALL"},
		{"sex", "miehet ja naiset", "ALL"},
		{"sex", "Nainen", "FEMALE"},
		{"sex", "Mies", "MALE"},
		{"drug", "dinutuksimabi beetaa saavat lapset", "GD2"},
		{"drug", "hoito inotutsumabilla", "CD22"},
	},
	"ro": {
		{"trial", "Un studiu clinic pentru copii", "yes"},
		{"trial", "Studiul a început în 2023", "yes"},
		{"mark", "Copiii și părinții lor", "ro"},
		{"mark", "Copiii şi părinţii lor", "ro"},
		{"mark", "Sarcină sau alăptare", "ro"},
		{"heading", "Criterii de includere:", "inclusion"},
		{"heading", "Criterii de incluziune", "inclusion"},
		{"heading", "Criterii de excludere:", "exclusion"},
		{"heading", "Criterii de includere și excludere", "inclusion and exclusion"},
		{"heading", "Criterii de includere şi excludere", "inclusion and exclusion"},
		{"heading", "Criterii de eligibilitate", "eligibility"},
		{"label", "Vârstă", "ages"},
		{"label", "Vârsta:", "ages"},
		{"label", "Sex", "sex"},
		{"label", "Fază", "phase"},
		{"label", "Faza", "phase"},
		{"phase", "un studiu de faza 1", "PHASE1"},
		{"phase", "studiu clinic de fază 2", "PHASE2"},
		{"phase", "studiul de faza a II-a", "PHASE2"},
		{"phase", "un studiu de faza a III-a", "PHASE3"},
		{"phase", "faza I/II", "PHASE1|PHASE2"},
		{"phase", "studiu de faza 1/2", "PHASE1|PHASE2"},
		{"age", "copii cu vârsta între 1 și 18 ani", "1 year – 18 years"},
		{"age", "copii cu vârsta între 1 şi 18 ani", "1 year – 18 years"},
		{"age", "pacienți cu vârsta peste 18 ani", ">18 years"},
		{"age", "copii sub 18 ani", "<18 years"},
		{"age", "cel puțin 18 ani", "≥18 years"},
		{"age", "cel puţin 18 ani", "≥18 years"},
		{"age", "până la 21 de ani", "≤21 years"},
		{"age", "de la 6 luni la 17 ani", "6 months – 17 years"},
		{"age", "vârsta ≥ 18 ani", "≥18 years"},
		{"age", "18 ani sau mai mult", "≥18 years"},
		{"limit", "În studiu pot fi incluși copii cu vârsta între 1 și 18 ani.", "1 year – 18 years"},
		{"limit", "Supraviețuirea la 5 ani a copiilor cu vârsta între 1 și 17 ani este de 60 %.", ""},
		{"limit", "Au participat 40 de copii cu vârsta între 2 și 17 ani.", ""},
		{"limit", "Medicamentul a fost aprobat în 2021 pentru adulți peste 18 ani.", ""},
		{"criterion", "Sarcină sau alăptare", "pregnancy"},
		{"criterion", "Infecție activă a sistemului nervos central", "cns,infection"},
		{"criterion", "Infecţie activă a SNC", "cns,infection"},
		{"criterion", "Transplant anterior de celule stem", "prior_transplant"},
		{"criterion", "Hipersensibilitate sau alergie cunoscută", "hypersensitivity"},
		{"sex", "Ambele", "ALL"},
		{"sex", "Ambele sexe", "ALL"},
		{"sex", "bărbați și femei", "ALL"},
		{"sex", "bărbaţi şi femei", "ALL"},
		{"sex", "Femei", "FEMALE"},
		{"sex", "Bărbați", "MALE"},
	},
	"cs": {
		{"trial", "Klinická studie nového léku pro děti", "yes"},
		{"trial", "V plánované studii budeme vyšetřovat krev", "yes"},
		{"mark", "Děti, které jsou léčeny, nebo jejich rodiče", "cs"},
		{"mark", "děti ve věku od 1 do 18 let", "cs"},
		{"heading", "Kritéria zařazení:", "inclusion"},
		{"heading", "Kritéria vyřazení", "exclusion"},
		{"heading", "Vylučovací kritéria", "exclusion"},
		{"label", "Věk", "ages"},
		{"label", "Pohlaví", "sex"},
		{"phase", "studie fáze 2", "PHASE2"},
		{"phase", "klinické hodnocení fáze I/II", "PHASE1|PHASE2"},
		{"age", "děti ve věku od 1 do 18 let", "1 year – 18 years"},
		{"age", "pacienti mladší než 18 let", "<18 years"},
		{"age", "děti do 18 let", "≤18 years"},
		{"age", "pacienti ve věku 10 až 18 let", "10 years – 18 years"},
		{"age", "pacienti ve věku 18 let a starší", "≥18 years"},
		{"limit", "Do studie budou zařazeny děti ve věku od 1 do 18 let.", "1 year – 18 years"},
		{"limit", "Studie se zúčastnilo 40 dětí ve věku od 2 do 17 let.", ""},
		{"criterion", "Těhotenství nebo kojení", "pregnancy"},
		{"criterion", "Aktivní infekce centrálního nervového systému", "cns,infection"},
		{"sex", "Obě pohlaví", "ALL"},
	},
	"ru": {
		{"trial", "Первая пациентка приняла участие в клинических испытаниях", "yes"},
		{"trial", "Клиническое исследование нового препарата", "yes"},
		{"mark", "Препарат для пациентов, что не ответили на лечение", "ru"},
		{"heading", "Критерии включения:", "inclusion"},
		{"heading", "Критерии невключения", "exclusion"},
		{"heading", "Критерии исключения:", "exclusion"},
		{"label", "Возраст", "ages"},
		{"label", "Пол", "sex"},
		{"phase", "исследование II фазы", "PHASE2"},
		{"phase", "клиническое исследование фазы 1/2", "PHASE1|PHASE2"},
		{"phase", "разрешение на проведение I-II фазы клинических исследований", "PHASE1|PHASE2"},
		{"phase", "первая фаза клинических испытаний займёт два года", "PHASE1"},
		{"age", "дети в возрасте от 1 до 18 лет", "1 year – 18 years"},
		{"age", "пациенты старше 18 лет", ">18 years"},
		{"age", "Достигли возраста 18 лет", "≥18 years"},
		{"age", "пациенты младше 6 месяцев", "<6 months"},
		{"age", "дети до 18 лет", "≤18 years"},
		{"limit", "В исследование включают пациентов в возрасте от 3 до 25 лет.", "3 years – 25 years"},
		{"limit", "В исследовании приняли участие 40 детей в возрасте от 2 до 17 лет.", ""},
		{"criterion", "Беременность или грудное вскармливание", "pregnancy"},
		{"criterion", "Активная инфекция центральной нервной системы", "cns,infection"},
		{"sex", "Оба пола", "ALL"},
		{"drug", "инфузии брентуксимаба ведотина", "CD30"},
		{"drug", "лечение блинатумомабом", "CD19"},
	},
	"uk": {
		{"trial", "Клінічне дослідження нового препарату", "yes"},
		{"mark", "Препарат, який отримали пацієнти та їхні діти", "uk"},
		{"heading", "Критерії включення:", "inclusion"},
		{"heading", "Критерії невключення", "exclusion"},
		{"label", "Віковий діапазон", "ages"},
		{"label", "Повна назва КВ", "title"},
		{"label", "Стать", "sex"},
		{"label", "Фази", "phase"},
		{"phase", "дослідження фази ІІІ", "PHASE3"},
		{"phase", "дослідження II фази", "PHASE2"},
		{"phase", "після першої фази і другої", "PHASE1"},
		{"age", "діти віком від 1 до 18 років", "1 year – 18 years"},
		{"age", "пацієнти старше 18 років", ">18 years"},
		{"age", "дорослі (18-65 років)", "18 years – 65 years"},
		{"age", "діти до 18 років", "≤18 years"},
		{"limit", "У дослідженні взяли участь 40 дітей віком від 2 до 17 років.", ""},
		{"criterion", "Вагітність або годування груддю", "pregnancy"},
		{"criterion", "Активна інфекція центральної нервової системи", "cns,infection"},
		{"sex", "чоловіча, жіноча", "ALL"},
		{"sex", "жіноча", "FEMALE"},
		{"drug", "лікування блінатумомабом", "CD19"},
	},
	"ko": {
		{"trial", "새로운 항암제의 임상시험이 시작됐다", "yes"},
		{"trial", "이 연구에는 소아 환자가 참여한다", "yes"},
		{"mark", "재발한 소아 환자를 위한 치료", "ko"},
		{"mark", "세포 치료제를 투여받은 환자는", "ko"},
		{"heading", "선정 기준", "inclusion"},
		{"heading", "선정기준:", "inclusion"},
		{"heading", "주요 제외 기준", "exclusion"},
		{"heading", "제외기준", "exclusion"},
		{"heading", "선정 및 제외 기준", "inclusion and exclusion"},
		{"heading", "제외 대상", ""},
		{"label", "연령", "ages"},
		{"label", "성별", "sex"},
		{"label", "임상 단계", "phase"},
		{"phase", "제1상 임상시험", "PHASE1"},
		{"phase", "임상 1상 시험계획을 승인받았다", "PHASE1"},
		{"phase", "임상1/2상을 진행 중이다", "PHASE1|PHASE2"},
		{"phase", "국내 2상의 결과", "PHASE2"},
		{"phase", "제1b상 시험", "PHASE1"},
		{"phase", "제3상에 들어간다", "PHASE3"},
		{"phase", "임상시험은 1상, 2상, 3상으로 나뉜다", ""},
		{"phase", "12상자의 약", ""},
		{"age", "18세 이상", "≥18 years"},
		{"age", "18세이상의 환자", "≥18 years"},
		{"age", "만 1세 이상 21세 이하", "1 year – 21 years"},
		{"age", "생후 6개월 이상 18세 미만의 소아", "6 months – <18 years"},
		{"age", "1세부터 18세까지의 소아", "1 year – 18 years"},
		{"age", "1~21세", "1 year – 21 years"},
		{"age", "만18세 초과", ">18 years"},
		{"limit", "만 1세 이상 25세 이하의 환자를 대상으로 한다.", "1 year – 25 years"},
		{"limit", "환자의 5년 생존율은 80%이다.", ""},
		{"limit", "이번 임상에는 3~17세 환자 20명이 참여했다.", ""},
		{"limit", "이 시험은 3세에서 17세 사이의 환자를 대상으로 한다.", "3 years – 17 years"},
		{"limit", "2021년에 승인된 이 약은 25세 이상 성인에게 쓰인다.", ""},
		{"limit", "참여한 환자 20명의 나이는 3세에서 17세 사이였다.", ""},
		{"limit", "CD19세포를 표적으로 하는 치료", ""},
		{"limit", "세 가지 치료를 받은 환자", ""},
		{"limit", "3등급 이상의 이상반응", ""},
		{"criterion", "임신 중이거나 수유 중인 여성", "pregnancy"},
		{"criterion", "중추신경계를 침범한 활동성 감염", "cns,infection"},
		{"criterion", "동종 조혈모세포이식을 받은 적이 있는 환자", "prior_transplant"},
		{"criterion", "시험약에 대한 과민반응", "other_trial,hypersensitivity"},
		{"sex", "남녀 모두", "ALL"},
		{"sex", "여성", "FEMALE"},
		{"drug", "블리나투모맙을 투여받은 환자", "CD19"},
		{"drug", "이노투주맙 오조가마이신 치료", "CD22"},
		{"drug", "킴리아의 투여", "CD19"},
		{"drug", "CD22를 표적으로 하는 항CD19 CAR-T", "CD19,CD22"},
		{"drug", "브렌툭시맙 베도틴", "CD30"},
		{"drug", "로라티닙의 효과", "ALK"},
		{"drug", "CAR-T 치료제 안발셀의 임상 2상", "CD19"},
		{"limit", "이 약은 2021년 25세 이상 성인에게 승인되었다.", ""},
	},
	"el": {
		{"trial", "Η κλινική μελέτη αξιολογεί ένα νέο φάρμακο", "yes"},
		{"trial", "Τα αποτελέσματα της μελέτης", "yes"},
		{"mark", "Παιδιά και έφηβοι με λευχαιμία", "el"},
		{"mark", "θεραπεία των ασθενών", "el"},
		{"heading", "Κριτήρια ένταξης", "inclusion"},
		{"heading", "ΚΡΙΤΗΡΙΑ ΑΠΟΚΛΕΙΣΜΟΥ:", "exclusion"},
		{"heading", "Κριτήρια ένταξης και αποκλεισμού", "inclusion and exclusion"},
		{"heading", "Κριτήρια επιλεξιμότητας", "eligibility"},
		{"heading", "Κριτήρια εισαγωγής:", "inclusion"},
		{"heading", "Κριτήρια ανταπόκρισης", ""},
		{"label", "Ηλικία", "ages"},
		{"label", "ΦΥΛΟ", "sex"},
		{"label", "Φάση", "phase"},
		{"phase", "κλινική μελέτη φάσης ΙΙ", "PHASE2"},
		{"phase", "Μελέτη Φάσης 1/2", "PHASE1|PHASE2"},
		{"phase", "ΜΕΛΕΤΗ ΦΑΣΗΣ ΙΙΙ", "PHASE3"},
		{"phase", "μελέτη Γ΄ φάσης", "PHASE3"},
		{"phase", "Φάση Ι/ΙΙ", "PHASE1|PHASE2"},
		{"phase", "η χρόνια φάση της νόσου", ""},
		{"age", "Ηλικία 1 έως 18 ετών", "1 year – 18 years"},
		{"age", "άνω των 18 ετών", ">18 years"},
		{"age", "παιδιά κάτω των 6 μηνών", "<6 months"},
		{"age", "από 2 έως 21 ετών", "2 years – 21 years"},
		{"age", "τουλάχιστον 18 ετών", "≥18 years"},
		{"age", "18 ετών και άνω", "≥18 years"},
		{"age", "ΑΣΘΕΝΕΙΣ ΗΛΙΚΙΑΣ 1 ΕΩΣ 25 ΕΤΩΝ", "1 year – 25 years"},
		{"limit", "Στη μελέτη θα ενταχθούν ασθενείς ηλικίας 1 έως 25 ετών.", "1 year – 25 years"},
		{"limit", "Η πενταετής επιβίωση των παιδιών κάτω των 15 ετών είναι 80%.", ""},
		{"limit", "Στη μελέτη συμμετείχαν 30 παιδιά ηλικίας 3 έως 17 ετών.", ""},
		{"limit", "Το φάρμακο εγκρίθηκε το 2021 για ενήλικες άνω των 25 ετών.", ""},
		{"criterion", "Εγκυμοσύνη ή θηλασμός", "pregnancy"},
		{"criterion", "Ενεργός λοίμωξη του ΚΝΣ", "cns,infection"},
		{"criterion", "ΠΡΟΗΓΟΥΜΕΝΗ ΜΕΤΑΜΟΣΧΕΥΣΗ", "prior_transplant"},
		{"criterion", "Γνωστή υπερευαισθησία στο φάρμακο", "hypersensitivity"},
		{"sex", "Και τα δύο", "ALL"},
		{"sex", "Άνδρες και γυναίκες", "ALL"},
		{"sex", "ΓΥΝΑΙΚΕΣ", "FEMALE"},
		{"drug", "θεραπεία με βλινατουμομάμπη", "CD19"},
		{"drug", "η δράση της κριζοτινίμπης", "ALK"},
	},
	"vi": {
		{"trial", "Bệnh viện triển khai thử nghiệm lâm sàng mới", "yes"},
		{"mark", "Các bệnh nhân được điều trị tại bệnh viện", "vi"},
		{"heading", "Tiêu chuẩn lựa chọn:", "inclusion"},
		{"heading", "Tiêu chuẩn loại trừ", "exclusion"},
		{"label", "Độ tuổi", "ages"},
		{"label", "Giới tính", "sex"},
		{"phase", "thử nghiệm lâm sàng giai đoạn III về phác đồ mới", "PHASE3"},
		{"phase", "thử nghiệm lâm sàng quốc tế đa trung tâm giai đoạn 3", "PHASE3"},
		{"phase", "nghiên cứu pha 1/2", "PHASE1|PHASE2"},
		{"phase", "bệnh nhân ung thư phổi giai đoạn 4", ""},
		{"age", "người bệnh trên 18 tuổi", ">18 years"},
		{"age", "trẻ em từ 1 đến 18 tuổi", "1 year – 18 years"},
		{"age", "trẻ dưới 6 tháng tuổi", "<6 months"},
		{"limit", "Thuốc đã được phê duyệt cho người lớn trên 18 tuổi.", ""},
		{"criterion", "Đang mang thai hoặc cho con bú", "pregnancy"},
		{"criterion", "Nhiễm trùng thần kinh trung ương", "cns,infection"},
		{"sex", "Nam hoặc nữ", "ALL"},
		{"sex", "Nữ", "FEMALE"},
	},
	"th": {
		{"trial", "โครงการการทดลองทางคลินิกของโรงพยาบาล", "yes"},
		{"mark", "ผู้ป่วยเด็กและผู้ใหญ่ที่ได้รับการรักษา", "th"},
		{"heading", "เกณฑ์การคัดเข้า", "inclusion"},
		{"heading", "เกณฑ์การคัดออก:", "exclusion"},
		{"label", "อายุ", "ages"},
		{"label", "เพศ", "sex"},
		{"phase", "ทดลองใช้ในคนระยะ 1 ผู้ป่วยรายแรก", "PHASE1"},
		{"phase", "การทดลองทางคลินิกระยะที่ 2", "PHASE2"},
		{"phase", "ผู้ป่วยมะเร็งระยะที่ 4", ""},
		{"age", "อายุ 1 ถึง 18 ปี", "1 year – 18 years"},
		{"age", "อายุ 18 ปีขึ้นไป", "≥18 years"},
		{"criterion", "ตั้งครรภ์หรือให้นมบุตร", "pregnancy"},
		{"sex", "ทั้งสองเพศ", "ALL"},
	},
	"ca": {
		{"trial", "L'assaig clínic avalua una nova teràpia", "yes"},
		{"mark", "Els nens amb leucèmia que no responen al tractament", "ca"},
		{"heading", "Criteris d'inclusió:", "inclusion"},
		{"heading", "Criteris d'exclusió", "exclusion"},
		{"label", "Edat", "ages"},
		{"phase", "un assaig de fase 1/2", "PHASE1|PHASE2"},
		{"age", "nens d'entre 1 i 18 anys", "1 year – 18 years"},
		{"age", "pacients menors de 25 anys", "<25 years"},
		{"limit", "Hi han participat 12 pacients d'entre 3 i 18 anys.", ""},
		{"limit", "El primer pacient es va tractar fa 2 anys.", ""},
		{"criterion", "Embaràs o lactància", "pregnancy"},
		{"criterion", "Infecció activa del sistema nerviós central", "cns,infection"},
		{"sex", "Ambdós", "ALL"},
	},
	"id": {
		{"trial", "Uji klinis ini menilai terapi baru", "yes"},
		{"trial", "Kajian klinikal ke atas kanak-kanak", "yes"},
		{"mark", "Anak-anak dengan leukemia yang kambuh", "id"},
		{"mark", "Rawatan untuk kanak-kanak", "id"},
		{"mark", "Children with relapsed leukemia in the Netherlands", ""},
		{"heading", "Kriteria inklusi:", "inclusion"},
		{"heading", "Kriteria Eksklusi", "exclusion"},
		{"heading", "Kriteria pengecualian", "exclusion"},
		{"heading", "Kriteria inklusi dan eksklusi", "inclusion and exclusion"},
		{"label", "Usia", "ages"},
		{"label", "Jenis kelamin", "sex"},
		{"label", "Jantina", "sex"},
		{"phase", "uji klinis fase 3 secara acak", "PHASE3"},
		{"phase", "sebuah studi fase 1/2", "PHASE1|PHASE2"},
		{"phase", "penelitian tahap II", "PHASE2"},
		{"phase", "ujian klinikal fasa 2 bagi kanak-kanak", "PHASE2"},
		{"phase", "kanker payudara stadium 2", ""},
		{"age", "berusia 1 hingga 18 tahun", "1 year – 18 years"},
		{"age", "usia 18 tahun ke atas", "≥18 years"},
		{"age", "pesakit berumur 18 tahun dan ke atas", "≥18 years"},
		{"age", "anak di bawah 18 tahun", "<18 years"},
		{"age", "berusia antara 6 bulan dan 21 tahun", "6 months – 21 years"},
		{"age", "usia 1 sampai dengan 25 tahun", "1 year – 25 years"},
		{"age", "anak-anak di bawah dua tahun", "<2 years"},
		{"age", "anak dibawah 18 tahun", "<18 years"},
		{"limit", "Pengobatan anak berlangsung 2 hingga 4 tahun.", ""},
		{"limit", "Pengobatan anak 2 hingga 4 tahun.", "2 years – 4 years"},
		{"limit", "Sebanyak 12 pasien berusia 3 hingga 18 tahun telah diobati.", ""},
		{"limit", "Pasien pertama diobati 2 tahun yang lalu.", ""},
		{"limit", "Obat ini disetujui pada 2021 untuk orang dewasa di atas 25 tahun.", ""},
		{"criterion", "Kehamilan atau menyusui", "pregnancy"},
		{"criterion", "Infeksi aktif pada sistem saraf pusat", "cns,infection"},
		{"criterion", "Wanita yang sedang mengandung", "pregnancy"},
		{"sex", "Laki-laki dan perempuan", "ALL"},
		{"sex", "Semua", "ALL"},
		{"sex", "Lelaki", "MALE"},
		{"drug", "pengobatan dengan rituksimab", "CD20"},
		{"drug", "dinutuksimab beta", "GD2"},
	},
	"bg": {
		{"trial", "Клиничното изпитване оценява нова терапия", "yes"},
		{"mark", "Деца, които са с рецидив на левкемия", "bg"},
		{"mark", "Лечението на децата", "bg"},
		{"mark", "Дети и подростки, которые получили лечение", "ru"},
		{"mark", "Діти, які отримали лікування протягом години", "uk"},
		{"heading", "Критерии за включване:", "inclusion"},
		{"heading", "Критерии за изключване", "exclusion"},
		{"heading", "Критерии за включване и изключване", "inclusion and exclusion"},
		{"label", "Възраст", "ages"},
		{"label", "Пол", "sex"},
		{"phase", "проучване фаза 2", "PHASE2"},
		{"phase", "клинично изпитване във фаза І/ІІ", "PHASE1|PHASE2"},
		{"phase", "III фаза на клинично изпитване", "PHASE3"},
		{"age", "на възраст от 1 до 18 години", "1 year – 18 years"},
		{"age", "деца под 6 месеца", "<6 months"},
		{"age", "пациенти на 18 и повече години", "≥18 years"},
		{"age", "пациенти на възраст 18 години и повече", "≥18 years"},
		{"age", "на възраст между 2 и 21 години", "2 years – 21 years"},
		{"age", "деца под две години", "<2 years"},
		{"limit", "Лечението при децата продължава от 2 до 4 години.", ""},
		{"limit", "Лечението при децата от 2 до 4 години.", "2 years – 4 years"},
		{"limit", "В проучването участваха 12 деца на възраст от 3 до 18 години.", ""},
		{"limit", "Първото дете беше лекувано преди 2 години.", ""},
		{"limit", "Проучването ще включва пациенти до 2026 г.", ""},
		{"limit", "Лекарството е одобрено през 2021 г. за възрастни над 25 години.", ""},
		{"criterion", "Бременност или кърмене", "pregnancy"},
		{"criterion", "Активна инфекция на централната нервна система", "cns,infection"},
		{"sex", "Двата пола", "ALL"},
		{"sex", "Мъже и жени", "ALL"},
		{"sex", "Жени", "FEMALE"},
		{"drug", "лечение с блинатумомаб", "CD19"},
		{"drug", "тисагенлеклеуцел", "CD19"},
	},
	"sk": {
		{"trial", "Klinická štúdia hodnotí novú liečbu", "yes"},
		{"mark", "Deti, ktoré nereagujú na liečbu", "sk"},
		{"mark", "Štúdia je určená pre pacientov do 25 rokov", "sk"},
		{"mark", "Děti, které nereagují na léčbu", "cs"},
		{"heading", "Kritériá zaradenia:", "inclusion"},
		{"heading", "Kritériá vylúčenia", "exclusion"},
		{"heading", "Kritériá zaradenia a vylúčenia", "inclusion and exclusion"},
		{"label", "Vek", "ages"},
		{"label", "Pohlavie", "sex"},
		{"phase", "klinická štúdia fázy 2", "PHASE2"},
		{"phase", "vo fáze I/II", "PHASE1|PHASE2"},
		{"phase", "štúdia III. fázy", "PHASE3"},
		{"age", "deti vo veku od 1 do 18 rokov", "1 year – 18 years"},
		{"age", "pacienti mladší ako 21 rokov", "<21 years"},
		{"age", "18 rokov a starší", "≥18 years"},
		{"age", "medzi 6 mesiacmi a 21 rokmi", "6 months – 21 years"},
		{"age", "deti do dvoch rokov", "≤2 years"},
		{"limit", "Liečba detí trvá od 2 do 4 rokov.", ""},
		{"limit", "Liečba detí od 2 do 4 rokov.", "2 years – 4 years"},
		{"limit", "Do štúdie sa zapojilo 12 detí vo veku od 3 do 18 rokov, ktoré boli liečené.", ""},
		{"limit", "Prvé dieťa bolo liečené pred 2 rokmi.", ""},
		{"limit", "Liek je od roku 2021 schválený pre dospelých nad 25 rokov.", ""},
		{"criterion", "Tehotenstvo alebo dojčenie", "pregnancy"},
		{"criterion", "Aktívna infekcia centrálneho nervového systému", "cns,infection"},
		{"sex", "Obe pohlavia", "ALL"},
		{"sex", "Muži", "MALE"},
		{"drug", "liečba krizotinibom", "ALK"},
		{"drug", "tisagenlekleucel", "CD19"},
	},
	"hr": {
		{"trial", "Kliničko ispitivanje procjenjuje novu terapiju", "yes"},
		{"trial", "Studija je otvorena za pacijente", "yes"},
		{"mark", "Djeca koja nisu odgovorila na liječenje", "hr"},
		{"mark", "Deca koja nisu odgovorila na lečenje", "hr"},
		{"mark", "Otroci, ki se zdravijo v bolnišnici, in njihovi starši", ""},
		{"mark", "Leczenie dzieci, które nie odpowiadają na inne terapie", "pl"},
		{"heading", "Kriteriji uključivanja:", "inclusion"},
		{"heading", "Kriterijumi za uključivanje", "inclusion"},
		{"heading", "Kriteriji isključivanja", "exclusion"},
		{"heading", "Kriterijumi za isključivanje:", "exclusion"},
		{"heading", "Kriteriji uključivanja i isključivanja", "inclusion and exclusion"},
		{"label", "Dob", ""},
		{"label", "Starost", "ages"},
		{"label", "Spol", "sex"},
		{"label", "Pol", "sex"},
		{"phase", "kliničko ispitivanje faze 3", "PHASE3"},
		{"phase", "studija u fazi I/II", "PHASE1|PHASE2"},
		{"phase", "faza 2", "PHASE2"},
		{"age", "djeca u dobi od 1 do 18 godina", "1 year – 18 years"},
		{"age", "deca uzrasta od 1 do 18 godina", "1 year – 18 years"},
		{"age", "pacijenti mlađi od 21 godine", "<21 years"},
		{"age", "18 godina i stariji", "≥18 years"},
		{"age", "između 6 mjeseci i 21 godine", "6 months – 21 years"},
		{"age", "djeca ispod dvije godine", "<2 years"},
		{"limit", "Liječenje djece traje od 2 do 4 godine.", ""},
		{"limit", "Liječenje djece od 2 do 4 godine.", "2 years – 4 years"},
		{"limit", "U studiji je sudjelovalo 12 djece u dobi od 3 do 18 godina.", ""},
		{"limit", "Prvo dijete liječeno je prije 2 godine.", ""},
		{"limit", "Lijek je 2021. odobren za odrasle starije od 25 godina.", ""},
		{"criterion", "Trudnoća ili dojenje", "pregnancy"},
		{"criterion", "Aktivna infekcija središnjeg živčanog sustava", "cns,infection"},
		{"criterion", "Aktivna infekcija centralnog nervnog sistema", "cns,infection"},
		{"sex", "Oba spola", "ALL"},
		{"sex", "Oba pola", "ALL"},
		{"sex", "Žene", "FEMALE"},
		{"drug", "liječenje rituksimabom", "CD20"},
		{"drug", "krizotinib", "ALK"},
	},
	"da": {
		{"trial", "Forsøget er et delforsøg for børn med leukæmi", "yes"},
		{"mark", "Børn kan deltage i forsøget", "da"},
		{"heading", "Inklusionskriterier", "inclusion"},
		{"heading", "Eksklusionskriterier:", "exclusion"},
		{"heading", "Du kan deltage i forsøget hvis:", "inclusion"},
		{"heading", "Du kan ikke deltage i forsøget hvis:", "exclusion"},
		{"label", "Alder", "ages"},
		{"label", "Køn", "sex"},
		{"label", "Forsøgets titel", "title"},
		{"phase", "et forsøg i fase 2", "PHASE2"},
		{"age", "børn fra 1 til 18 år", "1 year – 18 years"},
		{"age", "patienter under 18 år", "<18 years"},
		{"age", "børn over 6 måneder", ">6 months"},
		{"age", "spædbørn under 365 dage", "<365 days"},
		{"limit", "Børn og unge fra 1 til 17 år med ALL kan deltage i forsøget.", "1 year – 17 years"},
		{"limit", "I alt 40 børn mellem 2 og 17 år har deltaget i forsøget.", ""},
		{"criterion", "Graviditet eller amning", "pregnancy"},
		{"criterion", "Aktiv infektion i centralnervesystemet", "cns,infection"},
		{"sex", "Begge køn", "ALL"},
	},
	"no": {
		{"trial", "Forsknings- og behandlingsstudie for barn", "yes"},
		{"mark", "Hvem kan ikke delta i studien", "no"},
		{"heading", "Inklusjonskriterier:", "inclusion"},
		{"heading", "Eksklusjonskriterier", "exclusion"},
		{"heading", "Hvem kan delta?", "eligibility"},
		{"label", "Alder", "ages"},
		{"label", "Kjønn", "sex"},
		{"phase", "en studie i fase 2", "PHASE2"},
		{"age", "barn fra 1 til 18 år", "1 year – 18 years"},
		{"age", "pasienter under 18 år", "<18 years"},
		{"age", "barn over 6 måneder", ">6 months"},
		{"limit", "Alle barn og ungdommer fra 0 til 18 år med AML kan delta.", "0 years – 18 years"},
		{"limit", "Totalt 40 barn mellom 2 og 17 år har deltatt i studien.", ""},
		{"criterion", "Graviditet eller amming", "pregnancy"},
		{"criterion", "Aktiv infeksjon i sentralnervesystemet", "cns,infection"},
		{"sex", "Begge kjønn", "ALL"},
	},
	"ja": {
		{"trial", "新しい治験が始まった", "yes"},
		{"mark", "再発の患者", "ja"},
		{"heading", "選択基準", "inclusion"},
		{"heading", "主な除外基準：", "exclusion"},
		{"heading", "選択・除外基準", "inclusion and exclusion"},
		{"heading", "〔診断及び適格性の主な基準〕", "eligibility"},
		{"heading", "治験に参加いただける患者さんの身体状況（患者選択基準）", "inclusion"},
		{"heading", "患者の選択基準及び除外基準", "inclusion and exclusion"},
		{"heading", "評価基準", ""},
		{"label", "年齢", "ages"},
		{"label", "試験のフェーズ", "phase"},
		{"label", "性別", "sex"},
		{"phase", "第Ⅱ相試験", "PHASE2"},
		{"phase", "第1/2相", "PHASE1|PHASE2"},
		{"phase", "第３相", "PHASE3"},
		{"phase", "新薬の第IIIb相試験", "PHASE3"},
		{"phase", "第1b/2相", "PHASE1|PHASE2"},
		{"age", "生後28日~21歳", "28 days – 21 years"},
		{"age", "18歳以上", "≥18 years"},
		{"age", "１歳以上２２歳未満", "1 year – <22 years"},
		{"age", "20歳以上80歳以下", "20 years – 80 years"},
		{"age", "6ヶ月〜17歳", "6 months – 17 years"},
		{"sex", "男女とも", "ALL"},
		{"drug", "再発ALLに対するブリナツモマブ療法", "CD19"},
		{"drug", "イノツズマブ オゾガマイシンを投与", "CD22"},
		{"drug", "ロルラチニブ単剤", "ALK"},
		{"drug", "ビーリンサイト投与前3ヵ月以内", "CD19"},
		{"drug", "キムリアの投与", "CD19"},
		{"drug", "CD33陽性", "CD33"},
		{"drug", "リツキシマブ併用化学療法", "CD20"},
		{"phase", "治験は4つの段階に分かれます\n第I相\n健常人を対象に\n第II相\n少数の患者さんを対象に\n第III相\n多数の患者さんを対象に", ""},
		{"phase", "本試験は第II相試験です。第III相試験は別に計画されています。", "PHASE2"},
		{"criterion", "活動性の感染症を有する患者", "infection"},
		{"criterion", "妊娠中あるいは授乳中の患者", "pregnancy"},
		{"criterion", "同種造血幹細胞移植の既往のある患者", "prior_transplant"},
		{"drug", "ブレンツキシマブ ベドチン", "CD30"},
		{"limit", "この薬は2021年に25歳以上の成人に承認された。", ""},
	},
	"zh": {
		{"trial", "一项临床试验", "yes"},
		{"mark", "复发的儿童患者", "zh"},
		{"heading", "纳入标准", "inclusion"},
		{"heading", "排除标准：", "exclusion"},
		{"heading", "纳入和排除标准：", "inclusion and exclusion"},
		{"heading", "【受试者排除标准】", "exclusion"},
		{"heading", "疗效评价标准", ""},
		{"label", "年龄", "ages"},
		{"label", "研究分期", "phase"},
		{"phase", "一项II期研究", "PHASE2"},
		{"phase", "I/II期", "PHASE1|PHASE2"},
		{"phase", "III期神经母细胞瘤", ""},
		{"age", "年龄 18-65 岁", "18 years – 65 years"},
		{"age", "2岁至18岁", "2 years – 18 years"},
		{"age", "18岁以上", "≥18 years"},
		{"age", "6个月以上", "≥6 months"},
		{"age", "篩選時年滿 18 歲或以上", "≥18 years"},
		{"heading", "主要納入條件", "inclusion"},
		{"sex", "不限", "ALL"},
		{"sex", "性別不限", "ALL"},
		{"label", "性別", "sex"},
		{"age", "未滿18歲", "<18 years"},
		{"drug", "贝林妥欧单抗治疗", "CD19"},
		{"drug", "克唑替尼", "ALK"},
		{"drug", "利妥昔单抗联合化疗", "CD20"},
		{"inclusion age", "≧18岁,性别不限;", "≥18 years"},
		{"criterion", "活动性感染或中枢神经系统受累", "cns,infection"},
		{"criterion", "妊娠期和哺乳期女性", "pregnancy"},
		{"phase", "SG301 在恶性血液肿瘤患者中的 I 期临床研究", "PHASE1"},
		{"drug", "维泊妥珠单抗与苯达莫司汀", "CD79b"},
		{"trial", "這項大規模跨國臨床試驗結果顯示", "yes"},
		{"heading", "納入標準：", "inclusion"},
		{"heading", "排除條件", "exclusion"},
		{"label", "年齡", "ages"},
		{"phase", "第二期臨床試驗", "PHASE2"},
		{"phase", "第二期乳癌", ""},
		{"age", "年齡：2歲至18歲", "2 years – 18 years"},
		{"age", "18歲以上", "≥18 years"},
		{"drug", "利妥昔單抗合併化療", "CD20"},
		{"criterion", "活動性感染或中樞神經系統受侵犯", "cns,infection"},
	},
}

// TestLanguageFiles reads, for each language file, a phrase of each of
// its kinds; every built-in language has its table.
func TestLanguageFiles(t *testing.T) {
	for _, language := range AllLanguages().Names() {
		if len(languageCases[language]) == 0 {
			t.Errorf("the language file %s.tsv has no table of phrases", language)
		}
	}
	for language, cases := range languageCases {
		for _, c := range cases {
			t.Run(language+"/"+c.kind+"/"+c.text, func(t *testing.T) {
				if got := readLanguageCase(c); got != c.want {
					t.Errorf("%s %q read as %q, want %q", c.kind, c.text, got, c.want)
				}
			})
		}
	}
}

// readLanguageCase reads a phrase as its kind is read; a page's wide forms
// are folded before its lines are read, as the page reader does.
func readLanguageCase(c languageCase) string {
	switch c.kind {
	case "mark":
		return strings.Join(LanguagesOf(c.text).Names(), ",")
	case "heading":
		kind, _, _ := CriteriaHeadingOf(FoldWidth(c.text))
		return string(kind)
	case "label":
		f, _ := FieldOfLabel(FoldWidth(c.text))
		return string(f)
	case "phase":
		phases, _, ok := LanguagesOf(c.text).FindPhase(c.text)
		if !ok {
			phases, _, _ = AllLanguages().FindPhase(c.text)
		}
		var codes []string
		for _, p := range phases {
			codes = append(codes, string(p))
		}
		return strings.Join(codes, "|")
	case "age":
		r, _ := ParseAgeRange(AllLanguages().EnglishAgeWords(c.text))
		return r.Label()
	case "limit":
		a, _, _ := FindAgeLimit(AllLanguages().EnglishAgeWords(c.text))
		return a.Range.Label()
	case "criterion":
		var keys []string
		for _, k := range ThemesOf(AllLanguages().EnglishCriterionWords(c.text), nil) {
			keys = append(keys, string(k))
		}
		return strings.Join(keys, ",")
	case "inclusion age":
		r, _, _ := AgeFromCriteriaInLanguages([]string{c.text})
		return r.Label()
	case "sex":
		s, _ := ParseSex(c.text)
		return string(s)
	case "trial":
		if AllLanguages().NamesATrial(c.text) {
			return "yes"
		}
		return ""
	case "drug":
		var found []string
		for _, h := range FindTargets(c.text) {
			found = append(found, h.Target)
		}
		return strings.Join(found, ",")
	}
	return "unknown kind " + c.kind
}

// TestLanguageWordsLeaveEnglish checks that English text is not taken for
// another language, and that putting age words into English changes no
// word that only holds one.
func TestLanguageWordsLeaveEnglish(t *testing.T) {
	for _, text := range []string{
		"Children aged 1 to 21 years with relapsed ALL",
		"Patients ≥ 18 years with DES exposure",
		"Phase I/II study of an anti-CD19 CAR-T",
	} {
		if l := LanguagesOf(text); !l.Empty() {
			t.Errorf("%q read as %v", text, l.Names())
		}
	}
	for _, text := range []string{"Basis of the trial", "Alternative therapy", "Abdominal tumours", "Anniversary"} {
		if got := AllLanguages().EnglishAgeWords(text); got != text {
			t.Errorf("EnglishAgeWords(%q) = %q; a word that only holds a language's word was changed", text, got)
		}
	}
}

// TestFoldWidth reads wide forms as their plain forms.
func TestFoldWidth(t *testing.T) {
	for in, want := range map[string]string{
		"年齢：１８歳以上":       "年齢:18歳以上",
		"第Ⅱ相":            "第II相",
		"（１）対象。次に":       "(1)対象. 次に",
		"plain ≥ 1 year": "plain ≥ 1 year",
	} {
		if got := FoldWidth(in); got != want {
			t.Errorf("FoldWidth(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLanguagePhaseLine names the line a phase was read from.
func TestLanguagePhaseLine(t *testing.T) {
	text := "概要\n本試験は第2相試験です。\n以上"
	phases, line, ok := AllLanguages().FindPhase(text)
	if !ok || !slices.Equal(phases, []model.Phase{model.Phase2}) || line != "本試験は第2相試験です。" {
		t.Errorf("FindPhase = %v, %q, %v", phases, line, ok)
	}
}

// TestFindTargetsOverMixedScripts reads Latin words joined by a hyphen to
// Chinese or Japanese ones, which the word scanner splits where the script
// changes: each is read once, and the reading ends.
func TestFindTargetsOverMixedScripts(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"強化療法でL-アスパラギナーゼを使う", ""},
		{"CD19-陽性の患者", "CD19"},
		{"抗CD22-CAR-T細胞とL-アスパラギナーゼ", "CD22"},
		{"a-b-c-アイウ-d-エ", ""},
	} {
		var got []string
		for _, h := range FindTargets(tc.text) {
			got = append(got, h.Target)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("FindTargets(%q) = %v, want %q", tc.text, got, tc.want)
		}
	}
}

func TestUnspacedRunes(t *testing.T) {
	for text, want := range map[string]int{"第II相試験": 4, "CD19陽性": 2, "Phase 2": 0, "한국어 문장": 0} {
		if got := UnspacedRunes(text); got != want {
			t.Errorf("UnspacedRunes(%q) = %d, want %d", text, got, want)
		}
	}
}

// TestAgeFromCriteriaInLanguages reads the age an inclusion item states in
// another language, and gives back the item as it is written.
func TestAgeFromCriteriaInLanguages(t *testing.T) {
	tests := []struct {
		items      []string
		want, item string
	}{
		{[]string{"自愿参加本研究并签署知情同意书", "签署知情同意书时年龄≥2 岁,且≤ 18 周岁"}, "2 years – 18 years", "签署知情同意书时年龄≥2 岁,且≤ 18 周岁"},
		{[]string{"登録時の年齢が生後28日以上21歳以下の患者"}, "28 days – 21 years", "登録時の年齢が生後28日以上21歳以下の患者"},
		{[]string{"Rezidiv einer ALL", "Alter zwischen 1 und 18 Jahren"}, "1 year – 18 years", "Alter zwischen 1 und 18 Jahren"},
		{[]string{"Age 1 to 21 years"}, "1 year – 21 years", "Age 1 to 21 years"},
		{[]string{"18歳以上の方"}, "≥18 years", "18歳以上の方"},
		{[]string{"妊娠していない患者", "同意取得時の年齢が20歳以上の患者"}, "≥20 years", "同意取得時の年齢が20歳以上の患者"},
		{[]string{"Alter bei Diagnose bis 18 Jahre oder Alter bei HSZT bis 21 Jahre"}, "≤21 years", "Alter bei Diagnose bis 18 Jahre oder Alter bei HSZT bis 21 Jahre"},
		{[]string{"Schwangerschaft"}, "", ""},
	}
	for _, tt := range tests {
		r, item, _ := AgeFromCriteriaInLanguages(tt.items)
		if r.Label() != tt.want || item != tt.item {
			t.Errorf("%q: %q from %q, want %q from %q", tt.items, r.Label(), item, tt.want, tt.item)
		}
	}
}

// TestFindBothSexes finds in running text a language's words for both
// sexes, and not a word that names something else as well.
func TestFindBothSexes(t *testing.T) {
	for text, want := range map[string]string{
		"年齢・性別 0 ~ 19歳 男女両方":                                  "男女両方",
		"L'essai inclut des hommes et femmes de 18 à 65 ans.": "hommes et femmes",
		"Teilnehmen können beide Geschlechter ab 12 Jahren.":  "",
		"Beide Eltern müssen zustimmen.":                      "",
		"2) 男性或女性,年龄 18 至 75 岁(含边界值);":                        "男性或女性",
		"年龄≥18岁且≤75岁,性别不限;":                                   "性别不限",
		"20歳以上、性別不問":                                          "性別不問",
		"男女比は1対1であった。小児の急性リンパ性白血病を対象とした試験":                    "",
	} {
		got, _ := AllLanguages().FindBothSexes(text)
		if got != want {
			t.Errorf("%q: found %q, want %q", text, got, want)
		}
	}
}

// TestExclusionThemesInOtherLanguages sorts a trial's criteria written in
// German into their themes, as the Exclusions view shows them.
func TestExclusionThemesInOtherLanguages(t *testing.T) {
	for language, exclusion := range map[string][]string{
		"de": {"Aktive Infektion", "Schwangerschaft oder Stillzeit", "Einwilligung der Eltern fehlt"},
		"pl": {"Czynne zakażenie", "Ciąża lub karmienie piersią", "Brak zgody rodziców"},
		"cs": {"Aktivní infekce", "Těhotenství nebo kojení", "Chybí souhlas rodičů"},
		"sv": {"Aktiv infektion", "Graviditet eller amning", "Föräldrarnas samtycke saknas"},
		"tr": {"Aktif enfeksiyon", "Gebelik veya emzirme", "Ebeveyn onayı yok"},
		"ru": {"Активная инфекция", "Беременность или грудное вскармливание", "Нет согласия родителей"},
		"uk": {"Активна інфекція", "Вагітність або годування груддю", "Немає згоди батьків"},
		"id": {"Infeksi aktif", "Kehamilan atau menyusui", "Tidak ada persetujuan orang tua"},
		"bg": {"Активна инфекция, която не се контролира", "Бременност или кърмене", "Липсва съгласие на родителите"},
		"sk": {"Aktívna infekcia", "Tehotenstvo alebo dojčenie", "Chýba súhlas rodičov"},
		"hr": {"Aktivna infekcija koja nije pod kontrolom", "Trudnoća ili dojenje", "Nema pristanka roditelja"},
		"ca": {"Infecció activa", "Embaràs o lactància", "Manca del consentiment dels pares"},
		"th": {"การติดเชื้อที่ยังไม่ควบคุม", "ตั้งครรภ์หรือให้นมบุตร", "ไม่มีความยินยอมของผู้ปกครอง"},
		"vi": {"Nhiễm trùng đang hoạt động", "Mang thai hoặc cho con bú", "Không có sự đồng ý của cha mẹ"},
		"hu": {"Aktív fertőzés", "Terhesség vagy szoptatás", "A szülők beleegyezése hiányzik"},
		"fi": {"Aktiivinen infektio", "Raskaus tai imetys", "Vanhempien suostumus puuttuu"},
		"ro": {"Infecție activă", "Sarcină sau alăptare", "Lipsa acordului părinților"},
		"ko": {"활동성 감염이 있는 경우", "임신 또는 수유 중인 여성", "보호자의 동의가 없는 경우"},
		"el": {"Ενεργός λοίμωξη", "Εγκυμοσύνη ή θηλασμός", "Δεν υπάρχει συγκατάθεση των γονέων"},
	} {
		tr := model.Trial{Exclusion: exclusion}
		Resolve(&tr)
		if got := tr.ExclusionThemes; !slices.Equal(got[model.ThemeKey("infection")], []int{1}) || !slices.Equal(got[model.ThemeKey("pregnancy")], []int{2}) || len(got) != 2 {
			t.Errorf("%s: themes %v", language, got)
		}
	}
	// A list too short to hold a mark of its language is read in the
	// language of the trial's title, or else of its first inclusion
	// criterion.
	for language, tr := range map[string]model.Trial{
		"es":           {Title: "Ensayo de blinatumomab en niños con leucemia en recaída", Exclusion: []string{"Infección activa", "Embarazo o lactancia"}},
		"it":           {Title: "Studio di fase 2 nei bambini con leucemia", Exclusion: []string{"Infezione attiva", "Gravidanza o allattamento"}},
		"nl":           {Title: "Studie voor kinderen met een recidief van leukemie", Exclusion: []string{"Actieve infectie", "Zwangerschap of borstvoeding"}},
		"pt":           {Title: "Estudo de fase 2 em crianças com leucemia", Exclusion: []string{"Infecção ativa", "Gravidez ou amamentação"}},
		"zh":           {Title: "贝林妥欧单抗治疗儿童复发急性淋巴细胞白血病的II期研究", Exclusion: []string{"活动性感染", "妊娠或哺乳期"}},
		"es, no title": {Inclusion: []string{"Niños con leucemia en recaída"}, Exclusion: []string{"Infección activa", "Embarazo o lactancia"}},
	} {
		Resolve(&tr)
		if got := tr.ExclusionThemes; !slices.Equal(got[model.ThemeKey("infection")], []int{1}) || !slices.Equal(got[model.ThemeKey("pregnancy")], []int{2}) || len(got) != 2 {
			t.Errorf("%s, from the title: themes %v", language, got)
		}
	}
}
