package sqlite

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/pleaguide/pleaguide/assets"
	"github.com/pleaguide/pleaguide/guidance"
)

func realStore(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(filepath.Join(tb.TempDir(), FileName))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	if _, err := s.SyncContent(assets.Content()); err != nil {
		tb.Fatal(err)
	}
	return s
}

// TestSearchRealContent checks ranking on the shipped China pack: short Chinese queries
// that trigram search cannot answer, and whole questions as people type them.
func TestSearchRealContent(t *testing.T) {
	s := realStore(t)
	tests := []struct {
		query string
		lang  guidance.Lang
		top   []string // the first hit must be one of these
	}{
		{"签了具结书还能反悔吗", "zh-Hans", []string{"withdrawing-a-plea"}},
		{"can he take back the plea after signing", "en", []string{"withdrawing-a-plea", "changing-your-mind-before-trial"}},
		{"具结书", "zh-Hans", []string{"plea-statement-doc", "plea-statement"}},
		{"上诉", "zh-Hans", []string{"appeal", "appeal-after-plea", "q-appeal-last-day", "second-instance-procedure"}},
		{"值班律师", "zh-Hans", []string{"duty-lawyer", "duty-lawyer-and-legal-aid"}},
		{"签字的时候谁必须在场", "zh-Hans", []string{"plea-statement", "q-signing-who-present"}},
		{"duty lawyer", "en", []string{"duty-lawyer", "duty-lawyer-and-legal-aid"}},
		{"is legal aid free", "en", []string{"duty-lawyer-and-legal-aid", "legal-aid"}},
		{"appeal", "en", []string{"appeal", "appeal-after-plea", "second-instance-procedure"}},
		{"withdrawing", "en", []string{"withdrawing-a-plea", "withdrawal", "changing-your-mind-before-trial"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res, err := s.Search(tt.query, tt.lang, 5)
			hits := res.Hits
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) == 0 {
				t.Fatal("no hits")
			}
			ok := false
			for _, id := range tt.top {
				ok = ok || hits[0].ID == id
			}
			if !ok {
				t.Errorf("first hit %s (%s), want one of %v", hits[0].ID, hits[0].Title, tt.top)
			}
			for i := 1; i < len(hits); i++ {
				if hits[i].Score > hits[i-1].Score {
					t.Errorf("hits not sorted by score: %v", hits)
				}
			}
			if hits[0].Snippet == "" {
				t.Error("empty snippet")
			}
		})
	}
}

func TestSearchSingleCharacterAndLanguages(t *testing.T) {
	s := realStore(t)
	res, err := s.Search("罪", "zh-Hans", 50)
	hits := res.Hits
	if err != nil || len(hits) < 3 {
		t.Fatalf("one-character query: %d hits, %v", len(hits), err)
	}
	for _, h := range hits {
		if !strings.Contains(h.Title+h.Snippet, "罪") {
			t.Errorf("hit %s has no 罪 in title or snippet", h.ID)
		}
	}
	en, _ := s.Search("plea", "en", 50)
	for _, h := range en.Hits {
		if strings.ContainsAny(h.Title, "认罪具结") {
			t.Errorf("English search returned Chinese item %s", h.ID)
		}
	}
	// English readers can type the Chinese word they heard
	if res, _ := s.Search("具结书", "en", 3); len(res.Hits) == 0 || (res.Hits[0].ID != "plea-statement-doc" && res.Hits[0].ID != "plea-statement") {
		t.Errorf("Chinese word in English search: %v", res.Hits)
	}
}

// queries is a fixed mix of Chinese and English queries for benchmarks.
var queries = []struct {
	q    string
	lang guidance.Lang
}{
	{"签了具结书还能反悔吗", "zh-Hans"}, {"罪", "zh-Hans"}, {"上诉", "zh-Hans"}, {"值班律师", "zh-Hans"},
	{"具结书", "zh-Hans"}, {"法律援助怎么申请", "zh-Hans"}, {"量刑建议能不能改", "zh-Hans"}, {"谁必须在场", "zh-Hans"},
	{"can he take back the plea after signing", "en"}, {"duty lawyer", "en"}, {"appeal", "en"},
	{"is legal aid free", "en"}, {"sentencing recommendation", "en"}, {"who must be present", "en"},
	{"probation", "en"}, {"withdraw", "en"},
}

// BenchmarkSearch reports p50 and p95 latency per query, for the FTS5 search and for a
// naive LIKE scan over the same rows.
func BenchmarkSearch(b *testing.B) {
	s := realStore(b)
	like := func(q string, lang guidance.Lang) (int, error) {
		rows, err := s.db.Query(`SELECT id, kind, title, snippet FROM docs
			WHERE lang = ? AND (title LIKE ? OR snippet LIKE ?) LIMIT 20`, lang, "%"+q+"%", "%"+q+"%")
		if err != nil {
			return 0, err
		}
		defer rows.Close()
		n := 0
		for rows.Next() {
			n++
		}
		return n, rows.Err()
	}
	run := func(b *testing.B, search func(q string, lang guidance.Lang) error) {
		var lat []time.Duration
		for b.Loop() {
			for _, q := range queries {
				start := time.Now()
				if err := search(q.q, q.lang); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
		}
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
		b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds()), "p95-µs")
		b.ReportMetric(0, "ns/op")
	}
	b.Run("fts5", func(b *testing.B) {
		run(b, func(q string, lang guidance.Lang) error { _, err := s.Search(q, lang, 20); return err })
	})
	b.Run("like", func(b *testing.B) {
		run(b, func(q string, lang guidance.Lang) error { _, err := like(q, lang); return err })
	})
}

// BenchmarkImport measures importing the whole shipped content (parse and check, then
// write a new content database).
func BenchmarkImport(b *testing.B) {
	s := openTemp(b)
	for b.Loop() {
		s.contentHash = "" // as if content.db were missing
		res, err := s.SyncContent(assets.Content())
		if err != nil || !res.Imported {
			b.Fatalf("import: %v %+v", err, res)
		}
	}
}
