package guidance

// Comparison is the Compare screen's table: the questions a defendant has (rows), each
// answered for every jurisdiction (columns) in every UI language, with a note for a
// mainland reader beside each row. It is content (assets/content/compare/), read and
// checked by package content; every reference in it is resolved.
type Comparison struct {
	Jurisdictions []Jurisdiction
	Rows          []CompareRow
}

// Jurisdiction is one column: a pack ID (cn, us, de, tw) and its short name.
type Jurisdiction struct {
	ID   string
	Name map[Lang]string
}

// CompareRow is one question and its answer in each jurisdiction.
type CompareRow struct {
	ID       string
	Question map[Lang]string
	Cells    map[string]CompareCell // by jurisdiction ID
	ForYou   CompareNote            // what this means for a reader in mainland China
}

// CompareCell is one jurisdiction's answer to a row: one or two plain sentences, the
// provision that says so, and optionally the topic that explains it.
type CompareCell struct {
	Text    map[Lang]string
	Sources []SourceRef // at least one
	Topic   string      // a topic ID in the jurisdiction's pack, or ""
}

// CompareNote is a row's "what this means for you": text and the provisions it rests on.
type CompareNote struct {
	Text    map[Lang]string
	Sources []SourceRef
}

// SourceRef is a provision of one pack's sources, resolved for display in every UI
// language.
type SourceRef struct {
	Pack string
	ID   string
	Cite map[Lang]Citation
}

// JurisdictionIDs lists the columns' IDs in table order.
func (c *Comparison) JurisdictionIDs() []string {
	ids := make([]string, len(c.Jurisdictions))
	for i, j := range c.Jurisdictions {
		ids[i] = j.ID
	}
	return ids
}

// CiteIn picks the name and wording of a provision for a UI language from the languages
// its instrument is written in: the language itself, then the other Chinese script for
// Chinese, then English.
func CiteIn(s Source, in Instrument, lang Lang) Citation {
	for _, l := range citeOrder(lang) {
		if in.Name[l] != "" {
			return Cite(s, in, l)
		}
	}
	return Cite(s, in, LangEn)
}

func citeOrder(lang Lang) []Lang {
	switch lang {
	case LangZhHant:
		return []Lang{LangZhHant, LangZhHans, LangEn}
	case LangZhHans:
		return []Lang{LangZhHans, LangZhHant, LangEn}
	default:
		return []Lang{lang, LangEn}
	}
}
