"""C++ source text: literals, comments, and the library's constructors.

Small helpers shared by the emitters, so that every generated file escapes,
comments and spells a period or a quantity the same way.
"""

# Text written into a // comment may not end in a backslash (it would splice
# the next line) and may not hold "??" (a trigraph in C++11 and C++14).


def comment_text(text):
    shown = text.replace("\\", "\\\\").replace("??", "?\\?")
    return "\u201c" + shown + "\u201d"


def literal(text):
    """A C++ string literal of `text` (str), valid UTF-8 source, no trigraphs."""
    out = ['"']
    previous = ""
    for c in text:
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c == "?" and previous == "?":
            out.append("\\?")
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            out.append("\\%03o" % ord(c))
        else:
            out.append(c)
        previous = c
    out.append('"')
    return "".join(out)


def literal_lines(text, indent, width=96):
    """`text` as adjacent literals of at most about `width` columns, split
    between words (never inside a character)."""
    pieces, current = [], ""
    for word in text.split(" "):
        candidate = word if not current else current + " " + word
        if current and len(indent) + len(candidate) + 3 > width:
            pieces.append(current + " ")
            current = word
        else:
            candidate = candidate if current else word
            current = candidate
    pieces.append(current)
    assert "".join(pieces) == text
    return [indent + literal(p) for p in pieces]


def wrap(text, indent, width=100):
    """`text` as // comment lines."""
    lines, current = [], indent + "//"
    for word in text.replace("??", "?\\?").split():
        if len(current) + 1 + len(word) > width and current != indent + "//":
            lines.append(current)
            current = indent + "//"
        current += " " + word
    lines.append(current.rstrip("\\") if current.endswith("\\") else current)
    return lines


def instant(i):
    if i.grain == "unknown":
        return "core::unknown_instant()"
    if i.grain == "open":
        return "core::open_instant()"
    if i.grain == "day":
        out = "core::on_day(%d, %d, %d)" % (i.year, i.month, i.day)
    elif i.grain == "month":
        out = "core::in_month(%d, %d)" % (i.year, i.month)
    elif i.grain == "quarter":
        out = "core::in_quarter(%d, %d)" % (i.year, (i.month + 2) // 3)
    else:
        out = "core::in_year(%d)" % i.year
    return "core::approximately(%s)" % out if i.approximate else out


def period(p):
    if p.form == "one_of":
        return "core::one_of(%s, %s)" % (instant(p.begin), instant(p.end))
    if p.begin.has_date() and p.begin.same(p.end):
        return "core::during(%s)" % instant(p.begin)
    return "core::between(%s, %s)" % (instant(p.begin), instant(p.end))


def bound(value):
    if value is None:
        return "{0, core::bound_kind::none}"
    return "{%d, core::bound_kind::inclusive}" % value


def namespace_open(ns):
    return " ".join("namespace %s {" % part for part in ns.split("::"))


def namespace_close(ns):
    return "".join("}" for _ in ns.split("::")) + "  // namespace " + ns


def guard(ns, name):
    return "%s_GENERATED_%s_HPP" % (ns.replace("::", "_").upper(),
                                    name.upper().replace(".HPP", "").replace("/", "_"))
