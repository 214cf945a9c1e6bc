"""The recognised mapping and the guesses to check, as lines of text in the user's language:
what `ropa import --from-table` prints before the change preview. Texts from the file are
given as they are (the command line makes them safe for a terminal)."""

from __future__ import annotations

from ropa.core.i18n import colon, tr
from ropa.exports.table import IGNORE, Mapping, TableBook, ValueGuess
from ropa.exports.table.fields import field_label
from ropa.exports.table.recognise import layout_sheets
from ropa.exports.table.values import value_text


def mapping_lines(book: TableBook, mapping: Mapping, lang: str) -> list[str]:
    """The layout, then each column title (or row label) and the field it goes to."""
    quoted = [tr(lang, "table_import.quoted", text=s.name) for s in layout_sheets(book, mapping)]
    if mapping.layout == "rows":
        head = tr(lang, "cli.import.table_rows", sheet=layout_sheets(book, mapping)[0].name,
                  row=mapping.header_row)  # fmt: skip
    else:
        head = tr(lang, "cli.import.table_sheets", sheets=", ".join(quoted))
    lines = [head]
    width = min(max((len(title) for title in mapping.columns), default=0), 40)
    for title, key in mapping.columns.items():
        marker = " " if key != IGNORE else "-"
        lines.append(f"  {marker} {title.ljust(width)}  \u2192 {field_label(key, lang)}")
    return lines


def guess_lines(guesses: list[ValueGuess], lang: str) -> list[str]:
    """The values guessed without certainty or not recognised, with what they become."""
    unsure = [g for g in guesses if not g.sure or not g.code]
    if not unsure:
        return []
    lines = [tr(lang, "cli.import.table_guesses")]
    for guess in unsure:
        if not guess.code:
            becomes = tr(lang, "cli.import.table_unmatched")
        else:
            becomes = value_text(guess.field, guess.code, lang)
        field = field_label(guess.field, lang)
        raw = tr(lang, "table_import.quoted", text=" ".join(guess.raw.split()))
        lines.append(f"  ? {field}{colon(lang)}{raw} (\u00d7{guess.count}) \u2192 {becomes}")
    return lines
