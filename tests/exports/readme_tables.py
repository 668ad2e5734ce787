"""What the README's "CSV with HXL tags" section promises, read from it:
each table's columns with their tags, and the custom attributes with the
hashtag each may be used on. The test holds the export to these, so the
README and the tool cannot drift apart.

Column tables follow a line starting "Figures, one row", "Events, one row" or
"Statements, one row"; their rows are `| name | `#tag` | ... |`. The custom
attributes follow the line starting "Custom attributes"; their rows are
`| `+attribute` | `#hashtag` | ... |`.
"""

import re

SECTION = "### CSV with HXL tags"
CUSTOM_LIST = "Custom attributes"
TABLE_LEAD = re.compile(r"^(Figures|Events|Statements), one row")
COLUMN_ROW = re.compile(r"^\|\s*([a-z][a-z0-9_]*)\s*\|\s*`(#[^`]+)`\s*\|")
CUSTOM_ROW = re.compile(r"^\|\s*`\+([a-z][a-z0-9_]*)`\s*\|([^|]*)\|")


def section_lines(readme_path):
    """The section's lines, or None when the README has no such section."""
    lines = open(readme_path, encoding="utf-8").read().split("\n")
    try:
        start = lines.index(SECTION)
    except ValueError:
        return None
    body = []
    for line in lines[start + 1:]:
        if line.startswith("## ") or line.startswith("### "):
            break
        body.append(line)
    return body


def columns(readme_path):
    """{"figures": [(name, tag), ...], "events": ..., "statements": ...}."""
    tables, current = {}, None
    for line in section_lines(readme_path) or []:
        lead = TABLE_LEAD.match(line)
        if lead:
            current = lead.group(1).lower()
            tables[current] = []
            continue
        row = COLUMN_ROW.match(line)
        if row and current is not None:
            tables[current].append((row.group(1), row.group(2)))
        elif line.startswith(CUSTOM_LIST):
            current = None
    return tables


def custom_attributes(readme_path):
    """{attribute: {hashtags it may be used on}}, or None without the section."""
    body = section_lines(readme_path)
    if body is None:
        return None
    found, in_list = {}, False
    for line in body:
        if line.startswith(CUSTOM_LIST):
            in_list = True
        elif in_list and line.startswith("|"):
            m = CUSTOM_ROW.match(line)
            if m:
                found[m.group(1)] = set(re.findall(r"`(#[a-z][a-z0-9_]*)`", m.group(2)))
        elif in_list and found and line.strip() == "":
            break
    return found
