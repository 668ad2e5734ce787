"""The fields of a fact sheet's data file, table by table.

One description serves the validator (types, required fields, references),
the C++ emitter (which fields are texts in the pool, which are verbatim and
get a locator) and docs/DATA_FORMAT.md. The shapes are core/records.hpp's;
nothing here is about one article.
"""


class Field:
    """kind: key, text, verbatim, int, bool, date, period, word, ref, refs,
    fields, note, path or paragraph. `of` is the vocabulary (word), the
    referenced table (ref, refs) or the list's capacity (refs: (table, n)).
    `cpp` is the record field it fills, when its name differs. `long` texts
    are compiled out under AFBRIEF_NO_TEXT."""

    def __init__(self, name, kind, doc, required=False, of=None, cpp=None, long=False):
        self.name, self.kind, self.doc, self.required = name, kind, doc, required
        self.of, self.cpp, self.long = of, cpp or name, long


class Table:
    """A table of records: `name` in the data file ([[figures]]), `record` in
    C++ (figure, figure_id, figure_field). `texts` are the record's text fields
    in the order the pool stores them; `verbatim` those that get a locator."""

    def __init__(self, name, record, doc, fields, texts, verbatim=(), keyed=True):
        self.name, self.record, self.doc, self.fields = name, record, doc, fields
        self.texts, self.verbatim, self.keyed = texts, list(verbatim), keyed
        self.by_name = {f.name: f for f in fields}

    def field(self, name):
        return self.by_name.get(name)


NOTE = Field("note", "note", "The reasoning behind the record, or the derivation of what it "
             "derives, in a sentence or a few. Goes into the C++ as a comment, into "
             "docs/DATA.md and into the JSON export.")


def derived(doc_fields):
    return Field("derived", "fields", "The fields whose values the article does not print "
                 "but that were worked out from it (%s); the note says from what." % doc_fields)


ARTICLE = Table("article", "article", "The article itself: one [article] table.", [
    Field("outlet", "text", "The outlet that published it.", required=True),
    Field("subject", "text", "What it is about, in a line.", required=True),
    Field("published", "date", "The publication date, YYYY-MM-DD.", required=True),
    Field("text", "path", "The article's text, one paragraph a line, relative to the data "
          "file. \"Paragraph N\" is line N.", required=True),
    derived("published"),
    NOTE,
], texts=["outlet", "subject"], keyed=False)

PARAGRAPHS = Table("paragraphs", "paragraph", "The paragraphs that are not the article's "
                   "own reporting (every other paragraph is `body`).", [
    Field("number", "int", "The paragraph (line) number.", required=True),
    Field("role", "word", "What the paragraph is.", required=True, of="paragraph_role"),
    NOTE,
], texts=[], keyed=False)

PLACES = Table("places", "place", "Every place the records name.", [
    Field("key", "key", "The record's snake_case key.", required=True),
    Field("name", "text", "Its name.", required=True),
    Field("kind", "word", "What it is.", required=True, of="place_kind"),
    Field("within", "ref", "The place it lies in.", of="places"),
    NOTE,
], texts=["key", "name"])

ACTORS = Table("actors", "actor", "Everyone the article says acted, spoke or reported.", [
    Field("key", "key", "The record's snake_case key.", required=True),
    Field("name", "text", "The name the article uses, or the plain name of a country it "
          "names by adjective.", required=True),
    Field("kind", "word", "What the actor is.", required=True, of="actor_kind"),
    Field("role", "text", "The role the article gives, in its words (checked to appear in "
          "the article). Left out where it gives none."),
    Field("part_of", "ref", "The actor this one belongs to.", of="actors"),
    NOTE,
], texts=["key", "name", "role"])

SOURCES = Table("sources", "source", "The links in the chains of reporting.", [
    Field("key", "key", "The record's snake_case key.", required=True),
    Field("name", "text", "A short credit line.", required=True),
    Field("actor", "ref", "The actor behind the source.", required=True, of="actors"),
    Field("kind", "word", "What kind of link it is; the chain of every figure ends with a "
          "`publisher`.", required=True, of="source_kind"),
    NOTE,
], texts=["key", "name"])

FIGURES = Table("figures", "figure", "Every number the article reports.", [
    Field("key", "key", "The record's snake_case key.", required=True),
    Field("best", "int", "The number printed (18.4 million is 18400000): the generator "
          "checks that the wording prints it, and hedges it with the qualifier's words.",
          required=True, cpp="amount"),
    Field("qualifier", "word", "How sure the article is: at_most (\"up to\"), at_least "
          "(\"at least\"), more_than (\"more than\"), approximate (\"around\"), estimate "
          "(\"estimated\"); left out for a bare number (exact). at_most sets an inclusive "
          "high bound at best; at_least and more_than an inclusive low bound at best.",
          of="qualifier", cpp="amount"),
    Field("low", "int", "An inclusive low bound, only where the words give one beyond the "
          "qualifier's.", cpp="amount"),
    Field("high", "int", "An inclusive high bound, likewise.", cpp="amount"),
    Field("unit", "word", "What the number is in.", required=True, of="unit", cpp="amount"),
    Field("measure", "word", "What is counted.", required=True, of="measure", cpp="counts"),
    Field("subject", "text", "Of whom.", required=True),
    Field("covers", "period", "The period the figure covers (EDTF).", required=True),
    Field("period_phrase", "verbatim", "The article's words for that period, verbatim. Left "
          "out where it gives none."),
    Field("base", "period", "A change figure's comparison period (EDTF)."),
    Field("base_phrase", "verbatim", "The article's words for the base, verbatim; given "
          "exactly when `base` is."),
    Field("place", "ref", "Where.", of="places"),
    Field("originator", "ref", "Who first put the number out; left out where the article "
          "names nobody.", of="sources"),
    Field("via", "refs", "Who passed it on, in order, ending with the publisher.",
          required=True, of=("sources", 3)),
    Field("paragraph", "paragraph", "The paragraph it is printed in.", required=True),
    Field("wording", "verbatim", "The words that carry the number, verbatim.", required=True,
          long=True),
    derived("subject, covers, base, place, ..."),
    NOTE,
], texts=["key", "subject", "period_phrase", "base_phrase", "wording"],
    verbatim=["wording", "period_phrase", "base_phrase"])

EVENTS = Table("events", "event", "Every dated or datable happening.", [
    Field("key", "key", "The record's snake_case key.", required=True),
    Field("kind", "word", "What happened.", required=True, of="event_kind"),
    Field("when", "period", "When (EDTF).", required=True),
    Field("precision", "word", "How precisely the article dates it; must agree with the "
          "shape of `when`.", required=True, of="precision", cpp="dated_to"),
    Field("phrase", "verbatim", "The article's own time phrase, verbatim.", required=True),
    Field("named_weekday", "word", "The weekday the phrase names, checked against the date.",
          of="weekday"),
    Field("actors", "refs", "Who took part.", of=("actors", 4)),
    Field("place", "ref", "Where.", of="places"),
    Field("summary", "text", "What happened, in our words.", required=True, long=True),
    Field("via", "ref", "The source the article credits, where it credits one.", of="sources"),
    Field("paragraph", "paragraph", "The paragraph it is reported in.", required=True),
    derived("when, place, ..."),
    NOTE,
], texts=["key", "phrase", "summary"], verbatim=["phrase"])

STATEMENTS = Table("statements", "statement", "Every quotation, and every piece of reported "
                   "speech.", [
    Field("key", "key", "The record's snake_case key.", required=True),
    Field("speaker", "ref", "Who said it.", required=True, of="actors"),
    Field("role", "text", "The speaker's role as the article gives it (checked to appear in "
          "the article)."),
    Field("organisation", "ref", "The speaker's organisation.", of="actors"),
    Field("said", "period", "When it was said (EDTF): a day, or one day of a set when the "
          "article does not give it; by publication.", required=True),
    Field("named_weekday", "word", "The weekday the article names for it.", of="weekday"),
    Field("channel", "word", "How it reached the public; left out where the article does "
          "not say.", of="channel", cpp="said_through"),
    Field("quote", "verbatim", "The words as printed: between the quotation marks, or, for "
          "reported speech, without them.", required=True, long=True),
    Field("indirect", "bool", "Reported speech: the article prints the words without "
          "quotation marks."),
    Field("repeats", "ref", "The statement whose words these repeat.", of="statements"),
    Field("via", "ref", "Who passed it on, where the article says.", of="sources"),
    Field("paragraph", "paragraph", "The paragraph it is printed in.", required=True),
    derived("said, channel, ..."),
    NOTE,
], texts=["key", "role", "quote"], verbatim=["quote"])

# The order of the pool's texts and of the generated files.
KEYED = [FIGURES, EVENTS, STATEMENTS, ACTORS, SOURCES, PLACES]
ALL = [ARTICLE, PARAGRAPHS, PLACES, ACTORS, SOURCES, FIGURES, EVENTS, STATEMENTS]
BY_NAME = {t.name: t for t in ALL}
