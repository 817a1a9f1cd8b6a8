package sqlite

import (
	"slices"

	"github.com/pleaguide/pleaguide/guidance"
)

// ConvertCompare gives the comparison table's citations of packs that got a language by
// conversion at import (guidance/hant: the mainland and US packs' 繁體中文) that
// language's wording as content.db holds it: 《中華人民共和國刑事訴訟法》第174條第1項, as
// the library shows it, instead of the Simplified name the table falls back to (the
// table is read from the packs' own files, which have no zh-Hant names). The converter
// runs when content.db is built, never here. Citations of other packs, and sources
// content.db does not hold, are left as they are.
func (s *Store) ConvertCompare(t *guidance.Comparison) error {
	if t == nil {
		return nil
	}
	packs, err := s.Packs()
	if err != nil {
		return err
	}
	converted := map[string][]guidance.Lang{}
	for _, p := range packs {
		converted[p.ID] = p.Converted
	}
	var refs []guidance.SourceRef
	for _, r := range t.Rows {
		refs = append(refs, r.ForYou.Sources...)
		for _, c := range r.Cells {
			refs = append(refs, c.Sources...)
		}
	}
	byLang := map[guidance.Lang][]string{}
	for _, ref := range refs {
		for _, lang := range converted[ref.Pack] {
			if !slices.Contains(byLang[lang], ref.ID) {
				byLang[lang] = append(byLang[lang], ref.ID)
			}
		}
	}
	for lang, ids := range byLang {
		cites, err := s.Citations(ids, lang)
		if err != nil {
			return err
		}
		found := make(map[string]guidance.Citation, len(cites))
		for _, c := range cites {
			found[c.SourceID] = c
		}
		for _, ref := range refs {
			if c, ok := found[ref.ID]; ok && slices.Contains(converted[ref.Pack], lang) {
				ref.Cite[lang] = c // Cite is a map: this changes the table's reference
			}
		}
	}
	return nil
}
