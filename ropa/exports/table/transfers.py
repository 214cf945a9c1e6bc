"""An activity's transfers outside the EEA as a table gives them: countries (one transfer
each), their recipients and transfer tools, and whether data leave the EEA at all.

Pairing: as many recipients (or tools) as countries go one to one; a single one goes to
every transfer; what is left over goes to the notes. A transfer whose recipient the table
does not name is recorded under the placeholder the application gives a new one ("New
recipient"), and the plan says so. A country of the EEA is no transfer: it goes to the notes.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from ropa.core.i18n import tr
from ropa.exports.table.recognise import Cell
from ropa.exports.table.values import ARROW, NO_TRANSFER, list_items, match_value, says_none

if TYPE_CHECKING:
    from ropa.exports.table.draft import BuilderBase, Built


@cache
def eea_countries() -> frozenset[str]:
    """The countries of the EEA: those with a bundled supervisory authority."""
    from ropa.core.authorities import authorities

    return frozenset(authority.country for authority in authorities().values())


class TransferReader:
    def __init__(self, builder: BuilderBase, built: Built) -> None:
        self.builder = builder
        self.built = built

    def read(self, cells: dict[str, list[Cell]]) -> None:
        builder, built = self.builder, self.built
        countries: list[str] = []
        own: dict[str, tuple[str, str | None]] = {}  # country -> ("who", tool) ropa wrote
        said_none = False
        for cell in cells.get("transfer_countries", []):
            built.places.setdefault("transfers", cell)
            for raw, code in builder.closed(built, "transfer_countries", cell):
                if code == NO_TRANSFER:
                    said_none = True
                elif code in eea_countries():
                    builder.note(built, cell, raw)
                elif code not in countries:
                    countries.append(code)
                    arrow = ARROW.match(raw.replace("\u00a0", " ").strip())
                    if arrow is not None:
                        own[code] = (arrow.group("who"), self.tool(arrow.group("tool")))
        names = self.names(cells.get("transfer_recipients", []))
        tools = self.tools(cells.get("transfer_tool", []))
        transfers: list[dict[str, Any]] = []
        for i, country in enumerate(countries):
            transfer: dict[str, Any] = {"country": country}
            who, written_tool = own.get(country, (None, None))
            name = who or _pick(names, i, len(countries))
            if name is None:
                transfer["recipient_name"] = tr(builder.lang, "new.transfer")
                built.unnamed_transfers = True
            else:
                party = builder.directory.find("parties", name)
                if party is not None:
                    transfer["party_id"] = party["id"]
                else:
                    transfer["recipient_name"] = name
            tool = written_tool or _pick(tools, i, len(countries))
            if tool is not None:
                transfer["safeguard"] = tool
            transfers.append(transfer)
        self.leftovers(cells, names, tools, len(countries))
        if cells.get("transfer_countries"):
            built.lists["transfers"] = transfers
        outside = self.outside(cells.get("transfers_outside_eea", []))
        if transfers:
            built.values["transfers_outside_eea"] = True
        elif said_none:
            built.values["transfers_outside_eea"] = False
        elif outside is not None:
            built.values["transfers_outside_eea"] = outside
        if "transfers_outside_eea" in built.values:
            place = built.places.get("transfers") or built.places.get("transfers_outside_eea")
            if place is not None:
                built.places.setdefault("transfers_outside_eea", place)

    def names(self, cells: list[Cell]) -> list[str]:
        names: list[str] = []
        for cell in cells:
            self.built.places.setdefault("transfers", cell)
            names.extend(i for i in list_items(cell.text) if not says_none(i) and i not in names)
        self.name_cells = cells
        return names

    def tools(self, cells: list[Cell]) -> list[str]:
        tools: list[str] = []
        for cell in cells:
            self.built.places.setdefault("transfers", cell)
            tools.extend(
                code for _raw, code in self.builder.closed(self.built, "transfer_tool", cell)
            )
        self.tool_cells = cells
        return tools

    def leftovers(
        self, cells: dict[str, list[Cell]], names: list[str], tools: list[str], count: int
    ) -> None:
        """Names and tools that no transfer took: kept in the notes."""
        builder, built = self.builder, self.built
        if names and (count == 0 or (len(names) != count and len(names) > 1)):
            for cell in cells.get("transfer_recipients", []):
                builder.note(built, cell)
        if tools and (count == 0 or (len(tools) != count and len(tools) > 1)):
            for cell in cells.get("transfer_tool", []):
                builder.note(built, cell)

    def tool(self, text: str | None) -> str | None:
        """The transfer tool ropa wrote after a transfer's country, when it names one."""
        if not text:
            return None
        match = match_value("transfer_tool", text.split("(")[0])
        return match.code if match.code else None

    def outside(self, cells: list[Cell]) -> bool | None:
        code = self.builder.one_code(self.built, "transfers_outside_eea", cells)
        return None if code is None else code == "yes"


def _pick(values: list[str], index: int, count: int) -> str | None:
    """The value for the index-th of `count` transfers: one each when as many, the only one
    for all; else the first for all (the notes keep the cell)."""
    if not values:
        return None
    if len(values) == count:
        return values[index]
    return values[0]
