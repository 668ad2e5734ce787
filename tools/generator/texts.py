"""Every text of a fact sheet's tables, in the pool's canonical order.

The article's outlet and subject, then each keyed table (schema.KEYED) record
by record in key order, each record's text fields in schema order. A text is
named (enumerator, text) so that records can refer to its offset. An absent
optional field has no text of its own (the record names the empty text);
under AFBRIEF_NO_TEXT the long fields (schema.Field.long) are empty.
"""
from . import schema


def texts_of(sheet, no_text):
    """[(table record name, enumerator, bytes)]."""
    out = []
    for field in schema.ARTICLE.texts:
        out.append(("article", field, sheet.article[field].encode("utf-8")))
    for table in schema.KEYED:
        for record in sheet.tables[table.name]:
            for name in table.texts:
                field = table.field(name)
                if name != "key" and name not in record:
                    continue  # absent: the record points at the empty text
                value = "" if (no_text and field.long) else record.get(name, "")
                out.append((table.record, "%s_%s" % (record["key"], name), value.encode("utf-8")))
    names = [(t, n) for t, n, _ in out]
    if len(set(names)) != len(names):
        raise ValueError("two texts of one table would share an enumerator name")
    return out
