package sqlite

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/pleaguide/pleaguide/guidance"
)

var _ guidance.Library = (*Store)(nil)

func unmarshal(s string, v any) error {
	if err := json.Unmarshal([]byte(s), v); err != nil {
		return fmt.Errorf("decode stored value: %w", err)
	}
	return nil
}

func date(s string) time.Time {
	t, _ := time.Parse(dateLayout, s)
	return t
}

// Packs lists the imported packs with their categories (without topics, terms or questions).
func (s *Store) Packs() ([]guidance.Pack, error) {
	rows, err := s.db.Query("SELECT id, languages, names, converted, cited_as FROM packs ORDER BY id")
	if err != nil {
		return nil, fmt.Errorf("list packs: %w", err)
	}
	defer rows.Close()
	var packs []guidance.Pack
	for rows.Next() {
		var p guidance.Pack
		var langs, names, converted, citedAs string
		if err := rows.Scan(&p.ID, &langs, &names, &converted, &citedAs); err != nil {
			return nil, fmt.Errorf("list packs: %w", err)
		}
		if err := unmarshal(citedAs, &p.CitedAs); err != nil {
			return nil, err
		}
		if err := unmarshal(converted, &p.Converted); err != nil {
			return nil, err
		}
		if len(p.Converted) == 0 {
			p.Converted = nil
		}
		if err := unmarshal(langs, &p.Languages); err != nil {
			return nil, err
		}
		if err := unmarshal(names, &p.Name); err != nil {
			return nil, err
		}
		packs = append(packs, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list packs: %w", err)
	}
	for i := range packs {
		if packs[i].Categories, err = s.categories(packs[i].ID); err != nil {
			return nil, err
		}
	}
	return packs, nil
}

func (s *Store) categories(pack string) ([]guidance.Category, error) {
	rows, err := s.db.Query("SELECT id, ord, names FROM categories WHERE pack = ? ORDER BY ord, id", pack)
	if err != nil {
		return nil, fmt.Errorf("list categories: %w", err)
	}
	defer rows.Close()
	var cats []guidance.Category
	for rows.Next() {
		var c guidance.Category
		var names string
		if err := rows.Scan(&c.ID, &c.Order, &names); err != nil {
			return nil, fmt.Errorf("list categories: %w", err)
		}
		if err := unmarshal(names, &c.Name); err != nil {
			return nil, err
		}
		cats = append(cats, c)
	}
	return cats, rows.Err()
}

// ContentLanguages lists every language any pack is written in.
func (s *Store) ContentLanguages() ([]guidance.Lang, error) {
	packs, err := s.Packs()
	if err != nil {
		return nil, err
	}
	seen := map[guidance.Lang]bool{}
	var langs []guidance.Lang
	for _, p := range packs {
		for _, l := range p.Languages {
			if !seen[l] {
				seen[l] = true
				langs = append(langs, l)
			}
		}
	}
	return langs, nil
}

const topicCols = "t.id, t.lang, t.pack, t.category, t.ord, t.title, t.summary, t.body, t.checked, t.sources, t.checklist"

func scanTopic(sc interface{ Scan(...any) error }) (guidance.Topic, error) {
	var t guidance.Topic
	var checked, sources string
	if err := sc.Scan(&t.ID, &t.Lang, &t.Pack, &t.Category, &t.Order, &t.Title, &t.Summary, &t.Body, &checked, &sources, &t.Checklist); err != nil {
		return t, err
	}
	t.Checked = date(checked)
	return t, unmarshal(sources, &t.Sources)
}

// Topics lists the topics in lang, in library order: by category, then by their order.
func (s *Store) Topics(lang guidance.Lang) ([]guidance.Topic, error) {
	rows, err := s.db.Query(`SELECT `+topicCols+` FROM topics t
		LEFT JOIN categories c ON c.pack = t.pack AND c.id = t.category
		WHERE t.lang = ? ORDER BY t.pack, c.ord, t.ord, t.id`, lang)
	if err != nil {
		return nil, fmt.Errorf("list topics: %w", err)
	}
	defer rows.Close()
	var topics []guidance.Topic
	for rows.Next() {
		t, err := scanTopic(rows)
		if err != nil {
			return nil, fmt.Errorf("list topics: %w", err)
		}
		topics = append(topics, t)
	}
	return topics, rows.Err()
}

// CheckedRange is the oldest and the newest day any topic, in any language, was last
// checked against the official texts (About shows it); zero times when no topic has a
// date (stored as 0001-01-01). One query at start, rather than reading every topic's
// text to find two dates.
func (s *Store) CheckedRange() (from, to time.Time, err error) {
	var lo, hi sql.NullString
	err = s.db.QueryRow("SELECT min(checked), max(checked) FROM topics WHERE checked > '0001-01-01'").Scan(&lo, &hi)
	if err != nil {
		return from, to, fmt.Errorf("read the checked dates: %w", err)
	}
	return date(lo.String), date(hi.String), nil
}

// Topic returns one topic in lang, or an error wrapping guidance.ErrNotFound.
func (s *Store) Topic(id string, lang guidance.Lang) (guidance.Topic, error) {
	t, err := scanTopic(s.db.QueryRow("SELECT "+topicCols+" FROM topics t WHERE t.id = ? AND t.lang = ?", id, lang))
	if errors.Is(err, sql.ErrNoRows) {
		return t, fmt.Errorf("topic %s (%s): %w", id, lang, guidance.ErrNotFound)
	}
	if err != nil {
		return t, fmt.Errorf("read topic %s: %w", id, err)
	}
	return t, nil
}

const termCols = "id, lang, pack, term, also, definition, topic"

func scanTerm(sc interface{ Scan(...any) error }) (guidance.Term, error) {
	var t guidance.Term
	var also string
	if err := sc.Scan(&t.ID, &t.Lang, &t.Pack, &t.Term, &also, &t.Definition, &t.Topic); err != nil {
		return t, err
	}
	return t, unmarshal(also, &t.Also)
}

// Terms lists the glossary in lang, sorted the way readers of lang expect.
func (s *Store) Terms(lang guidance.Lang) ([]guidance.Term, error) {
	rows, err := s.db.Query("SELECT "+termCols+" FROM terms WHERE lang = ?", lang)
	if err != nil {
		return nil, fmt.Errorf("list terms: %w", err)
	}
	defer rows.Close()
	var terms []guidance.Term
	for rows.Next() {
		t, err := scanTerm(rows)
		if err != nil {
			return nil, fmt.Errorf("list terms: %w", err)
		}
		terms = append(terms, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list terms: %w", err)
	}
	guidance.SortTerms(terms, lang)
	return terms, nil
}

// Term returns one glossary term in lang, or an error wrapping guidance.ErrNotFound.
func (s *Store) Term(id string, lang guidance.Lang) (guidance.Term, error) {
	t, err := scanTerm(s.db.QueryRow("SELECT "+termCols+" FROM terms WHERE id = ? AND lang = ?", id, lang))
	if errors.Is(err, sql.ErrNoRows) {
		return t, fmt.Errorf("term %s (%s): %w", id, lang, guidance.ErrNotFound)
	}
	if err != nil {
		return t, fmt.Errorf("read term %s: %w", id, err)
	}
	return t, nil
}

const questionCols = "id, lang, pack, text, why, topic, stages, situations"

func scanQuestion(sc interface{ Scan(...any) error }) (guidance.Question, error) {
	var q guidance.Question
	var stages, situations string
	if err := sc.Scan(&q.ID, &q.Lang, &q.Pack, &q.Text, &q.Why, &q.Topic, &stages, &situations); err != nil {
		return q, err
	}
	if err := unmarshal(stages, &q.Stages); err != nil {
		return q, err
	}
	return q, unmarshal(situations, &q.Situations)
}

// Questions lists the questions for counsel in lang.
func (s *Store) Questions(lang guidance.Lang) ([]guidance.Question, error) {
	rows, err := s.db.Query("SELECT "+questionCols+" FROM questions WHERE lang = ? ORDER BY rowid", lang)
	if err != nil {
		return nil, fmt.Errorf("list questions: %w", err)
	}
	defer rows.Close()
	var qs []guidance.Question
	for rows.Next() {
		q, err := scanQuestion(rows)
		if err != nil {
			return nil, fmt.Errorf("list questions: %w", err)
		}
		qs = append(qs, q)
	}
	return qs, rows.Err()
}

// Question returns one question in lang, or an error wrapping guidance.ErrNotFound.
func (s *Store) Question(id string, lang guidance.Lang) (guidance.Question, error) {
	q, err := scanQuestion(s.db.QueryRow("SELECT "+questionCols+" FROM questions WHERE id = ? AND lang = ?", id, lang))
	if errors.Is(err, sql.ErrNoRows) {
		return q, fmt.Errorf("question %s (%s): %w", id, lang, guidance.ErrNotFound)
	}
	if err != nil {
		return q, fmt.Errorf("read question %s: %w", id, err)
	}
	return q, nil
}

// Citations resolves source IDs for display in lang, keeping their order; unknown IDs are
// skipped. The sources are read in one query (a topic cites dozens).
func (s *Store) Citations(ids []string, lang guidance.Lang) ([]guidance.Citation, error) {
	found := make(map[string]guidance.Citation, len(ids))
	for from := 0; from < len(ids); from += maxParams {
		if err := s.readCitations(ids[from:min(len(ids), from+maxParams)], lang, found); err != nil {
			return nil, err
		}
	}
	var out []guidance.Citation
	for _, id := range ids {
		if c, ok := found[id]; ok {
			out = append(out, c)
		}
	}
	return out, nil
}

// maxParams bounds the IDs bound to one query, well below SQLite's limit on parameters.
const maxParams = 500

// readCitations adds the citations of the sources ids that exist to found.
func (s *Store) readCitations(ids []string, lang guidance.Lang, found map[string]guidance.Citation) error {
	if len(ids) == 0 {
		return nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.db.Query(`SELECT s.id, s.pack, s.instrument, s.article, s.para, s.labels, s.checked, i.names, i.version, i.url, i.provision, p.cited_as
		FROM sources s JOIN instruments i ON i.pack = s.pack AND i.id = s.instrument JOIN packs p ON p.id = s.pack
		WHERE s.id IN (?`+strings.Repeat(", ?", len(ids)-1)+`)`, args...)
	if err != nil {
		return fmt.Errorf("read sources: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var src guidance.Source
		var in guidance.Instrument
		var pack, labels, checked, names, version, citedAs string
		var as guidance.CitedAs
		if err := rows.Scan(&src.ID, &pack, &src.Instrument, &src.Article, &src.Para, &labels, &checked, &names, &version, &in.URL, &in.Provision, &citedAs); err != nil {
			return fmt.Errorf("read sources: %w", err)
		}
		if err := unmarshal(citedAs, &as); err != nil {
			return err
		}
		if err := unmarshal(labels, &src.Label); err != nil {
			return err
		}
		if err := unmarshal(names, &in.Name); err != nil {
			return err
		}
		src.Checked, in.ID, in.Version = date(checked), src.Instrument, date(version)
		c := guidance.Cite(src, in, lang)
		c.Pack, c.Place = pack, as.Place(c.Text, lang)
		found[src.ID] = c
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read sources: %w", err)
	}
	return nil
}
