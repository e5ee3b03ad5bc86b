"""The long repeated parts of a page written in Python rather than looped over in Jinja.

A page of a film or a source lists hundreds of facts and links; the template loop costs a
few function calls per value (attribute lookups, escaping a Markup again, the loop object).
These filters give the same HTML, each a single string join. They are registered on the
site's Jinja environment (:func:`kg.publish.site.render.environment`).
"""

from __future__ import annotations

from markupsafe import Markup, escape

SEPARATOR = " · "


def shown_list(items) -> Markup:
    """``a · b · c``: each shown term's HTML (link or span), separated by a middle dot."""
    return Markup(SEPARATOR.join([item.html for item in items]))


def name_rows(names) -> Markup:
    """The rows of the names table: each language, then the entity's name in it (or a dash)."""
    out = []
    for code, language, label in names:
        rtl = ' dir="rtl"' if code == "ar" else ""
        if label:
            direction = f' dir="{escape(label.dir)}"' if label.dir else ""
            cell = f'<td class="name" lang="{escape(label.lang)}"{direction}>{escape(label.text)}</td>'
        else:
            cell = '<td class="none">—</td>'
        out.append(f'<tr><th scope="row" lang="{escape(code)}"{rtl}>{escape(language)}</th>{cell}</tr>\n')
    return Markup("".join(out))


def fact_rows(facts) -> Markup:
    """The rows of a fact table: the property heads the rows of its values (``rowspan``)."""
    out = []
    for fact in facts:
        values = fact.values
        head = f'<th scope="rowgroup" rowspan="{len(values)}">{fact.prop.html}</th>'
        for i, (value, sources) in enumerate(values):
            if i == 0:
                out.append(f'<tr class="first">{head}<td>{value.html}</td><td>{sources}</td></tr>\n')
            else:
                out.append(f"<tr><td>{value.html}</td><td>{sources}</td></tr>\n")
    return Markup("".join(out))


def detail_item(prop, value) -> Markup:
    """The ``<li>`` of one detail of an n-ary node: property name, then its value."""
    return Markup(f'<li><span class="prop">{escape(prop.text)}</span> {value.html}</li>')


def nary_rows(rows) -> Markup:
    """The rows of the n-ary table (credits, awards …): the node's link, its details, its sources.

    Every value is escaped as the template's ``{{ … }}`` would (``None`` shows as ``None``).
    """
    out = []
    for row in rows:
        node = row.node
        out.append(
            f'<tr id="{escape(row.anchor)}"><th scope="row"><a href="{escape(node.href)}" title="{escape(node.note)}">'
            f'{escape(row.kind or node.text)}</a></th><td><ul class="details">{row.details}</ul></td>'
            f"<td>{row.sources}</td></tr>\n"  # already HTML (Markup): escaping it would give it back unchanged
        )
    return Markup("".join(out))


def index_rows(rows) -> Markup:
    """The rows of a class index: the entity, then its name in each language (or a dash)."""
    out = []
    for entity, labels in rows:
        cells = []
        for label in labels:
            if label:
                direction = f' dir="{escape(label.dir)}"' if label.dir else ""
                cells.append(f'<td lang="{escape(label.lang)}"{direction}>{escape(label.text)}</td>')
            else:
                cells.append('<td class="none">—</td>')
        out.append(f"<tr><td>{entity.html}</td>{''.join(cells)}</tr>\n")
    return Markup("".join(out))


FILTERS = {"shown_list": shown_list, "name_rows": name_rows, "fact_rows": fact_rows, "nary_rows": nary_rows, "index_rows": index_rows}
