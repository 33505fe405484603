"""Export and import: the whole store out as one versioned JSON document
(streamed), a folder of CSVs or a calendar (ICS); and an export back in, in one
transaction, adding only records the home doesn't have (matched by uuid).
Certificates travel in a folder beside the JSON file (``backup.json`` ->
``backup-certificates/``)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

from clingoals.errors import InvalidInput, sentence


def certificates_folder(json_path: Path) -> Path:
    return json_path.with_name(f"{json_path.stem}-certificates")


def _user_profiles() -> list[dict]:
    from clingoals.store.files import profiles_dir, user_tomls

    return user_tomls(profiles_dir())


def build_document(store, *, now: str, include_deleted: bool = False) -> dict:
    """The whole export document in memory (CSV and ICS are made from it).
    Deleted records are left out unless ``include_deleted``."""
    from clingoals.store.transfer import export_document

    return export_document(store.conn, now, _user_profiles(), include_deleted=include_deleted)


def export_json(store, out: Path | None, *, now: str, include_deleted: bool = False, replace: bool = True) -> dict:
    """Stream the JSON document to ``out`` (None or '-': stdout), one record at
    a time so memory stays flat; certificates are copied beside a file.
    Deleted records are left out unless ``include_deleted``; an existing
    ``out`` is refused unless ``replace``. Returns where it went, how many
    certificates were copied (``certificate_files``: the files written, one per
    credit's name, though two credits' byte-identical files are stored once) or
    left out, and what the document leaves out (``left_out``: private drafts,
    deleted records without ``include_deleted``)."""
    from clingoals.store.files import export_certificates, is_stdout, write_file
    from clingoals.store.queries import certificate_files
    from clingoals.store.transfer import write_document
    from clingoals.transfer import certificate_file_name

    profiles = _user_profiles()
    to_stdout = out is None or is_stdout(out)
    write_file("-" if to_stdout else out, lambda handle: write_document(handle, store.conn, now, profiles,
                                                                        include_deleted=include_deleted),
               replace=replace)
    files = certificate_files(store.conn, include_deleted=include_deleted)
    left_out = _left_out(store, include_deleted)
    if to_stdout:
        return {"out": "-", "certificates": 0, "certificate_files": 0,
                "certificates_left_out": len({s for s, _ in files}), "folder": None, "left_out": left_out}
    # under readable names ("ethics (2a180bbe).pdf"); the document keeps the stored ones
    pairs = [(stored, certificate_file_name(stored, original)) for stored, original in files]
    copied = export_certificates(pairs, certificates_folder(out))
    return {"out": str(out), "certificates": len(copied), "certificates_left_out": 0,
            "certificate_files": len({name for stored, name in pairs if stored in copied}),
            "folder": str(certificates_folder(out)), "left_out": left_out}


def _left_out(store, include_deleted: bool) -> dict:
    """What an export's document doesn't hold (trial 15 P6): the private
    drafts (``drafts``) and, without ``include_deleted``, the deleted records
    (``deleted``)."""
    from clingoals.usecases.data import deleted_counts

    counts = deleted_counts(store)
    drafts = counts.pop("drafts")
    return {"drafts": drafts, "deleted": 0 if include_deleted else sum(counts.values())}


def export_ics(store, *, today: dt.date, now: str, include_deleted: bool = False) -> bytes:
    """Deadlines, steps, renewals and the next review as an iCalendar file (bytes)."""
    from clingoals.calendar import to_ics
    from clingoals.usecases.review import next_review_date

    return to_ics(build_document(store, now=now, include_deleted=include_deleted), next_review_date(store), today)


def export_csv(store, folder: Path, *, now: str, include_deleted: bool = False, replace: bool = True) -> int:
    """One CSV per kind of record in ``folder``; returns how many files.
    Unless ``replace``, a folder already holding one of them is refused
    before any is written."""
    if not replace:
        from clingoals.store.export_fields import Plan, plans
        from clingoals.store.files import refuse_existing

        kinds = [*plans(), *(name for owner in CSV_CHILDREN for name, item in plans()[owner].lists
                             if isinstance(item, Plan))]
        refuse_existing(*(folder / f"{kind}.csv" for kind in kinds))
    return _export_csv(build_document(store, now=now, include_deleted=include_deleted), folder, replace=replace)


def _flat(value) -> str:
    """One spreadsheet-safe cell (see :mod:`clingoals.spreadsheet`)."""
    from clingoals.spreadsheet import safe_cell

    if isinstance(value, list):
        value = ";".join(str(v) for v in value)
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return safe_cell(value)


# Kinds whose nested records get a CSV of their own, keyed by the uuid of the record they sit in.
CSV_CHILDREN = {"goals": "goal_uuid", "reviews": "review_uuid"}


def _export_csv(document: dict, folder: Path, *, replace: bool = True) -> int:
    """One CSV per kind; the records nested in a goal (steps, progress,
    revisions, status changes) or a review (the goals it covered) get their
    own, keyed by goal_uuid or review_uuid. The kinds are the export's
    (:mod:`clingoals.store.export_fields`)."""
    from clingoals.store.export_fields import Plan, plans

    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise InvalidInput(f"Can't create the folder {folder}: {error.strerror}.") from None
    tables: dict[str, list[dict]] = {}
    for kind in plans():
        if kind not in CSV_CHILDREN:
            tables[kind] = document[kind]
            continue
        children = [name for name, item in plans()[kind].lists if isinstance(item, Plan)]
        tables[kind] = []
        tables.update((child, []) for child in children)
        for record in document[kind]:
            tables[kind].append({k: v for k, v in record.items() if k not in children})
            for child in children:
                tables[child] += [{CSV_CHILDREN[kind]: record["uuid"], **row} for row in record[child]]
    from clingoals.store.files import write_file

    for kind, rows in tables.items():
        def write(handle, rows=rows):
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]) if rows else ["uuid"])
            writer.writeheader()
            for row in rows:
                writer.writerow({k: _flat(v) for k, v in row.items()})

        write_file(folder / f"{kind}.csv", write, replace=replace)
    return len(tables)


def read_export(file: Path, *, today: dt.date) -> dict:
    """Read and validate an export document (and its profiles and certificate
    names) before anything is stored: every record meets the rules of the
    command that would create it today. Errors end with 'Nothing was imported.'"""
    from clingoals import transfer
    from clingoals.ce.profiles import parse_profile
    from clingoals.store.export_fields import schema
    from clingoals.store.files import EXPORT_LIMIT, check_certificate_sources, read_json

    try:
        if str(file) == "-":  # certificates come from a folder beside the file, so there must be one
            raise InvalidInput("'goals import' reads a file, not standard input (-): save the export to a file "
                               "first (goals export --out FILE.json) and give its name.")
        if Path(file).suffix.lower() == ".csv":
            raise InvalidInput(f"{file} is a CSV file: 'goals import' reads a JSON export (goals export --out "
                               "FILE.json); CE credits from a spreadsheet come in with 'goals ce import FILE'.")
        document = read_json(file, limit=EXPORT_LIMIT, what="clingoals export")
        transfer.validate(document, schema(), today=today)
        document["zero_progress_left_out"] = transfer.zero_progress_left_out(document)  # trial 11 P5
        for index, profile in enumerate(document.get("profiles", [])):
            parsed = parse_profile(profile["toml"], f"profiles[{index}] ({profile['id']})")
            if parsed.id != profile["id"]:
                raise InvalidInput(f"profiles[{index}]: id: {profile['id']!r} differs from the id in its TOML "
                                   f"({parsed.id!r}).")
        credits = document.get("ce_credits", [])
        check_certificate_sources(certificates_folder(Path(file)),
                                  [name for stored in {c["certificate"] for c in credits if c["certificate"]}
                                   for name in transfer.certificate_file_names(credits, stored)])
    except InvalidInput as error:
        raise InvalidInput(f"{sentence(error)} Nothing was imported.") from None
    return document


def import_export(store, document: dict, file: Path, *, check: bool = False) -> dict:
    """Import (or with ``check`` only count) a document from :func:`read_export`
    in one transaction: all or nothing. ``file`` locates the certificates
    folder. Returns ``{"checked_only", "added": {kind: n},
    "missing_certificates": [...], "certificates_folder"}``."""
    from clingoals.store.files import profiles_dir
    from clingoals.store.transfer import import_document

    # the user's own CE profiles come in as files beside the database (one already there is kept): counted too
    profiles = sum(not (profiles_dir() / f"{profile['id']}.toml").exists() for profile in document.get("profiles", []))
    missing: list[str] = []
    with store.session(dry_run=check) as session:  # one transaction: all or nothing
        counts = {**import_document(session, document), "ce_profiles": profiles}
        if not check:
            missing = _import_files(document, Path(file))  # before the commit: a failure here imports nothing
    return {"checked_only": check, "added": {k: v for k, v in counts.items() if v},
            "zero_progress_left_out": document.get("zero_progress_left_out", 0),
            "missing_certificates": missing, "certificates_folder": str(certificates_folder(Path(file)))}


def _import_files(document: dict, json_path: Path) -> list[str]:
    """Copy the certificates and user profiles in; returns the certificates not found."""
    from clingoals.store.files import import_certificate, profiles_dir, store_toml

    from clingoals.transfer import certificate_file_names

    folder = certificates_folder(json_path)
    credits = document.get("ce_credits", [])
    missing = [name for name in sorted({c["certificate"] for c in credits if c.get("certificate")})
               if not import_certificate(folder, name, certificate_file_names(credits, name))]
    for profile in document.get("profiles", []):
        if not (profiles_dir() / f"{profile['id']}.toml").exists():
            store_toml(profiles_dir(), profile["id"], profile["toml"])
    return missing
