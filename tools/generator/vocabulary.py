"""The closed vocabularies a data file's words are checked against.

They are read from the core's own headers (the X-macro lists of
core/vocabulary.hpp and core/quantity.hpp, and the weekday enum of
core/date.hpp), so the C++ enums stay their one source of truth: a word the
generator accepts is exactly an enumerator the tables can name.
"""
import os
import re

LIST_RE = re.compile(r"#define\s+(AFBRIEF_\w+)\(X, arg\)((?:[^\n]*\\\n)*[^\n]*)")
WORD_RE = re.compile(r"X\(arg,\s*(\w+)")
USE_RE = re.compile(r"AFBRIEF_VOCABULARY\((\w+),\s*(AFBRIEF_\w+)\)")
WEEKDAY_RE = re.compile(r"enum class weekday : uint8_t \{([^}]*)\}")


def read(core_dir):
    """{vocabulary name: [words in enumerator order]}."""
    lists, uses, weekdays = {}, {}, None
    for name in sorted(os.listdir(core_dir)):
        if not name.endswith(".hpp"):
            continue
        with open(os.path.join(core_dir, name), encoding="utf-8") as f:
            text = f.read()
        for macro, body in LIST_RE.findall(text):
            lists[macro] = WORD_RE.findall(body)
        for vocabulary, macro in USE_RE.findall(text):
            uses[vocabulary] = macro
        found = WEEKDAY_RE.search(text)
        if found:
            weekdays = [w.strip() for w in found.group(1).split(",") if w.strip()]
    words = {vocabulary: lists[macro] for vocabulary, macro in uses.items() if macro in lists}
    if weekdays:
        words["weekday"] = weekdays
    return words
