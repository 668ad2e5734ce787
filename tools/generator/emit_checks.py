"""checks.hpp: one static_assert per record and rule, naming both.

The second, independent line of defence: the generator has already refused
bad data, and these prove the tables it wrote obey the rules the lookups rely
on, in every build, C++11 included. A table edited by hand (or a generator
bug) stops the build with "figures: KEY: the rule", on every compiler.
"""
from . import schema
from .texts import texts_of

PROOF_CHUNK = 512


def record_checks(c, table):
    r = table.record
    records = c.sheet.tables[table.name]
    at = "%s_table<>::rows[%%d]" % r
    out = []

    def check(condition, key, rule):
        out.append("static_assert(%s," % condition)
        out.append('              "%s: %s: %s");' % (table.name, key, rule))

    for i, record in enumerate(records):
        k, row = record["key"], at % i
        out.append("// %s" % k)
        check("core::position_of(%s.id) == %d && core::equal(text(%s.key), \"%s\")"
              % (row, i, row, k), k, "its id must name its position and its key must read %s" % k)
        check("core::key_index_search<%s_key_index<>>::find(\"%s\").has_value() && "
              "core::key_index_search<%s_key_index<>>::find(\"%s\").value() == %d"
              % (r, k, r, k, i), k, "the key index must find it at its position")
        if i + 1 < len(records):
            # The check above proves that each row's key reads its literal,
            # so comparing the literals proves the rows' order, with no
            # lookup of either text.
            check("core::compare(\"%s\", \"%s\") < 0" % (k, records[i + 1]["key"]), k,
                  "its key must sort before %s" % records[i + 1]["key"])
        getattr(Rules, table.name)(check, row, k)
    return out


class Rules:
    """Each table's rules, beyond identity and order, as C++ conditions."""

    @staticmethod
    def figures(check, row, k):
        check("core::rules::bounds_hold(%s.amount)" % row, k, "low <= best <= high")
        check("core::is_valid(%s.covers) && core::rules::begins_by(%s.covers, published())"
              % (row, row), k, "covers must be a valid period that begins by publication")
        check("!%s.base.has_value() || (core::is_valid(%s.base.value()) && "
              "core::rules::begins_by(%s.base.value(), published()))" % (row, row, row), k,
              "base must be a valid period that begins by publication")
        check("core::rules::in_range(%s.place, sheet::place_count()) && "
              "core::rules::in_range(%s.originator, sheet::source_count()) && "
              "core::rules::in_range(%s.via, sheet::source_count())" % (row, row, row), k,
              "place, originator and via must name existing records")
        check("core::rules::ends_with_kind(%s.via, source_table<>::rows, "
              "sheet::source_count(), core::source_kind::publisher)" % row, k,
              "via must end with the publisher")
        check("reporting(%s.paragraph)" % row, k, "paragraph must be one of the article's "
              "reporting paragraphs")
        check("core::rules::has_text<text_pool<>>(%s.subject) && "
              "(AFBRIEF_NO_TEXT || core::rules::has_text<text_pool<>>(%s.wording))" % (row, row), k,
              "subject and wording must not be empty")

    @staticmethod
    def events(check, row, k):
        check("core::is_valid(%s.when) && (%s.dated_to == core::precision::after || "
              "core::rules::begins_by(%s.when, published()))" % (row, row, row), k,
              "when must be a valid period that begins by publication, unless upcoming (after)")
        check("core::rules::precision_agrees(%s.dated_to, %s.when)" % (row, row), k,
              "dated_to must describe the shape of when")
        check("core::rules::weekday_agrees(%s.named_weekday, %s.when)" % (row, row), k,
              "named_weekday must be the weekday of when")
        check("core::rules::in_range(%s.actors, sheet::actor_count()) && "
              "core::rules::in_range(%s.place, sheet::place_count()) && "
              "core::rules::in_range(%s.via, sheet::source_count())" % (row, row, row), k,
              "actors, place and via must name existing records")
        check("reporting(%s.paragraph)" % row, k, "paragraph must be one of the article's "
              "reporting paragraphs")
        check("core::rules::has_text<text_pool<>>(%s.phrase) && "
              "(AFBRIEF_NO_TEXT || core::rules::has_text<text_pool<>>(%s.summary))" % (row, row), k,
              "phrase and summary must not be empty")

    @staticmethod
    def statements(check, row, k):
        check("core::is_valid(%s.said) && core::rules::ends_by(%s.said, published())"
              % (row, row), k, "said must be a valid period that ends by publication")
        check("core::rules::weekday_agrees(%s.named_weekday, %s.said)" % (row, row), k,
              "named_weekday must be the weekday of said")
        check("core::rules::in_range(%s.speaker, sheet::actor_count()) && "
              "core::rules::in_range(%s.organisation, sheet::actor_count()) && "
              "core::rules::in_range(%s.repeats, sheet::statement_count()) && "
              "%s.repeats != core::maybe<statement_id>(%s.id) && "
              "core::rules::in_range(%s.via, sheet::source_count())"
              % (row, row, row, row, row, row), k,
              "speaker, organisation, repeats (not itself) and via must name existing records")
        check("reporting(%s.paragraph)" % row, k, "paragraph must be one of the article's "
              "reporting paragraphs")
        check("AFBRIEF_NO_TEXT || core::rules::has_text<text_pool<>>(%s.quote)" % row, k,
              "quote must not be empty")

    @staticmethod
    def actors(check, row, k):
        check("core::rules::in_range(%s.part_of, sheet::actor_count()) && "
              "%s.part_of != core::maybe<actor_id>(%s.id)" % (row, row, row), k,
              "part_of must name another existing actor")
        check("core::rules::has_text<text_pool<>>(%s.name)" % row, k, "name must not be empty")

    @staticmethod
    def sources(check, row, k):
        check("core::rules::in_range(%s.actor, sheet::actor_count())" % row, k,
              "actor must name an existing actor")
        check("core::rules::has_text<text_pool<>>(%s.name)" % row, k, "name must not be empty")

    @staticmethod
    def places(check, row, k):
        check("core::rules::in_range(%s.within, sheet::place_count()) && "
              "%s.within != core::maybe<place_id>(%s.id)" % (row, row, row), k,
              "within must name another existing place")
        check("core::rules::has_text<text_pool<>>(%s.name)" % row, k, "name must not be empty")


def checks_file(c):
    lines = c.open("checks.hpp", [
        "The tables check themselves: one static_assert per record and rule, whose",
        "message names both. tools/generate.py refuses bad data first; these prove",
        "that what it wrote (or what someone edited by hand) obeys every rule the",
        "lookups rely on, in every build, C++11 included."], "sheet.hpp")
    lines += c.data_open()
    lines += [
        "namespace checks {",
        "",
        "constexpr core::text_ref text(core::packed_text t) noexcept {",
        "  return core::unpacked_text(sheet::texts(), t);",
        "}",
        "constexpr core::civil_date published() noexcept { return article_table<>::row.published; }",
        "constexpr bool reporting(uint8_t n) noexcept {",
        "  return core::rules::cites_reporting(article_table<>::paragraphs, sheet::paragraph_count(),",
        "                                      n);",
        "}",
        "",
        "// ---- The text pool: well formed, and the same texts as the plain copy --------",
        "// (Naming the arrays' sizes also lets Clang, from C++17, decode the pool in",
        "// constant expressions: LLVM #76787.)",
        "static_assert(sizeof(text_pool<>::literals) == text_pool<>::first_pair,",
        '              "text pool: one literal per code below first_pair");',
        "static_assert(sizeof(text_pool<>::pairs) % 2 == 0 &&",
        "                  text_pool<>::first_pair + sizeof(text_pool<>::pairs) / 2 <= 256,",
        '              "text pool: pairs come two codes each, and codes fit a byte");',
        "static_assert(core::pairs_are_sound<text_pool<>>(text_pool<>::pairs),",
        '              "text pool: a pair loops, nests too deep or names a code out of range");',
        "static_assert(core::index_matches_pool<text_pool<>>(sheet::texts(), 0, 0),",
        '              "text pool: the index must start at the first text");',
        "PROOF_CHUNKS",
        "static_assert(core::longest_text(sheet::texts()) == text_pool<>::longest_text,",
        '              "text pool: longest_text is not the longest text\'s size");',
        "static_assert(text_pool<>::empty_text == 0,",
        '              "text pool: the empty text must be text 0, what a value-initialised packed_text "',
        '              "(an empty maybe\'s record) names");',
        "#if AFBRIEF_HAS_CONSTEXPR14",
        "// The decoder itself (loops: C++14) in a constant expression.",
        "static_assert(core::packed_size<text_pool<>>(sheet::empty_text()) == 0,",
        '              "text pool: the empty text decodes to nothing");',
        "#endif",
        "",
        "// ---- The article and its paragraphs ---------------------------------------------",
        "static_assert(core::is_valid(published()), \"article: published must be a valid date\");",
        "static_assert(article_table<>::row.paragraph_count == sheet::paragraph_count(),",
        '              "article: paragraph_count must be the number of paragraphs listed");',
    ]
    # The pool proved in pieces of PROOF_CHUNK texts: each piece one constant
    # evaluation, inside every compiler's default budget however large the pool.
    # (The full pool and AFBRIEF_NO_TEXT's share these checks: cover the larger.)
    texts = max(len(set(t for _, _, t in texts_of(c.sheet, no_text)) | {b""})
                for no_text in (False, True))
    at = lines.index("PROOF_CHUNKS")
    lines[at:at + 1] = [
        line for lo in range(0, texts, PROOF_CHUNK) for line in (
            "static_assert(core::index_matches_pool<text_pool<>>(sheet::texts(), %d, %d),"
            % (lo, min(texts, lo + PROOF_CHUNK)),
            '              "text pool: texts %d to %d and the plain copy disagree, or a code is "'
            % (lo, min(texts, lo + PROOF_CHUNK) - 1),
            '              "out of range");')]
    for i, (number, role, note) in enumerate(c.sheet.paragraphs):
        lines.append("static_assert(article_table<>::paragraphs[%d].number == %d, "
                     "\"paragraph %d: numbered in order\");" % (i, number, number))
    for table in schema.KEYED:
        count = len(c.sheet.tables[table.name])
        lines += ["", "// ---- %s %s" % (table.name.capitalize(), "-" * (80 - len(table.name)))]
        if count:
            lines += ["static_assert(sizeof(%s_table<>::rows) / sizeof(%s) == sheet::%s_count(),"
                      % (table.record, table.record, table.record),
                      '              "%s: the sheet counts every row");' % table.name]
        lines += ["static_assert(%s_key_index<>::count == sheet::%s_count() &&" % (table.record,
                                                                                table.record),
                  "                  sizeof(%s_key_index<>::starts) / sizeof(%s_key_index<>::starts[0]) =="
                  % (table.record, table.record),
                  "                      sheet::%s_count() + 1," % table.record,
                  '              "%s: the key index holds every key");' % table.name]
        lines += record_checks(c, table)
    lines += ["", "}  // namespace checks"]
    lines += c.data_close()
    return lines + c.close("checks.hpp")
