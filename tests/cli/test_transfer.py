"""Export and import: lossless round trip, merge by uuid, all-or-nothing."""

from __future__ import annotations

import csv
import json

import pytest
from icalendar import Calendar


@pytest.fixture
def full_home(run, add, tmp_path, built):
    """A home with one of everything (built once, copied into each test)."""

    def build_full_home():
        run("aspiration", "add", "trauma specialist", "--description", "EMDR and TF-CBT")
        parent = add("Become a trauma specialist", "2028-12-31", "--aspiration", "trauma specialist", "--tag", "long")
        child = add("Complete the EMDR basic training", "2026-12-31", "--parent", parent["id"], "--target", "50",
                    "--unit", "hours", "--step", "Register for part 1", "--hours-per-week", "4")
        run("log", child["id"], "10", "--note", "part 1")
        run("edit", child["id"], "--due", "2027-01-31", "--reason", "Part 2 moved")
        run("step", "done", child["id"], child["steps"][0]["id"])
        run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-01-31", "--supervisor")
        cert = tmp_path / "cert.pdf"
        cert.write_bytes(b"%PDF-1.4 ethics")
        run("ce", "add", "Ethics", "--hours", "6", "--date", "2026-03-01", "--format", "live-online",
            "--category", "ethics", "--license", "TX LPC", "--certificate", cert, "--goal", child["id"])
        run("journal", "Good supervision today", "--goal", child["id"], "--tag", "supervision", "--feedback", "supervisor")
        answers = tmp_path / "answers.json"
        answers.write_text(json.dumps({"achieved": "Part 1", "energy": 4, "goals": {str(child["id"]): {"progress": 2}}}))
        run("review", "--answers", answers)
        run("settings", "set", "review.rhythm", "14")
        run("profile", "add", "--strength", "rapport", "--grow", "billing", "--interest", "veterans",
            "--skill", "clinical:EMDR=2", "--skill", "administrative:documentation=4")
        return parent, child

    return built(build_full_home)


def _export(run, path):
    result = run("export", "--out", path)
    assert result.code == 0, result
    document = json.loads(path.read_text())
    document.pop("exported_at")
    return document


def test_round_trip_is_lossless(run, full_home, tmp_path, monkeypatch):
    first = _export(run, tmp_path / "one.json")
    assert first["format"] == "clingoals" and first["version"] == 1
    assert {len(first[k]) for k in ("goals", "aspirations", "licenses", "ce_credits", "reflections", "reviews",
                                    "self_assessments")} == {1, 2}
    assert all("uuid" in g for g in first["goals"])
    assert all("uuid" in s for g in first["goals"] for s in g["steps"] + g["progress"] + g["revisions"])
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "fresh"))
    result = run("import", tmp_path / "one.json")
    assert result.code == 0, result
    second = _export(run, tmp_path / "two.json")
    assert second == first
    shown = run("ce", "show", "1", "--json").json()
    assert shown["certificate_present"] is True  # the certificate travelled


def test_import_into_a_full_home_merges_without_duplicates(run, full_home, tmp_path, add):
    document = _export(run, tmp_path / "one.json")
    again = run("import", tmp_path / "one.json", "--json")
    assert again.code == 0 and again.json()["added"] == {}
    add("A new goal", "2026-12-31")
    merged = run("import", tmp_path / "one.json", "--json").json()
    assert merged["added"] == {}
    assert len(run("list", "--all", "--json").json()) == len(document["goals"]) + 1


def test_check_changes_nothing(run, full_home, tmp_path, monkeypatch):
    _export(run, tmp_path / "one.json")
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "fresh"))
    result = run("import", tmp_path / "one.json", "--check", "--json")
    assert result.code == 0 and result.json()["added"]["goals"] == 2
    assert run("list", "--all", "--json").json() == []


@pytest.mark.parametrize("damage,message", [
    (lambda d: d.update(format="other"), "Not a clingoals export"),
    (lambda d: d.update(version=2), "version 2"),
    (lambda d: d["goals"][1].update(deadline="soon"), "goals[1] (uuid"),
    (lambda d: next(g for g in d["goals"] if g["steps"])["steps"][0].pop("text"), "steps[0] (uuid"),
    (lambda d: d["ce_credits"][0].update(format="podcast"), "ce_credits[0] (uuid"),
    (lambda d: d["goals"].append(dict(d["goals"][0])), "appears twice"),
    (lambda d: d["reflections"][0].update(energy="high"), "reflections[0] (uuid"),
])
def test_malformed_file_imports_nothing_and_names_the_first_bad_record(run, full_home, tmp_path, monkeypatch,
                                                                       damage, message):
    run("export", "--out", tmp_path / "one.json")
    document = json.loads((tmp_path / "one.json").read_text())
    damage(document)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "fresh"))
    result = run("import", bad)
    assert result.code == 1 and message in result.err and "Nothing was imported" in result.err, result
    assert run("list", "--all", "--json").json() == []
    assert run("journal", "list", "--json").json() == []


def test_not_json(run, tmp_path):
    path = tmp_path / "x.json"
    path.write_text("{not json")
    result = run("import", path)
    assert result.code == 1 and "not JSON" in result.err


def test_ics_parses_with_icalendar(run, full_home, tmp_path):
    path = tmp_path / "goals.ics"
    assert run("export", "--format", "ics", "--out", path).code == 0
    calendar = Calendar.from_ical(path.read_bytes())
    events = {str(e["summary"]): e.decoded("dtstart") for e in calendar.walk("VEVENT")}
    assert events["Goal due: Complete the EMDR basic training"].isoformat() == "2027-01-31"
    assert events["License renewal: TX LPC"].isoformat() == "2027-01-31"
    assert "Weekly goals review" in events


def test_csv_export_one_file_per_kind(run, full_home, tmp_path):
    folder = tmp_path / "csv"
    assert run("export", "--format", "csv", "--out", folder).code == 0
    names = {p.name for p in folder.iterdir()}
    assert {"goals.csv", "steps.csv", "progress.csv", "ce_credits.csv", "reflections.csv", "licenses.csv"} <= names
    goals = list(csv.DictReader(open(folder / "goals.csv")))
    assert {g["title"] for g in goals} == {"Become a trauma specialist", "Complete the EMDR basic training"}
    assert run("export", "--format", "csv").code == 1


def test_the_sample_clinician_imports_and_shows_a_full_picture(run, monkeypatch):
    from pathlib import Path

    sample = Path(__file__).resolve().parents[2] / "src" / "clingoals" / "sample" / "sample-clinician.json"
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-15")  # the sample's records are dated up to that day
    result = run("import", sample, "--json")
    assert result.code == 0, result
    added = result.json()["added"]
    assert added["goals"] >= 15 and added["aspirations"] >= 2 and added["ce_credits"] >= 1
    assert added["reflections"] >= 3 and added["licenses"] == 1
    goals = run("list", "--all", "--json").json()
    assert {g["domain"] for g in goals} == {"professional", "personal"}
    assert len({g["category"] for g in goals}) >= 7
    assert run().code == 0 and run("ce").code == 0 and run("plan").code == 0


def test_renewal_memory_and_review_progress_survive_a_round_trip(run, add, tmp_path, monkeypatch):
    """Every stored field travels: a renewed license keeps what 'license renew
    --undo' goes back to, and progress logged in a review keeps its review."""
    goal = add("Complete the EMDR basic training", "2026-12-31", "--target", "50", "--unit", "hours")
    run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2026-04-30", "--cycle", "2")
    renewed = run("license", "renew", "TX LPC", "--yes", "--json")
    assert renewed.code == 0, renewed
    assert renewed.json()["cycle_number"] == 3
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"achieved": "Part 1", "goals": {str(goal["id"]): {"progress": 5}}}))
    assert run("review", "--answers", answers).code == 0
    first = _export(run, tmp_path / "one.json")
    [license] = first["licenses"]
    assert license["undo_renewal"]["renews"] == "2026-04-30" and license["undo_renewal"]["cycle_number"] == 2
    [entry] = first["goals"][0]["progress"]
    assert entry["value"] == 5 and entry["review_uuid"] == first["reviews"][0]["uuid"]

    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "empty"))
    imported = run("import", tmp_path / "one.json")
    assert imported.code == 0, imported
    assert _export(run, tmp_path / "two.json") == first
    undone = run("license", "renew", "TX LPC", "--undo", "--json")
    assert undone.code == 0, undone
    assert (undone.json()["cycle_number"], undone.json()["renews"]) == (2, "2026-04-30")
    assert run("license", "renew", "TX LPC", "--undo").code == 1  # only once, as before the trip


def _renewed_export(run, add, tmp_path) -> dict:
    """The export of a home with logged progress and a renewed license: the
    records that carry progress review_uuid and license undo_renewal."""
    goal = add("Complete the EMDR basic training", "2026-12-31", "--target", "50")
    run("log", goal["id"], "3")
    run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2026-04-30")
    assert run("license", "renew", "TX LPC", "--yes").code == 0
    assert run("export", "--out", tmp_path / "renewed.json").code == 0  # a new name: an existing one is refused
    return json.loads((tmp_path / "renewed.json").read_text())


def test_an_export_without_the_newer_fields_still_imports(run, add, tmp_path, monkeypatch):
    """Files written before undo_renewal and progress review_uuid were exported
    import as before: a missing key means none."""
    document = _renewed_export(run, add, tmp_path)
    for license in document["licenses"]:
        del license["undo_renewal"]
    for entry in document["goals"][0]["progress"]:
        del entry["review_uuid"]
    (tmp_path / "old.json").write_text(json.dumps(document))
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "empty"))
    assert run("import", tmp_path / "old.json").code == 0
    again = _export(run, tmp_path / "two.json")
    assert again["licenses"][0]["undo_renewal"] is None and again["goals"][0]["progress"][0]["review_uuid"] is None
    result = run("license", "renew", "TX LPC", "--undo")
    assert result.code == 1 and "no renewal to undo" in result.err


@pytest.mark.parametrize("damage, message", [
    (lambda d: d["licenses"][0].update(undo_renewal={"renews": "soon"}), "undo_renewal: needs renews"),
    (lambda d: d["licenses"][0].update(undo_renewal="2026-04-30"), "undo_renewal: must be an object"),
    (lambda d: d["goals"][0]["progress"][0].update(review_uuid="nope"), "review_uuid: 'nope' is not one of"),
    # A license's ended cycles are checked field by field from the model (LicenseCycle), then start <= end.
    (lambda d: d["licenses"][0]["cycles"][0].pop("renewed_at"), ".cycles[0]: renewed_at: is missing"),
    (lambda d: d["licenses"][0]["cycles"][0].update(start="soon"), ".cycles[0]: start: 'soon' is not a date"),
    (lambda d: d["licenses"][0]["cycles"][0].update(start="2030-01-01"), ".cycles[0]: end: before the start"),
    (lambda d: d["licenses"][0]["cycles"][0].update(note="x"), ".cycles[0]: unknown field note"),
    # compared as dates, not text: "20240101" is a date too, before 2024-06-01, though not as text
    (lambda d: d["licenses"][0]["cycles"][0].update(start="2024-06-01", end="20240101"),
     ".cycles[0]: end: before the start"),
    # a supervising day after today would switch the supervision minimums off for every cycle
    (lambda d: d["licenses"][0].update(supervisor=True, supervisor_since="2099-01-01"),
     "supervisor_since: 2099-01-01 is in the future"),
])
def test_bad_renewal_memory_or_review_link_imports_nothing(run, add, tmp_path, monkeypatch, damage, message):
    document = _renewed_export(run, add, tmp_path)
    damage(document)
    (tmp_path / "bad.json").write_text(json.dumps(document))
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "empty"))
    result = run("import", tmp_path / "bad.json")
    assert result.code == 1 and message in result.err and "Nothing was imported" in result.err, result
    assert run("license", "list", "--json").json() == []


def test_ics_leaves_out_done_and_dropped_goals(run, add, tmp_path):
    open_goal = add("Complete the EMDR basic training", "2027-01-31")
    done = add("Attend 4 state association meetings", "2027-02-28")
    assert run("step", "add", open_goal["id"], "Register", "--due", "2026-12-01").code == 0
    assert run("step", "add", done["id"], "Book one", "--due", "2026-12-02").code == 0
    dropped = add("Take 10 days of vacation", "2027-03-31")
    paused = add("Present a poster at the state conference", "2027-04-30")
    assert run("done", done["id"]).code == 0
    assert run("drop", dropped["id"], "--reason", "not this year").code == 0
    assert run("pause", paused["id"]).code == 0
    path = tmp_path / "goals.ics"
    assert run("export", "--format", "ics", "--out", path).code == 0
    summaries = {str(e["summary"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    goal_events = {s for s in summaries if s.startswith("Goal due: ")}
    assert goal_events == {"Goal due: Complete the EMDR basic training",
                           "Goal due: Present a poster at the state conference"}
    assert "Step: Register" in summaries and "Step: Book one" not in summaries


def _fields_match_the_schema(document: dict) -> None:
    """Every record (nested ones too) has exactly the fields the schema read
    from the models gives its kind, in the same order."""
    from clingoals.store.export_fields import schema

    format_ = schema()

    def check(kind: str, record: dict, where: str) -> None:
        assert list(record) == list(format_.fields[kind]), where
        for field, spec in format_.fields[kind].items():
            for index, item in enumerate(record[field] if spec.records else []):
                check(spec.records, item, f"{where}.{field}[{index}]")

    assert [k for k in document if k not in ("format", "version", "exported_at", "settings")] == list(format_.kinds)
    for kind in format_.kinds:
        for index, record in enumerate(document[kind]):
            check(kind, record, f"{kind}[{index}]")


def test_an_export_writes_exactly_the_fields_of_the_models(run, add, full_home, tmp_path):
    _fields_match_the_schema(_export(run, tmp_path / "one.json"))
    renewed = _renewed_export(run, add, tmp_path)
    assert renewed["licenses"][-1]["cycles"] and renewed["licenses"][-1]["undo_renewal"]
    _fields_match_the_schema(renewed)


def test_a_file_without_every_field_an_older_clingoals_did_not_write_still_imports(run, full_home, tmp_path,
                                                                                     monkeypatch):
    """An older export lacks the fields of columns added since (each empty
    then) and the ones declared as missing from old files (ids, a credit's
    activity, a license's cycles and ticks): it imports to the same records."""
    from clingoals.store.export_fields import KINDS, schema

    first = _export(run, tmp_path / "one.json")
    old = json.loads(json.dumps(first))
    format_ = schema()
    lacking = {kind: set(declared.old_files_lack) for kind, declared in KINDS.items()}

    def strip(kind: str, record: dict) -> None:
        for field, spec in format_.fields[kind].items():
            for item in record[field] if spec.records else []:
                strip(spec.records, item)
            if field in lacking.get(kind, ()) or (not spec.required and record[field] in (None, [])):
                del record[field]

    for kind in format_.kinds:
        for record in old[kind]:
            strip(kind, record)
    assert "id" not in old["goals"][0] and "activity" not in old["ce_credits"][0]
    assert "cycles" not in old["licenses"][0] and "deleted_at" not in old["goals"][0]
    (tmp_path / "old.json").write_text(json.dumps(old))
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "fresh"))
    result = run("import", tmp_path / "old.json")
    assert result.code == 0, result
    for review in first["reviews"]:  # what the old file lacks can't come back: the goals a review covered
        assert review["reviewed_goals"]
        review["reviewed_goals"] = []
    assert _export(run, tmp_path / "two.json") == first


def test_export_and_checking_a_file_do_not_import_the_orm(run, add, tmp_path):
    """The field lists come from models.py without importing SQLModel (~0.5 s
    of CPU): 'goals export' and refusing a bad file to import load none of it."""
    import os
    import subprocess
    import sys

    add("Pass the NCE", "2026-09-30")  # migrates the test's home in this process
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "clingoals", "version": 1, "goals": [{"uuid": "x"}]}))
    code = (
        "import sys\n"
        "from clingoals.cli import main\n"
        f"for argv, status in ((['goals', 'export', '--out', {str(tmp_path / 'out.json')!r}], 0),\n"
        f"                     (['goals', 'import', {str(bad)!r}], 1)):\n"
        "    sys.argv = argv\n"
        "    try:\n        main()\n    except SystemExit as e:\n        assert (e.code or 0) == status, (argv, e.code)\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlmodel', 'sqlalchemy', 'pydantic', 'alembic'))\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ))
    assert "HEAVY []" in out.stdout, out.stdout[-500:] + out.stderr[-500:]
    assert "title: is missing" in out.stderr
    assert json.loads((tmp_path / "out.json").read_text())["goals"][0]["title"] == "Pass the NCE"


def _holds(new, old, where: str = "") -> None:
    """``new`` has every field of ``old`` with the same value (nested too)."""
    if isinstance(old, dict):
        for key, value in old.items():
            assert key in new, f"{where}.{key} lost"
            _holds(new[key], value, f"{where}.{key}")
    elif isinstance(old, list):
        assert len(new) == len(old), where
        for index, (a, b) in enumerate(zip(new, old)):
            _holds(a, b, f"{where}[{index}]")
    else:
        assert new == old, where


def test_a_file_written_by_the_first_export_still_imports(run, tmp_path, monkeypatch):
    """export-first-format.json was written by the first version of 'goals
    export' (01ea662: no ids, no credit activity, no license cycles, ticks,
    deletion or renewal memory, no progress review link). It imports, and
    exporting again keeps every value it had."""
    from pathlib import Path

    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-23")  # that version stamped changes with the real (UTC) day
    old = Path(__file__).with_name("export-first-format.json")
    result = run("import", old)
    assert result.code == 0, result
    again = _export(run, tmp_path / "again.json")
    first = json.loads(old.read_text())
    first.pop("exported_at")
    _holds(again, first)
    assert again["ce_credits"][0]["activity"] == "course" and [g["id"] for g in again["goals"]] == [1, 2]
    assert again["licenses"][0]["cycles"] == [] and again["licenses"][0]["undo_renewal"] is None
