package ingest

import (
	"bytes"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"slices"
	"strings"
	"testing"
	"time"
)

// largeSize is the size of the generated documents: just under the 20 MiB
// cap, as large as an accepted file gets.
const largeSize = 19 << 20

// repeatTo returns head, then body repeated with sep between copies while
// the total stays under size, then tail.
func repeatTo(size int, head, body, sep, tail string) []byte {
	var b bytes.Buffer
	b.Grow(size)
	b.WriteString(head)
	for n := 0; b.Len()+len(sep)+len(body)+len(tail) < size; n++ {
		if n > 0 {
			b.WriteString(sep)
		}
		b.WriteString(body)
	}
	b.WriteString(tail)
	return b.Bytes()
}

func readFormat(b *testing.B, name string) string {
	b.Helper()
	data, err := os.ReadFile(filepath.Join(formatsDir, name))
	if err != nil {
		b.Skipf("no reference record %s: %v", name, err)
	}
	return string(data)
}

// largeDocuments returns builders of 19 MiB documents of each layout, made
// from the reference records and seeds.
func largeDocuments(b *testing.B) map[string]func() []byte {
	b.Helper()
	csvText := readFormat(b, "ctgov-csv/mrd-article-search_ctg-studies.csv")
	csvHeader, csvRows, _ := strings.Cut(csvText, "\n")
	shortRows := func() []byte {
		var b bytes.Buffer
		b.WriteString("NCT Number,Study Title,Phases,Study Status\n")
		for i := 0; b.Len() < largeSize-100; i++ {
			fmt.Fprintf(&b, "NCT%08d,A study of drug %d in children with leukemia,PHASE2,RECRUITING\n", i, i)
		}
		return b.Bytes()
	}
	study := strings.TrimSpace(readFormat(b, "ctgov-v2/NCT02210780.json"))
	xmlText := readFormat(b, "ctgov-xml/NCT02465060.xml")
	locStart, locEnd := strings.Index(xmlText, "<location>"), strings.Index(xmlText, "</location>")
	end := strings.LastIndex(xmlText, "</clinical_study>")
	seed, err := os.ReadFile(filepath.Join(seedDir, "003_122420f88e2d3046.txt"))
	if err != nil {
		b.Fatal(err)
	}
	var page strings.Builder
	for _, line := range strings.Split(string(seed), "\n") {
		page.WriteString("<p>" + line + "</p>\n")
	}
	fullRows := func() []byte {
		var b bytes.Buffer
		b.WriteString("NCT Number,Study Title,Study Status,Brief Summary,Conditions,Interventions,Sponsor,Sex,Age,Phases,Enrollment,Locations\n")
		summary := strings.Repeat("Anti-CD19 CAR-T cells after lymphodepletion with fludarabine and cyclophosphamide. ", 6)
		for i := range 20_000 { // MaxTrials, the most one document may hold
			fmt.Fprintf(&b, "NCT%08d,\"CD19 CAR-T study %d in children, adolescents and young adults with relapsed B-ALL\",RECRUITING,\"%s\","+
				"B-ALL|Lymphoma,BIOLOGICAL: CD19 CAR-T|DRUG: Fludarabine,Children's Hospital,ALL,CHILD|ADULT,PHASE1|PHASE2,40,"+
				"\"Children's Hospital, Philadelphia, Pennsylvania, 19104, United States|Hospital, Paris, France\"\n", i, i, summary)
		}
		return b.Bytes()
	}
	return map[string]func() []byte{
		"csv-20k-full-rows": fullRows,
		"seed-000-repeated": func() []byte { return repeatTo(largeSize, "", seedText(b, "000_e47c295b1fad227c.txt"), "\n", "") },
		"seed-004-repeated": func() []byte { return repeatTo(largeSize, "", seedText(b, "004_1517137e1f039c7a.txt"), "\n", "") },
		"generic-words":     func() []byte { return repeatTo(largeSize, "NCT01234567 Phase 2\n", "a ", "", "") },
		"generic-notes": func() []byte {
			return repeatTo(largeSize, "Tumor board notes\n", "NCT01234567 looks like a Phase 2 trial; ages 1 to 21 years. Status: Recruiting\n", "", "")
		},
		"csv-6k-rows":   func() []byte { return repeatTo(largeSize, csvHeader+"\n", strings.TrimSpace(csvRows), "\n", "\n") },
		"csv-249k-rows": shortRows,
		"api-search-page": func() []byte {
			return repeatTo(largeSize, `{"studies": [`, study, ",\n", `], "nextPageToken": "x"}`)
		},
		"api-array": func() []byte { return repeatTo(largeSize, "[", study, ",\n", "]") },
		"xml-locations": func() []byte {
			return repeatTo(largeSize, xmlText[:locStart], xmlText[locStart:locEnd+len("</location>")], "\n", xmlText[end:])
		},
		"record-viewer": func() []byte {
			return repeatTo(largeSize, "Raw JSON\n\n{'protocolSection': {'identificationModule': {'nctId': 'NCT01234567'}}, 'derivedSection': [",
				"{'id': 'D015470', 'term': 'Leukemia, Myeloid, Acute', 'n': [1, 2.5, None, True]}", ", ", "]}")
		},
		"record-viewer-numbers": func() []byte {
			return repeatTo(largeSize, "Raw JSON\n\n{'protocolSection': {'identificationModule': {'nctId': 'NCT01234567'}}, 'n': [", "0", ",", "]}")
		},
		"html-tags": func() []byte {
			return repeatTo(largeSize, "<html><body><p>NCT01234567 Phase 2</p>\n", "<span>a</span>", "", "</body></html>\n")
		},
		"html-page": func() []byte {
			return repeatTo(largeSize, "<!DOCTYPE html><html><body>\n", page.String(), "\n", "</body></html>\n")
		},
		"trial-finder-txt": func() []byte { return repeatTo(largeSize, "", string(seed), "\n", "") },
	}
}

func seedText(b *testing.B, name string) string {
	b.Helper()
	data, err := os.ReadFile(filepath.Join(seedDir, name))
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// heapSampler records the largest heap (live and not yet collected objects)
// seen while it runs.
type heapSampler struct {
	stop chan struct{}
	done chan uint64
}

func startHeapSampler() *heapSampler {
	s := &heapSampler{stop: make(chan struct{}), done: make(chan uint64)}
	go func() {
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		var peak uint64
		tick := time.NewTicker(200 * time.Microsecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-s.stop:
				s.done <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return s
}

func (s *heapSampler) peak() uint64 {
	close(s.stop)
	return <-s.done
}

// BenchmarkReadLarge reads 19 MiB documents of every layout from disk and
// reports the peak heap in MB (the documents themselves included). Peak
// memory must stay under 500 MB for any accepted input; run one case under
// /usr/bin/time -v to see the process's maximum resident size.
func BenchmarkReadLarge(b *testing.B) {
	docs := largeDocuments(b)
	for _, name := range slices.Sorted(maps.Keys(docs)) {
		build := docs[name]
		path := filepath.Join(b.TempDir(), name)
		if err := os.WriteFile(path, build(), 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			runtime.GC()
			sampler := startHeapSampler()
			var trials int
			var err error
			for b.Loop() {
				res := ReadFile(path)
				trials, err = len(res.Trials), res.Err
			}
			b.ReportMetric(float64(sampler.peak())/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(trials), "trials")
			if err != nil {
				b.Logf("%v", truncateMessage(err.Error()))
			}
		})
	}
}

func truncateMessage(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}
