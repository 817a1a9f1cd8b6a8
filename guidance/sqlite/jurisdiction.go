package sqlite

import (
	"fmt"

	"github.com/pleaguide/pleaguide/guidance"
)

// Jurisdiction is the library of one pack (one jurisdiction: cn, us, de, tw): its topics,
// glossary and questions, and search over them only. It reads the same store; a topic,
// term or question looked up by ID is found in any pack, since IDs are unique across
// packs and links never cross them.
type Jurisdiction struct {
	s    *Store
	pack string
}

// Jurisdiction returns the library of pack.
func (s *Store) Jurisdiction(pack string) *Jurisdiction { return &Jurisdiction{s: s, pack: pack} }

var _ guidance.Library = (*Jurisdiction)(nil)

// Pack is the pack id this library shows.
func (j *Jurisdiction) Pack() string { return j.pack }

// Packs lists every imported pack, as Store.Packs does: a chooser lists them all.
func (j *Jurisdiction) Packs() ([]guidance.Pack, error) { return j.s.Packs() }

// Topics lists the pack's topics in lang, in library order.
func (j *Jurisdiction) Topics(lang guidance.Lang) ([]guidance.Topic, error) {
	all, err := j.s.Topics(lang)
	return only(all, err, j.pack, func(t guidance.Topic) string { return t.Pack })
}

// Topic returns one topic in lang.
func (j *Jurisdiction) Topic(id string, lang guidance.Lang) (guidance.Topic, error) {
	return j.s.Topic(id, lang)
}

// Terms lists the pack's glossary in lang.
func (j *Jurisdiction) Terms(lang guidance.Lang) ([]guidance.Term, error) {
	all, err := j.s.Terms(lang)
	return only(all, err, j.pack, func(t guidance.Term) string { return t.Pack })
}

// Term returns one glossary term in lang.
func (j *Jurisdiction) Term(id string, lang guidance.Lang) (guidance.Term, error) {
	return j.s.Term(id, lang)
}

// Questions lists the pack's questions for counsel in lang.
func (j *Jurisdiction) Questions(lang guidance.Lang) ([]guidance.Question, error) {
	all, err := j.s.Questions(lang)
	return only(all, err, j.pack, func(q guidance.Question) string { return q.Pack })
}

// Question returns one question in lang.
func (j *Jurisdiction) Question(id string, lang guidance.Lang) (guidance.Question, error) {
	return j.s.Question(id, lang)
}

// Citations resolves source IDs for display in lang.
func (j *Jurisdiction) Citations(ids []string, lang guidance.Lang) ([]guidance.Citation, error) {
	return j.s.Citations(ids, lang)
}

// Search is Store.Search over the pack's items only. The ranking's word weights are those
// of the whole index, so a query ranks the pack's items as it would among all.
func (j *Jurisdiction) Search(query string, lang guidance.Lang, limit int) (guidance.Results, error) {
	return j.s.searchIn(j.pack, query, lang, limit)
}

// ContentLanguages lists the languages of the pack (converted ones included).
func (j *Jurisdiction) ContentLanguages() ([]guidance.Lang, error) { return j.s.packLanguages(j.pack) }

// packLanguages lists the languages of pack, or of every pack when pack is "".
func (s *Store) packLanguages(pack string) ([]guidance.Lang, error) {
	if pack == "" {
		return s.ContentLanguages()
	}
	packs, err := s.Packs()
	if err != nil {
		return nil, err
	}
	for _, p := range packs {
		if p.ID == pack {
			return p.Languages, nil
		}
	}
	return nil, fmt.Errorf("pack %s: %w", pack, guidance.ErrNotFound)
}

func only[T any](all []T, err error, pack string, packOf func(T) string) ([]T, error) {
	if err != nil {
		return nil, err
	}
	var out []T
	for _, x := range all {
		if packOf(x) == pack {
			out = append(out, x)
		}
	}
	return out, nil
}
