"""Files from elsewhere are checked before anything is written: each hostile
case is refused with one line, nothing is imported, and nothing outside the
data folder changes."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

PROFILE = """id = "{id}"
name = "My NM LPCC"
jurisdiction = "NM"
status = "example"
effective_from = "2020-01-01"
sources = ["a test"]
cycle_months = 24
total_hours = 40
"""


def snapshot(root: Path, skip: Path) -> dict:
    """Every file and link under ``root`` except the data folder ``skip``."""
    seen = {}
    for folder, dirs, files in os.walk(root):
        if Path(folder) == skip or skip in Path(folder).parents:
            dirs[:] = []
            continue
        for name in files + dirs:
            path = Path(folder) / name
            if path != skip:
                info = os.lstat(path)
                seen[path] = (info.st_size, info.st_mtime_ns, info.st_mode)
    return seen


@pytest.fixture
def exported(run, tmp_path, monkeypatch, built):
    """An export (with one certificate beside it) from a first home; then the
    tests run in a second, empty home. Returns (document, path of the JSON).
    Built once, copied into each test."""

    def build_export():
        monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "first"))
        cert = tmp_path / "cert.pdf"
        cert.write_bytes(b"%PDF certificate")
        assert run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30").code == 0
        assert run("add", "Pass the NCE", "--due", "2026-09-30").code == 0
        assert run("ce", "add", "Ethics", "--hours", "3", "--date", "2026-05-01", "--format", "in-person",
                   "--certificate", cert, "--yes").code == 0
        out = tmp_path / "sent" / "export.json"
        out.parent.mkdir()
        assert run("export", "--out", out).code == 0
        monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "home"))
        (tmp_path / "user" / ".ssh").mkdir(parents=True)
        (tmp_path / "user" / ".ssh" / "id_rsa").write_text("PRIVATE KEY")
        return json.loads(out.read_text())

    return built(build_export), tmp_path / "sent" / "export.json"


@pytest.fixture
def refused(run, tmp_path):
    """Run an import-like command and check the refusal: one line, exit 1,
    nothing imported, nothing outside the data folder changed."""

    def check(*args):
        home = tmp_path / "home"
        before = snapshot(tmp_path, home)
        result = run(*args)
        assert result.code == 1, result
        assert len(result.err.strip().splitlines()) == 1 and "unexpected" not in result.err, result
        assert snapshot(tmp_path, home) == before
        assert run("list", "--all", "--json").json() == []
        assert run("ce", "list", "--json").json() == []
        certificates = home / "certificates"
        assert not certificates.exists() or not any(certificates.iterdir())
        return result

    return check


def _write(document, path):
    path.write_text(json.dumps(document))
    return path


def test_certificate_traversal_by_dotdot_is_refused(exported, refused, tmp_path):
    document, out = exported
    deep = tmp_path / "sent" / "p" / "q"
    (deep / "export-certificates").mkdir(parents=True)
    (tmp_path / "sent" / "user" / ".ssh").mkdir(parents=True)
    (tmp_path / "sent" / "user" / ".ssh" / "authorized_keys").write_text("ssh-rsa ATTACKER")
    document["ce_credits"][0]["certificate"] = "../../../user/.ssh/authorized_keys"
    result = refused("import", _write(document, deep / "export.json"))
    assert "certificate" in result.err and "Nothing was imported" in result.err
    assert not (tmp_path / "user" / ".ssh" / "authorized_keys").exists()


def test_absolute_certificate_path_is_refused(exported, refused, tmp_path):
    document, out = exported
    document["ce_credits"][0]["certificate"] = str(tmp_path / "user" / ".ssh" / "id_rsa")
    result = refused("import", _write(document, out))
    assert "not a plain file name" in result.err


def test_certificate_symlink_leading_out_is_refused(exported, refused, tmp_path):
    document, out = exported
    [link] = out.with_name("export-certificates").iterdir()  # the certificate, under its readable name
    link.unlink()
    link.symlink_to(tmp_path / "user" / ".ssh" / "id_rsa")
    result = refused("import", out)
    assert "leads outside" in result.err
    link.unlink()  # under its stored name, as older exports wrote it, too
    (link.parent / document["ce_credits"][0]["certificate"]).symlink_to(tmp_path / "user" / ".ssh" / "id_rsa")
    assert "leads outside" in refused("import", out).err


def test_profile_id_traversal_is_refused(exported, refused, tmp_path):
    document, out = exported
    document["profiles"] = [{"id": "../../pwned-by-profile", "toml": PROFILE.format(id="my-nm-lpcc")}]
    result = refused("import", _write(document, out))
    assert "profiles[0]: id" in result.err
    assert not list(tmp_path.rglob("pwned-by-profile*"))


def test_profile_id_must_match_its_toml(exported, refused):
    document, out = exported
    document["profiles"] = [{"id": "my-nm-lpcc", "toml": PROFILE.format(id="other-id")}]
    assert "differs from the id in its TOML" in refused("import", _write(document, out)).err


@pytest.mark.parametrize("cell", ["ABSOLUTE", "../user/.ssh/id_rsa", "link.pdf"])
def test_csv_certificate_column_stays_in_the_csv_folder(run, refused, tmp_path, cell):
    (tmp_path / "user" / ".ssh").mkdir(parents=True)
    secret = tmp_path / "user" / ".ssh" / "id_rsa"
    secret.write_text("PRIVATE KEY")
    folder = tmp_path / "csvin"
    folder.mkdir()
    (folder / "link.pdf").symlink_to(secret)
    cell = str(secret) if cell == "ABSOLUTE" else cell
    csv = folder / "credits.csv"
    csv.write_text(f"title,hours,date,format,certificate\nEthics,3,2026-05-01,in-person,{cell}\n")
    result = refused("ce", "import", csv, "--yes")
    assert result.err.startswith("error: Row 2: certificate")


@pytest.mark.parametrize("command", [("import",), ("ce", "import"), ("ce", "profile", "add"), ("path", "add"),
                                     ("license", "add", "X", "--renews", "2027-06-30", "--profile")])
def test_a_fifo_is_refused_at_once(refused, tmp_path, command):
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    assert "not a regular file" in refused(*command, fifo).err


def test_an_oversized_export_is_refused_stating_the_limit(refused, tmp_path):
    big = tmp_path / "big.json"
    with open(big, "wb") as handle:
        handle.truncate(300 * 1024 * 1024)  # sparse: no disk used
    assert "more than the 256 MB" in refused("import", big).err


def test_deeply_nested_json_is_refused_stating_the_limit(refused, tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    assert "more than 32 levels deep" in refused("import", deep).err
    shallow_but_too_deep = tmp_path / "deep2.json"
    shallow_but_too_deep.write_text("[" * 40 + "]" * 40)
    assert "more than 32 levels deep" in refused("import", shallow_but_too_deep).err


def _goal(document):
    return document["goals"][0]


def _reflection(document, **fields):
    record = {"uuid": "0b9d7f3c-0000-4000-8000-000000000001", "kind": "note", "date": "2026-05-01",
              "text": "a note", "goals": [_goal(document)["uuid"]], "tags": [],
              "created_at": "2026-05-01T10:00:00+00:00", "updated_at": "2026-05-01T10:00:00+00:00", **fields}
    document["reflections"] = [record]


def _loop(document):
    first = _goal(document)
    second = json.loads(json.dumps(first))
    second.update(uuid="0b9d7f3c-0000-4000-8000-0000000000aa", id=99, steps=[], progress=[], revisions=[],
                  status_changes=[])
    first["parent_uuid"], second["parent_uuid"] = second["uuid"], first["uuid"]
    document["goals"].append(second)


INVALID = {
    "negative CE amount": (lambda d: d["ce_credits"][0].update(amount=-1000), "ce_credits[0]", "amount"),
    "CE amount 1e308": (lambda d: d["ce_credits"][0].update(amount=1e308), "ce_credits[0]", "amount"),
    "energy 99": (lambda d: _reflection(d, energy=99), "reflections[0]", "energy"),
    "cycle -5": (lambda d: d["licenses"][0].update(cycle_number=-5), "licenses[0]", "cycle_number"),
    "NUL in a title": (lambda d: _goal(d).update(title="Pass\x00 the NCE"), "goals[0]", "title"),
    "parent loop": (_loop, "goals[", "parent_uuid"),
    "unknown aspiration": (lambda d: _goal(d).update(aspirations=["0b9d7f3c-0000-4000-8000-00000000dead"]),
                           "goals[0]", "aspirations"),
    "unknown licence": (lambda d: d["ce_credits"][0].update(licenses=["0b9d7f3c-0000-4000-8000-00000000dead"]),
                        "ce_credits[0]", "licenses"),
    "text rating": (lambda d: d.update(self_assessments=[{
        "uuid": "0b9d7f3c-0000-4000-8000-0000000000bb", "assessed_on": "2026-05-01", "strengths": [],
        "growth": [], "interests": [], "skills": {"clinical": {"CBT": "<img src=x onerror=alert(1)>"}},
        "created_at": "2026-05-01T10:00:00+00:00"}]), "self_assessments[0]", "skills"),
    "confidence 11": (lambda d: _goal(d).update(confidence=11), "goals[0]", "confidence"),
    "progress 1e300": (lambda d: _goal(d).update(progress=[{
        "uuid": "0b9d7f3c-0000-4000-8000-0000000000cc", "date": "2026-05-01", "value": 1e300,
        "created_at": "2026-05-01T10:00:00+00:00"}]), "goals[0]", "value"),
    "id beyond 64 bits": (lambda d: _goal(d).update(id=2 ** 63), "goals[0]", "id"),
    # The rules of the command that would create each record, "not in the future" (today is 2026-05-13) included.
    "CE credit dated in the future": (lambda d: d["ce_credits"][0].update(date="2026-06-01"), "ce_credits[0]", "date"),
    "empty CE title": (lambda d: d["ce_credits"][0].update(title="  "), "ce_credits[0]", "title"),
    "progress dated in the future": (lambda d: _goal(d).update(progress=[_progress("2026-05-14", 2)]),
                                     "goals[0] (uuid", "progress[0]: date"),
    "progress below zero": (lambda d: _goal(d).update(progress=[_progress("2026-05-01", 2), _progress(
        "2026-05-02", -5, "0b9d7f3c-0000-4000-8000-0000000000cd")]), "progress[1]", "value"),
    "journal entry dated in the future": (lambda d: _reflection(d, date="2026-12-31"), "reflections[0]", "date"),
    "empty journal entry": (lambda d: _reflection(d, text=" \n "), "reflections[0]", "text"),
    "review held in the future": (lambda d: d.update(reviews=[_review("2026-05-20", "2026-05-13")]),
                                  "reviews[0]", "review_date"),
    "review looking back from after itself": (lambda d: d.update(reviews=[_review("2026-05-10", "2026-05-12")]),
                                              "reviews[0]", "review_date"),
    "self-assessment in the future": (lambda d: d.update(self_assessments=[_assessment("2026-07-01")]),
                                      "self_assessments[0]", "assessed_on"),
    "unknown skill group": (lambda d: d.update(self_assessments=[_assessment("2026-05-01", {"magic": {"x": 3}})]),
                            "self_assessments[0]", "skills"),
    "license issued in the future": (lambda d: d["licenses"][0].update(issued="2026-06-01"), "licenses[0]", "issued"),
    "license issued after it renews": (lambda d: d["licenses"][0].update(issued="2020-01-01", renews="2019-01-01"),
                                       "licenses[0]", "issued"),
    "license without a name": (lambda d: d["licenses"][0].update(name=" "), "licenses[0]", "name"),
    "negative carry-over": (lambda d: d["licenses"][0].update(carry_over_hours=-3), "licenses[0]",
                            "carry_over_hours"),
    "requirement ticked in the future": (lambda d: d["licenses"][0].update(done=[{
        "requirement": "jurisprudence exam", "done_on": "2026-09-01", "created_at": "2026-05-01T10:00:00+00:00"}]),
        "licenses[0]", "done_on"),
    "status change dated in the future": (lambda d: _goal(d)["status_changes"][0].update(
        changed_at="2026-08-01T10:00:00+00:00"), "status_changes[0]", "changed_at"),
    "status change the commands don't allow": (lambda d: _goal(d)["status_changes"].append({
        "uuid": "0b9d7f3c-0000-4000-8000-0000000000ce", "previous": "done", "status": "paused",
        "changed_at": "2026-05-12T10:00:00+00:00"}), "status_changes[1]", "status"),
    "empty step": (lambda d: _goal(d).update(steps=[{"uuid": "0b9d7f3c-0000-4000-8000-0000000000cf", "text": "",
                                                     "done": False, "created_at": "2026-05-01T10:00:00+00:00"}]),
                   "steps[0]", "text"),
    "unknown review rhythm": (lambda d: d.update(settings={"review.rhythm": "hourly"}), "settings", "review.rhythm"),
    "unknown setting": (lambda d: d.update(settings={"theme": "dark"}), "settings", "theme"),
    "aspiration without a name": (lambda d: d.update(aspirations=[{
        "uuid": "0b9d7f3c-0000-4000-8000-0000000000d0", "name": " ", "created_at": "2026-05-01T10:00:00+00:00"}]),
        "aspirations[0]", "name"),
}


def _progress(day, value, uuid="0b9d7f3c-0000-4000-8000-0000000000cc"):
    return {"uuid": uuid, "date": day, "value": value, "created_at": f"{day}T10:00:00+00:00"}


def _review(day, since):
    return {"uuid": "0b9d7f3c-0000-4000-8000-0000000000d1", "review_date": day, "since": since,
            "completed_at": "2026-05-10T10:00:00+00:00"}


def _assessment(day, skills=None):
    return {"uuid": "0b9d7f3c-0000-4000-8000-0000000000bc", "assessed_on": day, "strengths": [], "growth": [],
            "interests": [], "skills": skills or {"clinical": {"CBT": 4}}, "created_at": "2026-05-01T10:00:00+00:00"}


@pytest.mark.parametrize("case", INVALID)
def test_invalid_field_values_refuse_the_whole_import(exported, refused, case):
    document, out = exported
    change, record, field = INVALID[case]
    change(document)
    result = refused("import", _write(document, out))
    assert record in result.err and field in result.err and "Nothing was imported" in result.err


def test_records_dated_today_and_in_the_past_import(exported, run):
    """The rules refuse only what a command would: today's and past records come in."""
    document, out = exported
    _goal(document).update(progress=[_progress("2026-05-12", 2), _progress("2026-05-13", -1,
                                                                           "0b9d7f3c-0000-4000-8000-0000000000cd")])
    document.update(reviews=[_review("2026-05-13", "2026-05-06")],
                    self_assessments=[_assessment("2026-05-13")])
    _reflection(document, date="2026-05-13")
    document["ce_credits"][0]["date"] = "2026-05-13"
    result = run("import", _write(document, out), "--json")
    assert result.code == 0, result
    assert result.json()["added"] == {"goals": 1, "licenses": 1, "ce_credits": 1, "reviews": 1, "reflections": 1,
                                      "self_assessments": 1}
    assert run("show", "1", "--json").json()["measure"]["current"] == 1


def test_zip_names_the_tool_writes_are_plain(run, add, tmp_path):
    cert = tmp_path / "..%2f..\\evil:name.pdf"
    cert.write_bytes(b"%PDF")
    assert run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30").code == 0
    assert run("ce", "add", "Ethics", "--hours", "3", "--date", "2026-05-01", "--format", "in-person",
               "--certificate", cert, "--yes").code == 0
    out = tmp_path / "audit.zip"
    assert run("ce", "audit", "--license", "TX LPC", "--out", out).code == 0
    for name in zipfile.ZipFile(out).namelist():
        folder, _, base = name.rpartition("/")
        assert folder in ("", "certificates") and base and ".." not in name.split("/") and "\\" not in base


FORMULAS = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "=cmd|' /C calc'!A0"]


def test_csv_cells_that_would_start_a_formula_are_prefixed(run, add, tmp_path, monkeypatch):
    import csv

    assert run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30").code == 0
    for index, formula in enumerate(FORMULAS):
        assert run("ce", "add", f"Course {index}", "--provider", formula, "--hours", "3", "--date", "2026-05-01",
                   "--format", "in-person", "--yes").code == 0
    assert run("add", FORMULAS[0], "--due", "2026-09-30").code == 0
    out = tmp_path / "exp" / "credits.csv"
    out.parent.mkdir()
    assert run("ce", "export", "--out", out).code == 0
    assert run("export", "--format", "csv", "--out", tmp_path / "all").code == 0
    cells = [c for f in [out, *(tmp_path / "all").glob("*.csv")]
             for row in csv.reader(f.read_text().splitlines()) for c in row]
    for cell in cells:
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
            float(cell)  # only numbers may start so
    assert "3" in cells  # numbers left alone
    providers = [row["provider"] for row in csv.DictReader(out.read_text().splitlines())]
    assert providers == ["'" + f for f in FORMULAS]
    # and the CSV re-imports exactly: the ' is dropped again
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "second"))
    assert run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30").code == 0
    assert run("ce", "import", out).code == 0
    assert [c["provider"] for c in run("ce", "list", "--json").json()] == FORMULAS


def test_a_pipe_inside_the_data_folder_is_skipped_not_waited_on(run, add, isolated_home):
    add()
    for folder in ("profiles", "paths"):
        (isolated_home / folder).mkdir()
        os.mkfifo(isolated_home / folder / "planted.toml")
    assert run("ce", "profile", "list", "--json").code == 0
    assert run("path", "list", "--json").code == 0
