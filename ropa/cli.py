"""The `ropa` command line: init, import (JSON, Excel), export (JSON, PDF, Excel, DPV), notice (the
public privacy notice, and its publication), check (compliance findings),
templates and add-template (the library of typical activities), info, history, requests and
breaches (the accountability file's lists, with their time limits in words), contracts (the
processing contracts, where each stands in words), breach-draft (a breach's draft notification
to the authority or letter to the people), dpia-report (an impact assessment's report).

Exit status: 0 on success, 1 on a data error (the message says what and where, on stderr),
2 on a usage error.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn, Protocol, TypeVar

from ropa import __version__
from ropa.core.errors import RopaError
from ropa.core.files import read_input
from ropa.core.i18n import LANGUAGES, colon, system_language, tr
from ropa.core.register import create_register, open_register
from ropa.db.enums import Audience
from ropa.db.session import RegisterDatabase
from ropa.exports.common import ImportPlan
from ropa.logfile import log_exception
from ropa.paths import missing_resources

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ropa.core.reads.accountability import BreachRow, RequestRow
    from ropa.core.reads.contracts import ContractRow
    from ropa.core.todo import TodoItem

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2
IMPORT_FORMATS = {".json": "json", ".xlsx": "xlsx"}
EXPORT_FORMATS = ("json", "pdf", "xlsx", "dpv", "apd", "cnil")
LAYOUT_FORMATS = ("apd", "cnil")  # the register in a supervisory authority's layout (.xlsx)
NOTICE_FORMATS = ("html", "fragment", "md", "pdf", "docx")
AUDIENCE_NAMES = tuple(a.value for a in Audience)
BREACH_DRAFTS = ("authority", "people")  # ropa.exports.breach.KINDS (imported on first use)
BREACH_FORMATS = ("pdf", "docx")  # ropa.exports.breach.FORMATS
DPIA_FORMATS = ("pdf", "docx")  # ropa.exports.dpia.FORMATS

# What a terminal would act on instead of showing, in text from a register or a file name:
# control characters (C0 but tab and line feed, DEL, C1: U+009B alone starts a control
# sequence) and the bidirectional embeddings, overrides and isolates (which reorder the text
# shown after them).
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

# What `--open` keeps: the requests not answered nor forwarded, the breaches whose notification
# decision is open or overdue (RequestState, BreachState values).
OPEN_REQUESTS = ("no_date", "open", "late", "to_forward")
OPEN_BREACHES = ("no_date", "decision_open", "overdue")

ATTACHMENT_OWNERS = ("contract", "dpia", "breach", "activity")
"""The records that take documents (ropa.core.attachments.OWNER_TABLES, not imported at start)."""


def now() -> datetime:
    """The moment the breaches' clocks are read at (aware); `requests` takes its local date."""
    return datetime.now(UTC)


def terminal_text(text: str) -> str:
    """Text as the command prints it: each character a terminal would act on shown as
    \\uXXXX. That is JSON's own escape, so JSON output stays valid and keeps every value."""
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def write(stream: IO[str], text: str) -> None:
    """Everything the command prints goes through here."""
    stream.write(terminal_text(text))


class Cli:
    """One run of the command: the language of its messages and its output streams."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def t(self, key: str, **params: object) -> str:
        return tr(self.lang, key, **params)

    def out(self, text: str) -> None:
        write(sys.stdout, text if text.endswith("\n") else text + "\n")

    def err(self, text: str) -> None:
        write(sys.stderr, text if text.endswith("\n") else text + "\n")

    user: str | None = None
    """--user: the name the changes of this run are recorded under (else the one stored for
    this login in the register, else the login)."""

    def open(self, path: str) -> RegisterDatabase:
        db = open_register(Path(path), user=self.user)
        if self.lang_from_register:
            from ropa.core.queries import register_language

            with db.reader() as session:
                self.lang = register_language(session)
        told: list[bool] = []

        def waiting(_waited: float, limit: float) -> bool:
            # Another program holds the write lock: say so once, then keep waiting.
            if not told:
                told.append(True)
                self.err(self.t("file.waiting", path=path, seconds=round(limit)))
            return True

        db.on_lock_wait = waiting
        return db

    lang_from_register = True

    def _speak_as(self, db: RegisterDatabase, organisation: str | None) -> None:
        """Unless --lang says otherwise, speak the organisation's main language: the one its
        register and notice are written in (ropa check and ropa notice agree)."""
        if not self.lang_from_register:
            return
        from ropa.db.models import Organisation
        from ropa.exports.common import resolve_organisation

        with db.reader() as session:
            org_id = resolve_organisation(session, organisation)
            found = session.get(Organisation, org_id)
            if found is not None:
                self.lang = str(found.language)

    # -- commands ---------------------------------------------------------------------------

    def init(self, args: argparse.Namespace) -> int:
        db = create_register(
            Path(args.file),
            demo=args.demo,
            overwrite=args.force,
            language=args.lang or self.lang,
            user=self.user,
        )
        db.close()
        key = "cli.init.demo" if args.demo else "cli.init.empty"
        self.err(self.t(key, path=args.file))
        return EXIT_OK

    def import_(self, args: argparse.Namespace) -> int:
        source = Path(args.input)
        if args.from_table:
            return self._import_table(args, source)
        fmt = IMPORT_FORMATS.get(source.suffix.lower())
        if fmt is None and source.suffix.lower() in (".csv", ".ods", ".xls", ".tsv"):
            raise RopaError("cli.import.table_hint", path=str(source))
        if fmt is None:
            raise RopaError("error.unknown_format", path=str(source))
        if not Path(args.file).exists():
            return self._import_new_register(args, source)
        if fmt == "xlsx":
            return self._import_workbook(args, source)
        from ropa.exports.interchange import import_json_file, read_document

        db = self.open(args.file)
        try:
            if args.dry_run:
                read_document(db, read_input(source))
                self.err(self.t("cli.import.dry_run"))
                return EXIT_OK
            organisations = import_json_file(db, source)
        finally:
            db.close()
        for org in organisations:
            self.err(
                self.t(
                    "cli.import.done",
                    name=org["legal_name"],
                    activities=len(org["activities"]),
                    path=args.file,
                )
            )
        return EXIT_OK

    def _import_new_register(self, args: argparse.Namespace, source: Path) -> int:
        """FILE does not exist: a new register is made from INPUT (a ropa workbook or JSON
        file), its content printed as the change preview; --dry-run only prints. Nothing is
        left behind but the complete register."""
        from ropa.exports.new_register import (
            create_new_register,
            discard_new_register,
            plan_new_register,
        )

        new = plan_new_register(source, Path(args.file), language=self.lang, user=self.user)
        self.out(render_plan(new.plan, self.lang))
        if new.is_empty or args.dry_run:
            discard_new_register(new)
            if new.is_empty:
                self.err(self.t("cli.import.nothing_to_create", source=source.name))
                return EXIT_DATA
            self.err(self.t("cli.import.dry_run"))
            return EXIT_OK
        create_new_register(new)
        added = new.plan.count("added")
        name = new.plan.organisation_name
        self.err(
            self.t("cli.import.created", path=args.file, source=source.name, name=name, added=added)
        )
        return EXIT_OK

    def _import_table(self, args: argparse.Namespace, source: Path) -> int:
        """A register kept in a spreadsheet: print the mapping recognised, the guesses to
        check and the change preview, then apply it all (or nothing); --dry-run only prints.
        --write-mapping saves the mapping (before the plan: a refused table's mapping can be
        edited and given back with --mapping)."""
        from ropa.exports.table import (
            Mapping,
            apply_table_import,
            guess_mapping,
            plan_table_import,
            read_table,
            value_guesses,
        )
        from ropa.exports.table.summary import guess_lines, mapping_lines

        if not Path(args.file).exists():
            raise RopaError("cli.import.table_needs_register", path=args.file)
        book = read_table(read_input(source), source.name)
        saved = Mapping.from_json(read_input(Path(args.mapping))) if args.mapping else None
        mapping = guess_mapping(book, saved, sheet=args.sheet)
        db = self.open(args.file)
        try:
            for line in mapping_lines(book, mapping, self.lang):
                self.out(line)
            for line in guess_lines(value_guesses(book, mapping), self.lang):
                self.out(line)
            if args.write_mapping:
                self._write_mapping(args.file, args.write_mapping, mapping.to_json())
            plan = plan_table_import(
                db,
                book,
                mapping,
                organisation_id=args.organisation,
                source=source.name,
                lang=self.lang,
            )
            return self._show_and_apply(args, plan, lambda: apply_table_import(db, plan))
        finally:
            db.close()

    def _show_and_apply(
        self, args: argparse.Namespace, plan: ImportPlan, apply: Callable[[], None]
    ) -> int:
        """An import's change preview printed, then applied (all or nothing) unless it is
        empty or --dry-run."""
        self.out(render_plan(plan, self.lang))
        if plan.is_empty or args.dry_run:
            if not plan.is_empty:
                self.err(self.t("cli.import.dry_run"))
            return EXIT_OK
        apply()
        self.err(
            self.t(
                "cli.import.applied",
                added=plan.count("added"),
                changed=plan.count("changed"),
                removed=plan.count("removed"),
                path=args.file,
            )
        )
        return EXIT_OK

    def _write_mapping(self, register: str, output: str, text: str) -> None:
        from ropa.core.files import write_atomic

        target = Path(output)
        if target.exists() and target.resolve() == Path(register).resolve():
            raise RopaError("error.output_is_register", path=output)
        write_atomic(target, text.encode("utf-8"))
        self.err(self.t("cli.import.table_mapping_written", path=output))

    def _import_workbook(self, args: argparse.Namespace, source: Path) -> int:
        """An edited workbook: print what changes, sheet by sheet, then apply it all (or
        nothing, on any problem); --dry-run only prints."""
        from ropa.exports.workbook import apply_import, plan_import

        data = read_input(source)
        db = self.open(args.file)
        try:
            plan = plan_import(db, data, organisation_id=args.organisation, source=source.name)
            return self._show_and_apply(args, plan, lambda: apply_import(db, plan))
        finally:
            db.close()

    def export(self, args: argparse.Namespace) -> int:

        if args.format in ("pdf", "xlsx", *LAYOUT_FORMATS):
            return self._export_document(args)
        db = self.open(args.file)
        try:
            if args.format == "dpv":  # JSON-LD in the W3C Data Privacy Vocabulary
                from ropa.exports.dpv import export_dpv

                text = export_dpv(db, args.organisation or None)
            else:
                from ropa.exports.interchange import export_json

                text = export_json(db, args.organisation or None)
        finally:
            db.close()
        if args.output in (None, "-"):
            write(sys.stdout, text)
            sys.stdout.flush()
        else:
            self.write_output(args.file, args.output, text.encode("utf-8"))
        return EXIT_OK

    def write_output(self, register: str, output: str, data: bytes) -> None:
        """Write a document whole (or not at all), never over the register it was made from."""
        from ropa.core.files import write_atomic

        target = Path(output)
        if target.exists() and target.resolve() == Path(register).resolve():
            raise RopaError("error.output_is_register", path=output)
        write_atomic(target, data)
        self.err(self.t("cli.export.done", path=output))

    def _export_document(self, args: argparse.Namespace) -> int:
        """The register as a PDF document, an Excel workbook or an Excel workbook in an
        authority's layout (apd, cnil), for one organisation, in the register's language (or
        --document-lang). Written beside FILE unless -o says where."""

        organisations = args.organisation or []
        if len(organisations) > 1:
            raise RopaError("error.one_organisation")
        output = args.output
        if output is None and args.format in LAYOUT_FORMATS:  # demo.ropa -> demo-cnil.xlsx
            path = Path(args.file)
            output = str(path.with_name(f"{path.stem}-{args.format}.xlsx"))
        if output is None:
            output = str(Path(args.file).with_suffix(f".{args.format}"))
        if output == "-":
            raise RopaError("error.binary_to_stdout", format=args.format)
        db = self.open(args.file)
        try:
            if args.format == "pdf":
                from ropa.exports.pdf import build_pdf
            else:
                from ropa.exports.workbook import build_workbook
            organisation = organisations[0] if organisations else None
            if args.document_lang:
                self._untranslated_note(db, organisation, args.document_lang)
            if args.format in LAYOUT_FORMATS:
                from ropa.exports.layouts import build_layout

                drafts = bool(getattr(args, "include_drafts", False))
                data = build_layout(
                    db, args.format, organisation, lang=args.document_lang, include_drafts=drafts
                )
            elif args.format == "pdf":
                drafts = bool(getattr(args, "include_drafts", False))
                data = build_pdf(db, organisation, lang=args.document_lang, include_drafts=drafts)
            else:
                data = build_workbook(db, organisation, lang=args.document_lang)
        finally:
            db.close()
        self.write_output(args.file, output, data)
        return EXIT_OK

    def _untranslated_note(self, db: RegisterDatabase, organisation: str | None, lang: str) -> None:
        """A document asked in another language than the main one: say on stderr when some of
        its texts will be the main language's, marked (the document is produced all the same:
        the register's texts are the firm's, a document in another language can still help)."""
        from babel.lists import format_list

        from ropa.core.i18n import LOCALES, language_name
        from ropa.core.snapshot import read_tree
        from ropa.core.text_languages import document_languages, fallback_mark, missing_texts
        from ropa.exports.common import resolve_organisation

        with db.reader() as session:
            [org] = read_tree(session, [resolve_organisation(session, organisation)])
        languages = document_languages(org)
        if lang == languages[0]:
            return
        names = {
            "language": language_name(self.lang, lang),
            "main": language_name(self.lang, languages[0]),
            "mark": fallback_mark(languages[0]).strip(),
        }
        if lang not in languages:
            listed = [language_name(self.lang, x) for x in languages]
            self.err(
                self.t(
                    "cli.export.not_a_document_language",
                    name=org["legal_name"],
                    languages=format_list(listed, locale=LOCALES[self.lang]),
                    **names,
                )
            )
            return
        count = len(missing_texts(org, lang))
        if count:
            self.err(self.t("cli.export.untranslated", count=count, **names))

    def notice(self, args: argparse.Namespace) -> int:
        """The privacy notice in one format and language, for one audience or all; --publish
        records it as a new version (when it changed); --versions lists the versions."""
        from ropa.exports.notice.builder import build_notice
        from ropa.exports.notice.formats import FORMATS
        from ropa.exports.notice.versions import (
            NotReadyError,
            list_versions,
            notice_status,
            publish_notice,
        )

        audience = None if args.audience in (None, "all") else args.audience
        db = self.open(args.file)
        try:
            self._speak_as(db, args.organisation)
            if args.versions:
                for version in list_versions(db, args.organisation, audience=audience):
                    when = version.published_at.astimezone().strftime("%Y-%m-%d %H:%M")
                    self.out(
                        self.t(
                            "notice.cli.version_row",
                            # The firm's own label beside ropa's number, as the window shows it.
                            number=(
                                f"{version.number} ({version.label})"
                                if version.label
                                else version.number
                            ),
                            date=when,
                            user=version.published_by,
                            register=version.register_version,
                        )
                    )
                return EXIT_OK
            # By default the organisation's main document language: the one it writes in.
            lang = args.notice_lang
            document = build_notice(db, args.organisation, lang=lang, audience=audience)
            if not document.ready:
                raise NotReadyError(document)
            self._notice_gaps(document)
            if args.publish:
                result = publish_notice(
                    db, args.organisation, audience=audience, lang=document.lang
                )
                key = "notice.cli.published" if result.created else "notice.cli.unchanged"
                self.err(self.t(key, number=result.number))
                document = build_notice(db, args.organisation, lang=lang, audience=audience)
            else:
                status = notice_status(db, document)
                if status.latest is None:
                    self.err(self.t("notice.cli.not_published", number=document.version))
                elif status.changes:
                    titles = ", ".join(c.title for c in status.changes)
                    self.err(
                        self.t("notice.cli.changed", number=status.latest.number, sections=titles)
                    )
            if args.publish and args.format is None and args.output is None:
                return EXIT_OK
        finally:
            db.close()
        fmt = FORMATS[args.format or "html"]
        data = fmt.render(document)
        output = args.output
        if output == "-":
            if fmt.name in ("pdf", "docx"):
                raise RopaError("error.binary_to_stdout", format=fmt.name)
            write(sys.stdout, data.decode("utf-8"))
            sys.stdout.flush()
            return EXIT_OK
        if output is None:
            name = f"{Path(args.file).stem}-notice-{audience or 'all'}-{document.lang}{fmt.suffix}"
            output = str(Path(args.file).with_name(name))

        self.write_output(args.file, output, data)
        return EXIT_OK

    def _notice_gaps(self, document: object) -> None:
        from ropa.exports.notice.model import NoticeDocument

        assert isinstance(document, NoticeDocument)
        if document.gaps:
            self.err(self.t("notice.cli.gaps", count=len(document.gaps)))
            for gap in document.gaps:
                self.err(f"  - {gap.where(self.lang)}{colon(self.lang)}{gap.message(self.lang)}")

    def check(self, args: argparse.Namespace) -> int:
        """The compliance checks of one organisation, with what its privacy notice lacks:
        every finding with its article, where it is and how to fix it, those that block the
        notice's publication marked. In the organisation's main document language unless
        --lang says otherwise. Exit status 1 when there is an error-level finding."""
        import json

        from ropa.core.checks.model import Severity
        from ropa.exports.common import resolve_organisation
        from ropa.exports.notice.findings import check_with_notice

        db = self.open(args.file)
        try:
            self._speak_as(db, args.organisation)
            with db.reader() as session:
                org_id = resolve_organisation(session, args.organisation)
                findings = check_with_notice(session, org_id)
        finally:
            db.close()
        if args.format == "json":
            self.out(
                json.dumps([f.as_dict(self.lang) for f in findings], ensure_ascii=False, indent=2)
            )
        else:
            blocks = self.t("check.blocks_publication")
            for f in findings:
                severity = self.t(f"check.severity.{f.severity.value}")
                where = f.where(self.lang) + (f" {blocks}" if f.blocks_publication else "")
                self.out(
                    f"{severity}{colon(self.lang)}{where}\n    {f.message(self.lang)} ({f.article})"
                )
                self.out(f"    → {f.hint(self.lang)}")
            counts = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
            self.err(
                self.t(
                    "cli.check.summary",
                    errors=counts[Severity.ERROR],
                    warnings=counts[Severity.WARNING],
                    advice=counts[Severity.ADVICE],
                )
            )
        return EXIT_DATA if any(f.severity == Severity.ERROR for f in findings) else EXIT_OK

    def templates(self, args: argparse.Namespace) -> int:
        """The library of typical activities (id, country, title, summary); with
        --references, the legal sources they cite instead."""
        from ropa.core.templates import list_templates

        if args.references:
            return self._template_references()
        country = args.country.upper() if args.country else None
        for info in list_templates(country, lang=self.lang):
            where = info.country or "BE/FR"
            self.out(f"{info.id:24} {where:6} {info.title}\n{'':31} {info.summary}")
        return EXIT_OK

    def _template_references(self) -> int:
        """Each legal source the templates, the demo register and the catalogues cite, once:
        instrument, article, date or version, official URL, the day it was last checked and
        where it is cited, labelled in the user's language."""
        from babel.lists import format_list

        from ropa.core.citations import cited_sources
        from ropa.core.i18n import LOCALES, long_date

        def day(iso: str) -> str:
            return long_date(self.lang, date.fromisoformat(iso))

        def line(key: str, value: str) -> str:
            return f"    {self.t(key)}{colon(self.lang)}{value}"

        for source in cited_sources():
            citation = source.citation
            lines = [citation.id, line("cli.templates.instrument", citation.instrument)]
            article = citation.article or self.t("cli.templates.whole_instrument")
            lines.append(line("cli.templates.article", article))
            if citation.date:
                lines.append(line("cli.templates.date", day(citation.date)))
            if citation.version:
                lines.append(line("cli.templates.version", citation.version))
            url = citation.url or self.t("cli.templates.no_url")
            lines.append(line("cli.templates.url", url))
            lines.append(line("cli.templates.reviewed_on", day(citation.reviewed_on)))
            places = [self.t(f"cli.templates.cited_in.{place}") for place in source.cited_in]
            cited_in = format_list(places, locale=LOCALES[self.lang])
            lines.append(line("cli.templates.cited_in", cited_in))
            self.out("\n".join(lines))
        return EXIT_OK

    def add_template(self, args: argparse.Namespace) -> int:
        """Add activities from the library to a register, as drafts to adapt."""
        from babel.lists import format_list

        from ropa.core.i18n import LOCALES, language_name
        from ropa.core.templates import add_templates, is_processor, text_languages
        from ropa.exports.common import resolve_organisation

        processor = [is_processor(template_id) for template_id in args.template]
        db = self.open(args.file)
        try:
            with db.transaction() as session:
                org_id = resolve_organisation(session, args.organisation)
                languages = text_languages(session, org_id)
                added = add_templates(session, org_id, args.template, client_names=args.client)
                names = [f"{a.reference} \u2013 {a.name}" for a in added]
        finally:
            db.close()
        if args.document_lang and args.document_lang != languages[0]:
            # Texts go in every document language now: the option no longer chooses one.
            listed = [language_name(self.lang, x) for x in languages]
            self.err(
                self.t(
                    "cli.add_template.languages",
                    languages=format_list(listed, locale=LOCALES[self.lang]),
                    lang=args.document_lang,
                )
            )
        for name, for_a_client in zip(names, processor, strict=True):
            self.err(self.t("cli.add_template.done", activity=name, path=args.file))
            if for_a_client and not args.client:
                self.err(self.t("cli.add_template.no_client", activity=name))
        return EXIT_OK

    def info(self, args: argparse.Namespace) -> int:
        from ropa.core.queries import organisation_summaries

        db = self.open(args.file)
        try:
            with db.reader() as session:
                summaries = organisation_summaries(session)
        finally:
            db.close()
        self.out(self.t("cli.info.file", path=args.file, count=len(summaries)))
        for s in summaries:
            self.out(f"\n{s.legal_name} ({s.country}) [{s.id}]")
            self.out(
                self.t(
                    "cli.info.activities",
                    total=s.activities,
                    controller=s.controller_activities,
                    processor=s.processor_activities,
                    retired=s.retired_activities,
                )
            )
            self.out(self.t("cli.info.parties", count=s.parties))
            self.out(self.t("cli.info.cookies", count=s.cookies))
        return EXIT_OK

    def history(self, args: argparse.Namespace) -> int:
        """The history in words: on screen (text), or as a PDF or Excel document for an
        inspector, filtered by period, type of entry, user or entry."""
        from ropa.core.reads.history import MAX_ROWS, HistoryFilters, load_history
        from ropa.exports.history import build_history, history_document, history_text_lines

        output = args.output
        if args.format != "text" and output == "-":
            raise RopaError("error.binary_to_stdout", format=args.format)
        db = self.open(args.file)
        try:
            filters = HistoryFilters(  # checked in the register's language
                entity_type=self._entity_type(args.type),
                user=args.by,
                since=self._day(args.since),
                until=self._day(args.until),
                entity_id=args.entity,
            )
            lang = args.document_lang or self.lang
            limit = args.limit or MAX_ROWS
            page = load_history(db, filters, limit=limit)
            limited = args.limit is None and len(page.entries) >= MAX_ROWS
            document = history_document(db, lang, filters, page.rows(lang), limited=limited)
        finally:
            db.close()
        if args.format == "text" and output in (None, "-"):
            for line in history_text_lines(document, heading=False):
                self.out(line)
            return EXIT_OK

        if args.format == "text":
            data = ("\n".join(history_text_lines(document)) + "\n").encode("utf-8")
        else:
            data = build_history(document, args.format)
        if output is None:
            output = str(Path(args.file).with_name(f"{Path(args.file).stem}-history.{args.format}"))
        self.write_output(args.file, output, data)
        return EXIT_OK

    def requests(self, args: argparse.Namespace) -> int:
        """The rights requests of one organisation, the latest received first: reference,
        date of receipt, rights, and where the time limit stands in words; --open keeps those
        still to answer or forward, --format json gives ISO dates and state codes."""
        from ropa.core.deadlines import day_text, request_words
        from ropa.core.reads.accountability import list_requests
        from ropa.exports.common import resolve_organisation

        db = self.open(args.file)
        try:
            self._speak_as(db, args.organisation)
            with db.reader() as session:
                org_id = resolve_organisation(session, args.organisation)
                rows = list_requests(session, now().astimezone().date(), org_id)
                clients = _party_names(session, org_id)
        finally:
            db.close()
        if args.open:
            rows = [r for r in rows if r.deadline.state.value in OPEN_REQUESTS]
        if args.format == "json":
            self._json([_request_json(self.lang, r, clients) for r in rows])
            return EXIT_OK
        if not rows:
            self.err(self.t("cli.requests.none_open" if args.open else "cli.requests.none"))
        for row in rows:
            parts = [row.reference + (f" ({row.requester})" if row.requester else "")]
            if row.received_on is not None:
                received = day_text(self.lang, row.received_on)
                parts.append(self.t("cli.requests.received", date=received))
            if row.rights:
                parts.append(", ".join(self.t(f"enum.request_right.{r}") for r in row.rights))
            if row.client_party_id is not None:
                client = clients.get(row.client_party_id, "")
                parts.append(self.t("cli.requests.for_client", client=client))
            parts.append(request_words(self.lang, row.deadline))
            self.out(" \u00b7 ".join(parts))
        return EXIT_OK

    def breaches(self, args: argparse.Namespace) -> int:
        """The data breaches of one organisation, the latest discovered first: name, when it
        was discovered (this computer's time), nature, risk and its 72-hour clock in words;
        --open keeps those whose notification decision is open or overdue."""
        from ropa.core.deadlines import breach_words, moment_text
        from ropa.core.reads.accountability import list_breaches
        from ropa.exports.common import resolve_organisation

        at = now()
        db = self.open(args.file)
        try:
            self._speak_as(db, args.organisation)
            with db.reader() as session:
                org_id = resolve_organisation(session, args.organisation)
                rows = list_breaches(session, at, org_id)
        finally:
            db.close()
        if args.open:
            rows = [r for r in rows if r.clock.state.value in OPEN_BREACHES]
        if args.format == "json":
            self._json([_breach_json(self.lang, r) for r in rows])
            return EXIT_OK
        if not rows:
            self.err(self.t("cli.breaches.none_open" if args.open else "cli.breaches.none"))
        for row in rows:
            parts = [row.name]
            if row.discovered_at is not None:
                moment = moment_text(self.lang, row.discovered_at)
                parts.append(self.t("cli.breaches.discovered", moment=moment))
            if row.natures:
                parts.append(", ".join(self.t(f"enum.breach_nature.{n}") for n in row.natures))
            if row.risk:
                parts.append(self.t(f"enum.breach_risk.{row.risk}"))
            parts.append(breach_words(self.lang, row.clock))
            self.out(" \u00b7 ".join(parts))
        return EXIT_OK

    def contracts(self, args: argparse.Namespace) -> int:
        """The processing contracts of one organisation, by party: party, reference and
        version, which side the organisation is on, where the contract stands in words (on
        this computer's date) and the Art. 28(3) stipulations ticked; --format json gives ISO
        dates and codes."""
        from ropa.core.reads.contracts import list_contracts
        from ropa.exports.common import resolve_organisation

        today = now().astimezone().date()
        db = self.open(args.file)
        try:
            self._speak_as(db, args.organisation)
            with db.reader() as session:
                org_id = resolve_organisation(session, args.organisation)
                rows = list_contracts(session, today, org_id)
        finally:
            db.close()
        if args.format == "json":
            self._json([_contract_json(self.lang, r) for r in rows])
            return EXIT_OK
        if not rows:
            self.err(self.t("cli.contracts.none"))
        for row in rows:
            self.out(" \u00b7 ".join(_contract_parts(self.lang, row)))
        return EXIT_OK

    def todo(self, args: argparse.Namespace) -> int:
        """What runs out, across the register (core/todo.py), the late first: a line each
        (the organisation when FILE holds several, the kind, the record, where it stands in
        words); --format json for scripts. Exits with 1 when something is late, so that a
        scheduled task can warn the firm."""
        from sqlalchemy import select

        from ropa.core.todo import any_late, kind_label, todo_items
        from ropa.db.models import Organisation

        moment = now()
        today = moment.astimezone().date()
        db = self.open(args.file)
        try:
            with db.reader() as session:
                organisations = dict(
                    session.execute(
                        select(Organisation.id, Organisation.legal_name).order_by(
                            Organisation.created_at
                        )
                    )
                    .tuples()
                    .all()
                )
                if args.organisation is not None and args.organisation not in organisations:
                    raise RopaError("error.organisation_unknown", id=args.organisation)
                items = todo_items(session, today, moment, args.organisation)
            one = args.organisation or (
                next(iter(organisations)) if len(organisations) == 1 else None
            )
            if one is not None:
                self._speak_as(db, one)
        finally:
            db.close()
        late = any_late(items)
        if args.format == "json":
            self._json([_todo_json(self.lang, item, organisations) for item in items])
            return EXIT_DATA if late else EXIT_OK
        if not items:
            self.err(self.t("cli.todo.none"))
            return EXIT_OK
        several = args.organisation is None and len(organisations) > 1
        for item in items:
            parts = [organisations.get(item.organisation_id, "")] if several else []
            parts += [kind_label(self.lang, item.kind), item.entry, item.words(self.lang)]
            self.out(" \u00b7 ".join(parts))
        count = sum(item.late for item in items)
        if count:
            key = "cli.todo.late.one" if count == 1 else "cli.todo.late.other"
            self.err(self.t(key, count=count))
        return EXIT_DATA if late else EXIT_OK

    def breach_draft(self, args: argparse.Namespace) -> int:
        """A breach's draft notification to the supervisory authority (--to authority) or
        letter to the people concerned (--to people), as PDF or DOCX, in one of the
        organisation's document languages (its main one unless --document-lang); then what the
        draft still lacks, one item a line, for the user to complete before sending it."""
        from ropa.core.files import safe_file_name
        from ropa.core.reads.accountability import list_breaches
        from ropa.db.models import Organisation
        from ropa.exports.breach import build_breach_document, missing_items

        fmt = _draft_format(args.format, args.output)
        if args.output == "-":
            raise RopaError("error.binary_to_stdout", format=fmt)
        db = self.open(args.file)
        try:
            with db.reader() as session:
                breach = _find_breach(list_breaches(session, now()), args.breach, args.file)
                organisation = session.get(Organisation, breach.organisation_id)
                main = str(organisation.language) if organisation is not None else self.lang
            if self.lang_from_register:  # the organisation's language, as `ropa breaches`
                self.lang = main
            lang = args.document_lang or main
            if args.document_lang:
                self._untranslated_note(db, breach.organisation_id, lang)
            data = build_breach_document(db, breach.id, args.to, lang, fmt)
            todo = missing_items(db, breach.id, args.to, self.lang)
        finally:
            db.close()
        output = args.output
        if output is None:  # beside FILE: "<breach> - draft letter to the people concerned.pdf"
            # The breach's name shortened first, so that what the draft is stays in the name.
            short = breach.name[:100]
            name = safe_file_name(tr(lang, f"breach_draft.file.{args.to}", name=short))
            output = str(Path(args.file).with_name(f"{name}.{fmt}"))
        self.write_output(args.file, output, data)
        if not todo:
            self.out(self.t("cli.breach_draft.complete"))
            return EXIT_OK
        self.out(self.t("cli.breach_draft.to_complete", count=len(todo)))
        for item in todo:
            self.out(f"  - {item}")
        return EXIT_OK

    def dpia_report(self, args: argparse.Namespace) -> int:
        """An impact assessment's report (Art. 35 GDPR), as PDF or DOCX, in one of the
        organisation's document languages (its main one unless --document-lang); then what the
        assessment still lacks, one item a line (each a "To complete" line of the report)."""
        from ropa.core.files import safe_file_name
        from ropa.core.reads.dpias import list_dpias
        from ropa.db.models import Organisation
        from ropa.exports.dpia import FORMATS, build_dpia_report, missing_items

        fmt = _document_format(args.format, args.output, FORMATS, "cli.dpia_report.bad_suffix")
        if args.output == "-":
            raise RopaError("error.binary_to_stdout", format=fmt)
        today = now().astimezone().date()
        db = self.open(args.file)
        try:
            with db.reader() as session:
                dpia = _find_named(list_dpias(session, today), args.dpia, args.file, "dpia_report")
                organisation = session.get(Organisation, dpia.organisation_id)
                main = str(organisation.language) if organisation is not None else self.lang
            if self.lang_from_register:  # the organisation's language, as `ropa breach-draft`
                self.lang = main
            lang = args.document_lang or main
            if args.document_lang:
                self._untranslated_note(db, dpia.organisation_id, lang)
            data = build_dpia_report(db, dpia.id, lang, fmt, today=today)
            todo = missing_items(db, dpia.id, self.lang, today=today)
        finally:
            db.close()
        output = args.output
        if output is None:  # beside FILE: "<assessment> - impact assessment report.pdf"
            name = safe_file_name(tr(lang, "dpia_report.file", name=dpia.name[:100]))
            output = str(Path(args.file).with_name(f"{name}.{fmt}"))
        self.write_output(args.file, output, data)
        if not todo:
            self.out(self.t("cli.dpia_report.complete"))
            return EXIT_OK
        self.out(self.t("cli.dpia_report.to_complete", count=len(todo)))
        for item in todo:
            self.out(f"  - {item}")
        return EXIT_OK

    def attachments(self, args: argparse.Namespace) -> int:
        """The documents kept in the register, a line each: the record they belong to, the
        file's name, size and the day attached, and its id (for `ropa attachment-save`);
        --format json for scripts."""
        from ropa.core.attachments import filed_documents
        from ropa.exports.common import resolve_organisation

        db = self.open(args.file)
        try:
            self._speak_as(db, args.organisation)
            with db.reader() as session:
                org_id = (
                    resolve_organisation(session, args.organisation) if args.organisation else None
                )
                documents = filed_documents(session, org_id)
        finally:
            db.close()
        if args.format == "json":
            self._json([_document_json(d) for d in documents])
            return EXIT_OK
        if not documents:
            self.err(self.t("cli.attachments.none"))
        for d in documents:
            kind = tr(self.lang, f"table.{d.owner_table}")
            attached = d.document.added_at.astimezone().date().isoformat()
            size = self.t("cli.attachments.size", size=d.document.size)
            record = f"{kind}{colon(self.lang)}{d.owner_label}"
            parts = [record, d.document.name, size, attached, d.document.id]
            self.out(" \u00b7 ".join(parts))
        return EXIT_OK

    def attach(self, args: argparse.Namespace) -> int:
        """Keep files in the register, attached to one record (a contract, an impact
        assessment, a breach or an activity, named by id, name or reference); each file is read
        before any is attached, so that a file too large or unreadable leaves the register as
        it was."""
        from ropa.core.attachments import AttachEdit, read_file

        contents = [(Path(name).name, read_file(Path(name))) for name in args.paths]
        db = self.open(args.file)
        try:
            with db.reader() as session:
                record = _find_named(_records(session, args.kind), args.record, args.file, "attach")
            for name, data in contents:  # every file was read first: a refusal writes none
                AttachEdit(args.kind, record.id, name, data).first(db)
                self.out(self.t("cli.attach.done", name=name, record=record.name))
        finally:
            db.close()
        return EXIT_OK

    def attachment_save(self, args: argparse.Namespace) -> int:
        """Write a copy of a document kept in the register (by id or file name), beside FILE
        under its own name unless -o says where."""
        from ropa.core.attachments import filed_documents, read_content
        from ropa.core.files import safe_file_name

        db = self.open(args.file)
        try:
            with db.reader() as session:
                rows = [_Record(d.document.id, d.document.name) for d in filed_documents(session)]
            found = _find_named(rows, args.attachment, args.file, "attachment_save")
            _name, data = read_content(db, found.id)
        finally:
            db.close()
        if args.output == "-":
            raise RopaError("error.binary_to_stdout", format=Path(found.name).suffix or "file")
        beside = Path(args.file).with_name(safe_file_name(found.name, "attachment"))
        output = args.output or str(beside)
        self.write_output(args.file, output, data)
        return EXIT_OK

    def _json(self, value: object) -> None:
        import json

        self.out(json.dumps(value, ensure_ascii=False, indent=2))

    def _day(self, text: str | None) -> date | None:
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise RopaError("history.cli.bad_date", value=text) from None

    def _entity_type(self, name: str | None) -> str | None:
        from ropa.core.tree import ORGANISATION

        if not name:
            return None
        types = sorted(node.name for node in ORGANISATION.walk())
        if name not in types:
            raise RopaError("history.cli.bad_type", value=name, types=", ".join(types))
        return name


def _party_names(session: Session, organisation_id: str) -> dict[str, str]:
    from sqlalchemy import select

    from ropa.db.models import Party

    query = select(Party.id, Party.name).where(Party.organisation_id == organisation_id)
    return {str(id_): str(name) for id_, name in session.execute(query).tuples()}


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _request_json(lang: str, row: RequestRow, clients: dict[str, str]) -> dict[str, Any]:
    """A request as `ropa requests --format json` gives it: ISO dates, codes, the words."""
    from ropa.core.deadlines import RequestState, request_words

    deadline = row.deadline
    return {
        "id": row.id,
        "organisation_id": row.organisation_id,
        "reference": row.reference,
        "received_on": _iso(row.received_on),
        "requester": row.requester,
        "rights": list(row.rights),
        "decision": row.decision,
        "answered_on": _iso(row.answered_on),
        "client_party_id": row.client_party_id,
        "client": clients.get(row.client_party_id) if row.client_party_id else None,
        "forwarded_on": _iso(deadline.forwarded_on),
        "state": deadline.state.value,
        "due": _iso(deadline.due),
        "days_left": deadline.days if deadline.state is RequestState.OPEN else None,
        "days_late": deadline.days if deadline.state is RequestState.LATE else None,
        "extension_told_late": deadline.extension_told_late,
        "words": request_words(lang, deadline),
    }


def _breach_json(lang: str, row: BreachRow) -> dict[str, Any]:
    """A breach as `ropa breaches --format json` gives it: UTC ISO moments, codes, the words;
    seconds_left counts down to the 72-hour deadline, negative once it passed."""
    from ropa.core.deadlines import BreachState, breach_words

    clock = row.clock
    seconds_left = None
    if clock.left is not None:
        seconds = int(clock.left.total_seconds())
        seconds_left = -seconds if clock.state is BreachState.OVERDUE else seconds
    return {
        "id": row.id,
        "organisation_id": row.organisation_id,
        "name": row.name,
        "discovered_at": _iso(row.discovered_at),
        "natures": list(row.natures),
        "risk": row.risk,
        "authority_notified_at": _iso(row.authority_notified_at),
        "state": clock.state.value,
        "deadline": _iso(clock.deadline),
        "seconds_left": seconds_left,
        "words": breach_words(lang, clock),
    }


def _contract_words(lang: str, row: ContractRow) -> str:
    from ropa.core.contracts import contract_words

    return contract_words(lang, row.state, row.signed_on, row.review_on, row.expires_on)


def _todo_json(lang: str, item: TodoItem, organisations: dict[str, str]) -> dict[str, Any]:
    """An item as `ropa todo --format json` gives it: codes, ISO dates, the words."""
    return {
        "kind": item.kind.value,
        "organisation_id": item.organisation_id,
        "organisation": organisations.get(item.organisation_id),
        "table": item.table,
        "id": item.id,
        "entry": item.entry,
        "late": item.late,
        "state": item.state,
        "due": _iso(item.due),
        "due_at": item.due_at.isoformat() if item.due_at is not None else None,
        "words": item.words(lang),
    }


def _contract_parts(lang: str, row: ContractRow) -> list[str]:
    """A contract as `ropa contracts` prints it, a part each: its party, its reference and
    version (as typed), the organisation's side, where it stands, its Art. 28(3) stipulations
    (none checked, all, or the letters of those not ticked)."""
    from ropa.core.contracts import missing_clauses
    from ropa.db.enums import Art28Clause

    parts = [row.party_name]
    version = row.contract_version
    if row.reference:  # its version too, unless the reference already says it
        shown = version and version not in row.reference
        parts.append(f"{row.reference} ({version})" if shown else row.reference)
    elif version:
        parts.append(version)
    parts.append(tr(lang, f"cli.contracts.role.{row.our_role or 'none'}"))
    parts.append(_contract_words(lang, row))
    if not row.clauses:
        parts.append(tr(lang, "cli.contracts.clauses.unchecked"))
    elif missing := missing_clauses(row.clauses):
        letters = "abcdefgh"  # Art. 28(3)(a)-(h), in the order of Art28Clause
        order = list(Art28Clause)
        listed = ", ".join(letters[order.index(clause)] for clause in missing)
        parts.append(tr(lang, "cli.contracts.clauses.missing", letters=listed))
    else:
        parts.append(tr(lang, "cli.contracts.clauses.all"))
    return parts


def _contract_json(lang: str, row: ContractRow) -> dict[str, Any]:
    """A contract as `ropa contracts --format json` gives it: ISO dates, codes, the words;
    missing_clauses is null while no stipulation was checked."""
    from ropa.core.contracts import in_force, missing_clauses

    return {
        "id": row.id,
        "organisation_id": row.organisation_id,
        "party_id": row.party_id,
        "party": row.party_name,
        "party_kind": row.party_kind,
        "reference": row.reference,
        "contract_version": row.contract_version,
        "our_role": row.our_role,
        "status": row.status,
        "signed_on": _iso(row.signed_on),
        "expires_on": _iso(row.expires_on),
        "review_on": _iso(row.review_on),
        "clauses": list(row.clauses),
        "missing_clauses": (
            [clause.value for clause in missing_clauses(row.clauses)] if row.clauses else None
        ),
        "subprocessor_authorisation": row.subprocessor_authorisation,
        "state": row.state.value,
        "in_force": in_force(row.state),
        "words": _contract_words(lang, row),
    }


def _draft_format(chosen: str | None, output: str | None) -> str:
    """A breach draft's format: --format, else OUT's extension (.pdf, .docx), else PDF."""
    from ropa.exports.breach import FORMATS

    return _document_format(chosen, output, FORMATS, "cli.breach_draft.bad_suffix")


def _document_format(
    chosen: str | None, output: str | None, formats: Sequence[str], refusal: str
) -> str:
    """A document's format: --format, else OUT's extension (one of `formats`), else PDF; any
    other extension is refused with the message `refusal`."""
    if chosen:
        return chosen
    if output in (None, "-"):
        return "pdf"
    suffix = Path(output).suffix.lower().lstrip(".")
    if suffix not in formats:
        raise RopaError(refusal, path=output)
    return suffix


class _Named(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...


_N = TypeVar("_N", bound=_Named)


def _find_breach(rows: list[BreachRow], wanted: str, path: str) -> BreachRow:
    """The breach of this id or name (see _find_named)."""
    return _find_named(rows, wanted, path, "breach_draft")


@dataclass(frozen=True)
class _Record:
    """A record as `_find_named` looks it up: its id and the name a person gives it."""

    id: str
    name: str


def _records(session: Any, kind: str) -> list[_Record]:
    """The records of `kind` that take documents, named as people name them (an activity by
    its reference, or its reference and name; the others by their name or reference)."""
    from sqlalchemy import select

    from ropa.core import services
    from ropa.core.attachments import owner_labels
    from ropa.db.models import Activity

    model: Any = services.model_of(kind)
    labels = owner_labels(session, None)
    named = [_Record(i, labels.get(i, i)) for i in session.execute(select(model.id)).scalars()]
    if kind == "activity":  # "T-09" as well as "T-09 Camera surveillance"
        references = dict(session.execute(select(Activity.id, Activity.reference)).all())
        named += [_Record(n.id, references[n.id]) for n in named if n.id in references]
    return named


def _document_json(d: Any) -> dict[str, Any]:
    return {
        "id": d.document.id,
        "name": d.document.name,
        "description": d.document.description,
        "media_type": d.document.media_type,
        "size": d.document.size,
        "attached_at": d.document.added_at.isoformat(),
        "organisation_id": d.organisation_id,
        "record_type": d.owner_table,
        "record_id": d.owner_id,
        "record": d.owner_label,
    }


def _find_named(rows: list[_N], wanted: str, path: str, command: str) -> _N:
    """The row of this id or name (the same name in other capitals and spacing, when no name
    is the same exactly); an unknown or shared name is refused with the choices, in the
    messages "cli.<command>.ambiguous / none / unknown"."""

    def folded(text: str) -> str:
        return " ".join(text.split()).casefold()

    for matches in (
        [r for r in rows if r.id == wanted],
        [r for r in rows if r.name == wanted],
        [r for r in rows if folded(r.name) == folded(wanted)],
    ):
        if len(matches) == 1:
            return matches[0]
        if matches:
            names = "\n".join(f"  - {r.name} [{r.id}]" for r in matches)
            raise RopaError(f"cli.{command}.ambiguous", name=wanted, names=names)
    if not rows:
        raise RopaError(f"cli.{command}.none", path=path)
    names = "\n".join(f"  - {r.name} [{r.id}]" for r in sorted(rows, key=lambda r: r.name))
    raise RopaError(f"cli.{command}.unknown", name=wanted, path=path, names=names)


def render_plan(plan: ImportPlan, lang: str) -> str:
    """An import's change preview as text: per sheet, each row added, changed or removed,
    with the changed columns (old -> new)."""
    lines = [
        tr(
            lang,
            "cli.import.plan",
            name=plan.organisation_name,
            added=plan.count("added"),
            changed=plan.count("changed"),
            removed=plan.count("removed"),
        )
    ]
    signs = {"added": "+", "changed": "~", "removed": "-"}
    for sheet in plan.sheets:
        if not sheet.changes:
            continue
        lines.append(f"\n[{sheet.sheet}]")
        for change in sheet.changes:
            where = f" ({tr(lang, 'cli.import.row', row=change.row)})" if change.row else ""
            lines.append(f"  {signs[change.kind]} {change.label}{where}")
            for f in change.fields:
                lines.append(f"      {f.column}: {_clip(f.old)} \u2192 {_clip(f.new)}")
    for note in plan.notes:
        lines.append(f"! {note}")
    return "\n".join(lines)


def _clip(value: str | None, width: int = 60) -> str:
    if value is None:
        return "\u2205"
    value = value.replace("\n", " ")
    return value if len(value) <= width else value[: width - 1] + "\u2026"


class _Parser(argparse.ArgumentParser):
    """argparse, whose error messages quote the arguments given (file names) safely."""

    def error(self, message: str) -> NoReturn:
        super().error(terminal_text(message))


def build_parser(lang: str) -> argparse.ArgumentParser:
    def t(key: str) -> str:
        return tr(lang, key)

    parser = _Parser(prog="ropa", description=t("cli.help.description"))
    parser.add_argument("--version", action="version", version=f"ropa {__version__}")
    parser.add_argument("--lang", choices=LANGUAGES, help=t("cli.help.lang"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    common = _Parser(add_help=False)
    common.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=t("cli.help.lang")
    )
    writer = _Parser(add_help=False)  # the commands that change the register
    writer.add_argument("--user", metavar="NAME", type=_user_name, help=t("history.cli.help_user"))

    init = commands.add_parser(
        "init", parents=[common, writer], help=t("cli.help.init"), description=t("cli.help.init")
    )
    init.add_argument("file", metavar="FILE", help=t("cli.help.file_new"))
    init.add_argument("--demo", action="store_true", help=t("cli.help.demo"))
    init.add_argument("--force", action="store_true", help=t("cli.help.force"))

    imp = commands.add_parser(
        "import",
        parents=[common, writer],
        help=t("cli.help.import"),
        description=t("cli.help.import"),
    )
    imp.add_argument("file", metavar="FILE", help=t("cli.help.file_import"))
    imp.add_argument("input", metavar="INPUT", help=t("cli.help.input"))
    imp.add_argument("--dry-run", action="store_true", help=t("cli.help.dry_run"))
    imp.add_argument("--organisation", metavar="ID", help=t("cli.help.org_import"))
    imp.add_argument("--from-table", action="store_true", help=t("cli.help.from_table"))
    imp.add_argument("--mapping", metavar="MAP.json", help=t("cli.help.mapping"))
    imp.add_argument("--write-mapping", metavar="OUT.json", help=t("cli.help.write_mapping"))
    imp.add_argument("--sheet", metavar="NAME", help=t("cli.help.sheet"))

    exp = commands.add_parser(
        "export", parents=[common], help=t("cli.help.export"), description=t("cli.help.export")
    )
    exp.add_argument("file", metavar="FILE", help=t("cli.help.file"))
    exp.add_argument("--format", required=True, choices=EXPORT_FORMATS, help=t("cli.help.format"))
    exp.add_argument("-o", "--output", metavar="OUT", help=t("cli.help.output"))
    exp.add_argument("--organisation", action="append", metavar="ID", help=t("cli.help.org"))
    exp.add_argument(
        "--document-lang", choices=LANGUAGES, metavar="LANG", help=t("cli.help.document_lang")
    )
    exp.add_argument("--include-drafts", action="store_true", help=t("cli.help.include_drafts"))

    notice = commands.add_parser(
        "notice", parents=[writer], help=t("notice.cli.help"), description=t("notice.cli.help")
    )
    notice.add_argument("file", metavar="FILE", help=t("cli.help.file"))
    notice.add_argument(
        "--lang",
        dest="notice_lang",
        choices=LANGUAGES,
        help=t("notice.cli.help_lang"),
    )
    notice.add_argument(
        "--audience",
        choices=("all", *AUDIENCE_NAMES),
        metavar="NAME",
        help=t("notice.cli.help_audience").format(names=", ".join(("all", *AUDIENCE_NAMES))),
    )
    notice.add_argument(
        "--format", choices=NOTICE_FORMATS, default=None, help=t("notice.cli.help_format")
    )
    notice.add_argument("-o", "--output", metavar="OUT", help=t("notice.cli.help_output"))
    notice.add_argument("--organisation", metavar="ID", help=t("cli.help.org"))
    notice.add_argument("--publish", action="store_true", help=t("notice.cli.help_publish"))
    notice.add_argument("--versions", action="store_true", help=t("notice.cli.help_versions"))

    check = commands.add_parser(
        "check", parents=[common], help=t("cli.help.check"), description=t("cli.help.check")
    )
    check.add_argument("file", metavar="FILE", help=t("cli.help.file"))
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--organisation", metavar="ID", help=t("cli.help.org"))

    templates = commands.add_parser(
        "templates",
        parents=[common],
        help=t("cli.help.templates"),
        description=t("cli.help.templates"),
    )
    templates.add_argument("--country", choices=("be", "fr", "BE", "FR"), metavar="be|fr")
    templates.add_argument(
        "--references", action="store_true", help=t("cli.help.templates_references")
    )

    add = commands.add_parser(
        "add-template",
        parents=[common, writer],
        help=t("cli.help.add_template"),
        description=t("cli.help.add_template"),
    )
    add.add_argument("file", metavar="FILE", help=t("cli.help.file"))
    add.add_argument("template", metavar="TEMPLATE_ID", nargs="+")
    add.add_argument("--organisation", metavar="ID", help=t("cli.help.org"))
    add.add_argument(
        "--document-lang", choices=LANGUAGES, metavar="LANG", help=t("cli.help.template_lang")
    )
    add.add_argument(
        "--client",
        metavar="NAME",
        action="append",
        default=[],
        help=t("cli.help.template_client"),
    )

    info = commands.add_parser(
        "info", parents=[common], help=t("cli.help.info"), description=t("cli.help.info")
    )
    info.add_argument("file", metavar="FILE", help=t("cli.help.file"))

    hist = commands.add_parser(
        "history", parents=[common], help=t("cli.help.history"), description=t("history.cli.help")
    )
    hist.add_argument("file", metavar="FILE", help=t("cli.help.file"))
    hist.add_argument(
        "--format",
        choices=("text", "pdf", "xlsx"),
        default="text",
        help=t("history.cli.help_format"),
    )
    hist.add_argument("-o", "--output", metavar="OUT", help=t("history.cli.help_output"))
    hist.add_argument("--since", metavar="YYYY-MM-DD", help=t("history.cli.help_since"))
    hist.add_argument("--until", metavar="YYYY-MM-DD", help=t("history.cli.help_until"))
    hist.add_argument("--type", metavar="TYPE", help=t("history.cli.help_type"))
    hist.add_argument("--by", metavar="USER", help=t("history.cli.help_by"))
    hist.add_argument("--limit", type=_positive, metavar="N", help=t("cli.help.limit"))
    hist.add_argument("--entity", metavar="ID", help=t("cli.help.entity"))
    hist.add_argument(
        "--document-lang", choices=LANGUAGES, metavar="LANG", help=t("cli.help.document_lang")
    )

    def listing(name: str, organisation_help: str = "cli.help.org_one") -> Any:
        """A command listing records of FILE, as text or --format json (--json)."""
        command = commands.add_parser(
            name, parents=[common], help=t(f"cli.help.{name}"), description=t(f"cli.help.{name}")
        )
        command.add_argument("file", metavar="FILE", help=t("cli.help.file"))
        command.add_argument("--organisation", metavar="ID", help=t(organisation_help))
        command.add_argument("--format", choices=("text", "json"), default="text")
        command.add_argument(
            "--json", dest="format", action="store_const", const="json", help=t("cli.help.json")
        )
        return command

    for name, open_help in (("requests", "open_requests"), ("breaches", "open_breaches")):
        listing(name).add_argument("--open", action="store_true", help=t(f"cli.help.{open_help}"))
    listing("contracts")
    listing("todo", "cli.help.org_todo")
    draft = commands.add_parser(
        "breach-draft",
        parents=[common],
        help=t("cli.help.breach_draft"),
        description=t("cli.help.breach_draft"),
    )
    draft.add_argument("file", metavar="FILE", help=t("cli.help.file"))
    draft.add_argument("breach", metavar="BREACH", help=t("cli.help.breach"))
    draft.add_argument("--to", required=True, choices=BREACH_DRAFTS, help=t("cli.help.breach_to"))
    draft.add_argument("-o", "--output", metavar="OUT", help=t("cli.help.breach_output"))
    draft.add_argument("--format", choices=BREACH_FORMATS, help=t("cli.help.breach_format"))
    draft.add_argument(
        "--document-lang",
        choices=LANGUAGES,
        metavar="LANG",
        help=t("cli.help.breach_document_lang"),
    )
    report = commands.add_parser(
        "dpia-report",
        parents=[common],
        help=t("cli.help.dpia_report"),
        description=t("cli.help.dpia_report"),
    )
    report.add_argument("file", metavar="FILE", help=t("cli.help.file"))
    report.add_argument("dpia", metavar="DPIA", help=t("cli.help.dpia"))
    report.add_argument("-o", "--output", metavar="OUT", help=t("cli.help.dpia_output"))
    report.add_argument("--format", choices=DPIA_FORMATS, help=t("cli.help.dpia_format"))
    report.add_argument(
        "--document-lang",
        choices=LANGUAGES,
        metavar="LANG",
        help=t("cli.help.dpia_document_lang"),
    )
    listing("attachments")
    attach = commands.add_parser(
        "attach", parents=[common], help=t("cli.help.attach"), description=t("cli.help.attach")
    )
    attach.add_argument("file", metavar="FILE", help=t("cli.help.file"))
    attach.add_argument("kind", choices=ATTACHMENT_OWNERS, help=t("cli.help.attach_kind"))
    attach.add_argument("record", metavar="RECORD", help=t("cli.help.attach_record"))
    attach.add_argument("paths", metavar="PATH", nargs="+", help=t("cli.help.attach_paths"))
    save = commands.add_parser(
        "attachment-save",
        parents=[common],
        help=t("cli.help.attachment_save"),
        description=t("cli.help.attachment_save"),
    )
    save.add_argument("file", metavar="FILE", help=t("cli.help.file"))
    save.add_argument("attachment", metavar="DOCUMENT", help=t("cli.help.attachment"))
    save.add_argument("-o", "--output", metavar="OUT", help=t("cli.help.attachment_output"))
    return parser


def _user_name(text: str) -> str:
    from ropa.core.users import clean_user_name

    try:
        return clean_user_name(text)
    except RopaError as error:
        raise argparse.ArgumentTypeError(error.message(system_language())) from None


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    problem = missing_resources()
    if problem is not None:  # no catalogue to speak the user's language with
        write(sys.stderr, problem + "\n")
        return EXIT_DATA
    argv = list(sys.argv[1:] if argv is None else argv)
    forced = _forced_language(argv)
    cli = Cli(forced or system_language())
    cli.lang_from_register = forced is None
    args = build_parser(cli.lang).parse_args(argv)
    cli.user = getattr(args, "user", None) or None
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "init": cli.init,
        "import": cli.import_,
        "export": cli.export,
        "notice": cli.notice,
        "check": cli.check,
        "templates": cli.templates,
        "add-template": cli.add_template,
        "info": cli.info,
        "history": cli.history,
        "requests": cli.requests,
        "breaches": cli.breaches,
        "contracts": cli.contracts,
        "breach-draft": cli.breach_draft,
        "dpia-report": cli.dpia_report,
        "attachments": cli.attachments,
        "attach": cli.attach,
        "attachment-save": cli.attachment_save,
        "todo": cli.todo,
    }
    try:
        refuse_output_over_register(args)
        return handlers[args.command](args)
    except RopaError as error:
        cli.err(error.message(cli.lang))
        return EXIT_DATA
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # a fault of ropa: a message and the log, never a traceback
        log = log_exception(f"ropa {args.command} failed", error)
        if log is None:
            cli.err(tr(cli.lang, "error.unexpected_no_log", error=type(error).__name__))
        else:
            cli.err(tr(cli.lang, "error.unexpected", error=type(error).__name__, log=str(log)))
        return EXIT_DATA


def refuse_output_over_register(args: argparse.Namespace) -> None:
    """Before any work: -o naming the register the command reads is refused."""
    output, register = getattr(args, "output", None), getattr(args, "file", None)
    if output in (None, "-") or not register:
        return
    if Path(output).exists() and Path(output).resolve() == Path(register).resolve():
        raise RopaError("error.output_is_register", path=output)


def _forced_language(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
            return value if value in LANGUAGES else None
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGUAGES:
            return argv[i + 1]
    return None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
