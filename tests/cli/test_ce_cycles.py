"""Cycles end to end: make-up credits, any cycle on demand, license history,
completion ticks, activities and provider types, the license unit table in
every view, and a user's own profile. Checked on exit codes, JSON and the
stored state. Today is 2026-05-13."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile

import pytest

OWN = 'id = "my-board"\nname = "My board"\ncycle_months = 24\ntotal_hours = 24\n'


@pytest.fixture
def mine(run, tmp_path):
    """A license on the user's own minimal profile whose cycle ended
    2026-01-31 (renewed), with 20 of 24 h in the ended cycle."""
    path = tmp_path / "mine.toml"
    path.write_text(OWN + '[[minimum]]\ncategory = "ethics"\nhours = 3\n')
    assert run("license", "add", "Mine", "--profile", path, "--renews", "2026-01-31").code == 0
    add = run("ce", "add", "Old course", "--hours", "20", "--date", "2025-06-01", "--format", "in-person",
              "--category", "ethics", "--json")
    assert add.code == 0, add
    renewed = run("license", "renew", "Mine", "--yes")
    assert renewed.code == 0, renewed
    assert "short by 4 h" in renewed.err
    return "Mine"


def status(run, *args):
    result = run("ce", "status", "--json", *args)
    assert result.code == 0, result
    return result.json()["licenses"][0]


def test_renewal_starts_the_next_cycle_the_day_after(run, mine):
    # Ended 2026-01-31: the next cycle runs 2026-02-01 .. (2026-02-01 + 24 months - 1 day) = 2028-01-31.
    now = status(run)
    assert (now["cycle_start"], now["cycle_end"], now["cycle_number"]) == ("2026-02-01", "2028-01-31", 3)
    before = status(run, "--cycle", "previous")
    assert (before["cycle_start"], before["cycle_end"]) == ("2024-02-01", "2026-01-31")
    assert before["counted_hours"] == 20 and before["remaining_hours"] == 4
    assert status(run, "--cycle", "2025-01-01")["cycle_end"] == "2026-01-31"


def test_make_up_credit_counts_in_the_cycle_it_makes_up(run, mine):
    # 4 h taken 2026-03-01 for the cycle that ended 2026-01-31 short by 4 h:
    # that cycle 20 + 4 = 24 (complete); the current one 0 h.
    added = run("ce", "add", "Late ethics", "--hours", "4", "--date", "2026-03-01", "--format", "live-online",
                "--cycle", "previous", "--json")
    assert added.code == 0, added
    credit = added.json()
    assert credit["make_up"] is True and credit["counts_in"] == "2026-01-31"
    previous = status(run, "--cycle", "previous")
    assert (previous["counted_hours"], previous["status"]) == (24, "complete")
    assert [c["id"] for c in previous["make_up_credits"]] == [credit["id"]]
    current = status(run)
    assert current["counted_hours"] == 0
    assert [c["id"] for c in current["counted_elsewhere"]] == [credit["id"]]
    # Shown as make-up in the credit list and in both panels.
    listed = run("ce", "list")
    assert "make-up" in listed.out
    assert "Make-up" in run("ce", "status", "--cycle", "previous").out
    assert "Make-up" in run("ce", "status").out
    # --cycle current puts it back into the cycle of its date.
    assert run("ce", "edit", str(credit["id"]), "--cycle", "current").code == 0
    assert status(run)["counted_hours"] == 4
    assert run("ce", "show", str(credit["id"]), "--json").json()["counts_in"] is None


def test_cycle_option_errors_change_nothing(run, mine, tmp_path):
    for args, message in [
        (("--cycle", "2099-01-01"), "after"),
        (("--cycle", "whenever"), "--cycle"),
        (("--cycle", "previous", "--date", "2023-01-01"), "later cycle"),
    ]:
        base = ["ce", "add", "X", "--hours", "1", "--format", "in-person"]
        if "--date" not in args:
            base += ["--date", "2026-03-01"]
        result = run(*base, *args)
        assert result.code == 1 and message in result.err, result
    path = tmp_path / "new.toml"
    path.write_text(OWN.replace("my-board", "new-board"))
    run("license", "add", "New", "--profile", path, "--renews", "2027-01-31", "--cycle", "1")
    first = run("ce", "status", "--license", "New", "--cycle", "previous")
    assert first.code == 1 and "first cycle" in first.err
    assert len(run("ce", "list", "--json").json()) == 1


def test_audit_of_the_previous_cycle_names_certificates_as_credits_csv(run, mine, tmp_path):
    # Two certificates both called "certificate.pdf": the bundle keeps the
    # original name, made unique, and credits.csv says the same.
    for title, day in (("First", "2025-07-01"), ("Second", "2025-08-01")):
        folder = tmp_path / title
        folder.mkdir()
        (folder / "certificate.pdf").write_bytes(title.encode())
        assert run("ce", "add", title, "--hours", "1", "--date", day, "--format", "in-person",
                   "--certificate", folder / "certificate.pdf").code == 0
    out = tmp_path / "audit.zip"
    result = run("ce", "audit", "--license", "Mine", "--cycle", "previous", "--out", out, "--json")
    assert result.code == 0, result
    assert result.json()["credits"] == 3 and result.json()["cycle_end"] == "2026-01-31"
    with zipfile.ZipFile(out) as bundle:
        rows = list(csv.DictReader(io.StringIO(bundle.read("credits.csv").decode())))
        named = {r["title"]: r["certificate"] for r in rows}
        assert named == {"Old course": "", "First": "certificates/certificate.pdf",
                         "Second": "certificates/certificate (2).pdf"}
        assert bundle.read("certificates/certificate.pdf") == b"First"
        assert bundle.read("certificates/certificate (2).pdf") == b"Second"
        assert "your own profile" in bundle.read("summary.md").decode()
    # The current cycle's audit has none of them.
    current = run("ce", "audit", "--license", "Mine", "--out", tmp_path / "now.zip", "--json").json()
    assert current["credits"] == 0


def test_license_history(run, mine):
    run("ce", "add", "New cycle", "--hours", "5", "--date", "2026-03-01", "--format", "in-person")
    result = run("license", "history", "Mine", "--json")
    assert result.code == 0, result
    cycles = result.json()["cycles"]
    assert [(c["cycle_number"], c["cycle_start"], c["cycle_end"], c["current"]) for c in cycles] == [
        (3, "2026-02-01", "2028-01-31", True), (2, "2024-02-01", "2026-01-31", False)]
    assert cycles[1]["outcome"] == {"complete": False, "recorded": True, "recorded_after_end": False, "short_hours": 4,
                                    "short_categories": [], "not_done": [],
                                    "text": "short by 4 h"}
    assert cycles[0]["counted_hours"] == 5
    shown = run("license", "history", "Mine")
    assert shown.code == 0 and "short by 4 h" in shown.out


def test_history_names_the_short_categories(run, tmp_path):
    path = tmp_path / "p.toml"
    path.write_text(OWN + '[[minimum]]\ncategory = "ethics"\nhours = 6\n')
    run("license", "add", "P", "--profile", path, "--renews", "2026-01-31")
    run("ce", "add", "General", "--hours", "30", "--date", "2025-06-01", "--format", "in-person", "--yes")
    run("ce", "add", "Some ethics", "--hours", "2", "--date", "2025-06-02", "--format", "in-person",
        "--category", "ethics")
    run("license", "renew", "P", "--yes")
    [_, ended] = run("license", "history", "P", "--json").json()["cycles"]
    assert ended["outcome"]["text"] == "short by 4 h (4 h ethics)"


def test_jurisprudence_exam_ticked_counts_as_an_ethics_hour(run):
    run("license", "add", "TX", "--profile", "example-tx-lpc", "--renews", "2027-01-31")
    before = status(run)
    assert [c["done"] for c in before["completions"]] == [None, None]
    result = run("license", "done", "TX", "jurisprudence exam", "--date", "2026-02-01", "--json")
    assert result.code == 0, result
    assert result.json()["cycle_end"] == "2027-01-31"
    after = status(run)
    assert after["completions"][0] == {"name": "jurisprudence exam", "done": "2026-02-01", "category": "ethics",
                                       "hours": 1, "make_up": False}
    assert after["counted_hours"] == before["counted_hours"] + 1
    assert {c["category"]: c["counted"] for c in after["categories"]}["ethics"] == 1
    unknown = run("license", "done", "TX", "yoga retreat", "--date", "2026-02-01")
    assert unknown.code == 1 and "jurisprudence exam" in unknown.err
    future = run("license", "done", "TX", "jurisprudence exam", "--date", "2026-12-01")
    assert future.code == 1 and "future" in future.err


def test_jurisprudence_exam_ticked_late_makes_up_the_cycle_that_ended(run, tmp_path, monkeypatch):
    # TX renewed 2026-01-31; the exam was taken 2026-03-01 for the ended cycle
    # (2024-02-01 .. 2026-01-31). With --cycle previous it is done there (and
    # its 1 h ethics counts there: 0 + 1 = 1 h), not in the current cycle.
    run("license", "add", "TX", "--profile", "example-tx-lpc", "--renews", "2026-01-31")
    assert run("license", "renew", "TX", "--yes").code == 0
    before = status(run, "--cycle", "previous")
    result = run("license", "done", "TX", "jurisprudence exam", "--date", "2026-03-01", "--cycle", "previous",
                 "--json")
    assert result.code == 0, result
    tick = result.json()
    assert (tick["counts_in"], tick["make_up"], tick["cycle_start"], tick["cycle_end"]) == \
        ("2026-01-31", True, "2024-02-01", "2026-01-31")
    previous = status(run, "--cycle", "previous")
    exam = previous["completions"][0]
    assert (exam["name"], exam["done"], exam["make_up"]) == ("jurisprudence exam", "2026-03-01", True)
    assert previous["counted_hours"] == before["counted_hours"] + 1
    assert {c["category"]: c["counted"] for c in previous["categories"]}["ethics"] == 1
    current = status(run)
    assert current["completions"][0]["done"] is None and current["counted_hours"] == 0
    shown = run("ce", "status", "--cycle", "previous")
    assert "late: a make-up for this cycle" in shown.out
    [_, ended] = run("license", "history", "TX", "--json").json()["cycles"]
    assert "jurisprudence exam" not in ended["outcome"]["not_done"]
    # The assignment travels with an export and back into a fresh data folder.
    assert run("export", "--out", tmp_path / "all.json").code == 0
    [license] = json.loads((tmp_path / "all.json").read_text())["licenses"]
    assert [(d["done_on"], d["counts_in"]) for d in license["done"]] == [("2026-03-01", "2026-01-31")]
    monkeypatch.setenv("CLINGOALS_HOME", str(tmp_path / "fresh"))
    assert run("import", tmp_path / "all.json").code == 0
    assert status(run, "--cycle", "previous")["completions"][0]["make_up"] is True


def test_license_done_cycle_refuses_bad_choices_and_stores_nothing(run, tmp_path):
    run("license", "add", "TX", "--profile", "example-tx-lpc", "--renews", "2026-01-31")
    assert run("license", "renew", "TX", "--yes").code == 0
    for cycle, date, says in (("sometime", "2026-03-01", "--cycle 'sometime'"),
                              ("current", "2025-06-01", "can't count in a later cycle"),
                              ("2029-01-01", "2026-03-01", "after TX's current cycle")):
        refused = run("license", "done", "TX", "jurisprudence exam", "--date", date, "--cycle", cycle)
        assert refused.code == 1, refused
        assert says in refused.err and len(refused.err.strip().splitlines()) == 1, refused.err
    for which in ("current", "previous"):
        assert [c["done"] for c in status(run, "--cycle", which)["completions"]] == [None, None]
    exported = run("export", "--out", tmp_path / "all.json")
    assert exported.code == 0, exported
    [license] = json.loads((tmp_path / "all.json").read_text())["licenses"]
    assert license["done"] == []


def test_activity_and_provider_type(run):
    run("license", "add", "OH", "--profile", "example-oh-cswmft", "--renews", "2027-01-31")
    # Presenting needs no --format; 4 h presented count 6 (x1.5).
    presented = run("ce", "add", "Talk", "--hours", "4", "--date", "2026-02-01", "--activity", "presenting", "--json")
    assert presented.code == 0, presented
    assert presented.json()["activity"] == "presenting"
    assert status(run)["counted_hours"] == 6
    no_format = run("ce", "add", "Course", "--hours", "1", "--date", "2026-02-01")
    assert no_format.code == 1 and "--format" in no_format.err and no_format.err.count("\n") == 1
    bad = run("ce", "add", "X", "--hours", "1", "--date", "2026-02-01", "--activity", "juggling")
    assert bad.code == 1 and bad.err.count("\n") == 1
    run("license", "add", "TX", "--profile", "example-tx-lpc", "--renews", "2027-01-31")
    typed = run("ce", "add", "Listed", "--hours", "12", "--date", "2026-02-02", "--format", "in-person",
                "--provider-type", "Listed in rule", "--license", "TX", "--json")
    assert typed.json()["provider_type"] == "listed-in-rule"
    share = status(run, "--license", "TX")["provider_share"]
    assert share["counted_hours"] == 12 and share["remaining_hours"] == 0


def test_one_conversion_everywhere(run, tmp_path):
    # A board with 1 CEU = 1 h: 2 CEU are 2 h in list, show, export, status and audit.
    path = tmp_path / "one.toml"
    path.write_text(OWN + "[units]\nceu = 1\n")
    run("license", "add", "One", "--profile", path, "--renews", "2027-01-31")
    added = run("ce", "add", "Course", "--hours", "2", "--unit", "ceu", "--date", "2026-02-01",
                "--format", "in-person", "--json").json()
    assert (added["amount"], added["unit"], added["hours"]) == (2, "ceu", 2)
    assert run("ce", "list", "--json").json()[0]["hours"] == 2
    assert re.search(r"Course .*\b2 \(2 ceu\)", run("ce", "list").out)  # the hours, the amount as given beside them
    assert run("ce", "show", "1", "--json").json()["hours_by_license"] == {"One": 2}
    assert status(run)["counted_hours"] == 2
    exported = run("ce", "export", "--format", "json")
    assert '"hours": 2' in exported.out
    run("ce", "audit", "--license", "One", "--out", tmp_path / "a.zip")
    summary = zipfile.ZipFile(tmp_path / "a.zip").read("summary.md").decode()
    assert "| 1 | 2026-02-01 | Course | 2 ceu | 2 |" in summary


def test_your_own_profile_is_called_so(run, tmp_path):
    path = tmp_path / "own.toml"
    path.write_text(OWN)
    assert run("license", "add", "Own", "--profile", path, "--renews", "2027-01-31").code == 0
    assert status(run)["profile_label"] == "your own profile"
    listed = run("ce", "profile", "list", "--json").json()
    assert {p["id"]: p["label"] for p in listed}["my-board"] == "your own profile"
    assert "your own profile" in run("ce", "status").out
    assert "your own profile" in run("ce", "profile", "show", "my-board").out


@pytest.mark.parametrize("extra,field", [
    ('colour = "red"\n', "colour"),
    ('[[minimum]]\ncategory = "ethics"\nhours = -3\n', "minimum[1].hours"),
    ('[[cap]]\nformat = "self-study"\nfraction = 1.5\n', "cap[1].fraction"),
    ('[[activity]]\nname = "presenting"\nmultiplier = 0\n', "activity[1].multiplier"),
    ('[[activity]]\nname = "podcasting"\n', "activity[1].name"),
])
def test_bad_profile_files_are_refused_and_nothing_is_stored(run, tmp_path, extra, field):
    path = tmp_path / "bad.toml"
    path.write_text(OWN.replace("my-board", "bad-board") + extra)
    for args in (("ce", "profile", "add", path), ("license", "add", "Bad", "--profile", path, "--renews", "2027-01-31")):
        result = run(*args)
        assert result.code == 1, result
        assert str(path) in result.err and field in result.err
        assert "Traceback" not in result.err
    assert "bad-board" not in {p["id"] for p in run("ce", "profile", "list", "--json").json()}
    assert run("license", "list", "--json").json() == []


def test_editing_the_renewal_date_without_a_renewal_keeps_cycles_consistent(run, mine):
    # After a renewal the cycle still starts the day after the last end.
    bad = run("license", "edit", "Mine", "--renews", "2025-12-31")
    assert bad.code == 1 and "must come after" in bad.err
    assert run("license", "edit", "Mine", "--renews", "2028-02-29").code == 0
    assert status(run)["cycle_start"] == "2026-02-01"


def test_undoing_a_renewal_restores_the_cycle_and_its_history(run, mine):
    # Renew again (2026-02-01 .. 2028-01-31 -> 2028-02-01 .. 2030-01-31), then undo.
    assert run("license", "renew", "Mine", "--yes").code == 0
    assert status(run)["cycle_start"] == "2028-02-01"
    assert len(run("license", "history", "Mine", "--json").json()["cycles"]) == 3
    assert run("license", "renew", "Mine", "--undo").code == 0
    now = status(run)
    assert (now["cycle_start"], now["cycle_end"], now["cycle_number"]) == ("2026-02-01", "2028-01-31", 3)
    assert [c["cycle_end"] for c in run("license", "history", "Mine", "--json").json()["cycles"]] == [
        "2028-01-31", "2026-01-31"]


def _panel_text(result) -> str:
    """The status panel as one line of words (borders and wrapping removed)."""
    lines = [line.strip().strip("│╭╰─").strip() for line in result.out.splitlines()]
    return " ".join(" ".join(lines).split())


def test_status_panel_numbers_add_up_with_a_provider_share(run):
    # Texas: 24 h, at least half (12 h) from listed provider types. 16 h
    # counted (6 ethics + 3 cultural diversity + 7 other), none from a listed
    # provider: required - counted = 8 h, but 12 h must still be earned (all
    # 12 listed hours), so 12 of 24 h are done: 50%.
    run("license", "add", "TX", "--profile", "example-tx-lpc", "--renews", "2027-01-31")
    for title, hours, *category in (("Ethics", 6, "ethics"), ("Diversity", 3, "cultural-diversity"), ("Other", 7)):
        args = ["ce", "add", title, "--hours", hours, "--date", "2026-02-01", "--format", "in-person"]
        assert run(*args, *(["--category", category[0]] if category else [])).code == 0
    data = status(run)
    assert (data["required_hours"], data["counted_hours"], data["remaining_hours"], data["done_fraction"]) == \
        (24, 16, 12, 0.5)
    assert data["remaining_note"] == ("12 h, not 24 h − 16 h = 8 h: at least 12 h must come from the listed "
                                      "provider types and 0 h of yours do; 16 h of the 16 h counted are from providers the rule doesn't "
                                      "accept (credits 1, 2, 3), so 12 h more must come from the listed ones.")
    shown = run("ce", "status")
    assert shown.code == 0, shown
    text = _panel_text(shown)
    assert "Counted 16 h toward the total of 24 h required" in text
    assert "50% done, 12 h to earn" in text
    assert data["remaining_note"] in text
    # What to take next adds up to the 12 h remaining, the listed hours among them.
    assert "Next: 12 h any topic (all of these from a listed provider type)" in text


def test_status_panel_numbers_add_up_after_a_renewal_with_carry_over(run):
    # TX cycle ending 2026-01-31 with 34 h counted (33 h listed + 1 h exam):
    # 10 h surplus carries over (the profile's maximum). New cycle: 6 h from
    # an unlisted provider. required - counted = 24 - 6 = 18 h; the carry-over
    # covers 10 of them (8 h left), but 12 h must come from listed providers,
    # so 12 h remain and 50% is done.
    run("license", "add", "TX", "--profile", "example-tx-lpc", "--renews", "2026-01-31")
    for title, hours, *category in (("Ethics", 6, "ethics"), ("Diversity", 3, "cultural-diversity"), ("Big", 24)):
        args = ["ce", "add", title, "--hours", hours, "--date", "2025-03-01", "--format", "in-person",
                "--provider-type", "listed-in-rule"]
        assert run(*args, *(["--category", category[0]] if category else [])).code == 0
    for requirement in ("jurisprudence exam", "human trafficking course"):
        assert run("license", "done", "TX", requirement, "--date", "2025-05-01").code == 0
    assert run("license", "renew", "TX", "--yes").code == 0
    assert run("ce", "add", "New", "--hours", "6", "--date", "2026-03-02", "--format", "in-person").code == 0
    data = status(run)
    assert (data["counted_hours"], data["carry_over_hours"], data["remaining_hours"], data["done_fraction"]) == \
        (6, 10, 12, 0.5)
    assert data["remaining_note"] == (
        "12 h, not 24 h − 6 h = 18 h: the 10 h carried over from the previous cycle count toward the total; "
        "at least 12 h must come from the listed provider types and 0 h of yours do; 6 h of the 6 h counted are "
        "from providers the rule doesn't accept (credit 4), so 12 h more must come from the listed ones.")
    text = _panel_text(run("ce", "status"))
    assert "Carry-over 10 h from the previous cycle" in text
    assert "50% done, 12 h to earn" in text and data["remaining_note"] in text
    # 12 h more from a listed provider, tagged ethics and cultural diversity: 18 h counted + 10 h carried
    # over >= 24; the one credit fills 6 h ethics and 3 h diversity (9 of its 12 h); 12 h listed = the share.
    # Remaining 0 h, not 24 - 18 = 6 h, because of the carry-over alone.
    assert run("ce", "add", "Listed", "--hours", "12", "--date", "2026-03-03", "--format", "in-person",
               "--category", "ethics", "--category", "cultural-diversity", "--provider-type", "listed-in-rule").code == 0
    after = status(run)
    assert (after["counted_hours"], after["carry_over_hours"], after["remaining_hours"]) == (18, 10, 0)
    assert after["remaining_note"] == ("0 h, not 24 h − 18 h = 6 h: the 10 h carried over from the previous cycle "
                                       "count toward the total.")
    assert after["done_fraction"] == 1 and after["status"] != "complete"  # the exam is still to do


# --- tried as a new user (round 3): each refusal is one line, exit 1, nothing stored ----------------

def test_a_credit_needs_a_title(run):
    for title in ("", "   "):
        refused = run("ce", "add", title, "--hours", "3", "--date", "2026-05-01", "--format", "in-person")
        assert refused.code == 1 and "title can't be empty" in refused.err, refused
    assert run("ce", "list", "--json").json() == []
    assert run("ce", "add", "Ethics", "--hours", "3", "--date", "2026-05-01", "--format", "in-person").code == 0
    assert run("ce", "edit", "1", "--title", " ").code == 1
    assert run("ce", "show", "1", "--json").json()["title"] == "Ethics"


def test_a_wrong_license_or_goal_is_said_before_the_duplicate_question(run):
    run("license", "add", "TX", "--profile", "example-tx-lpc", "--renews", "2027-01-31")
    args = ("ce", "add", "Ethics", "--hours", "3", "--date", "2026-05-01", "--format", "in-person")
    assert run(*args).code == 0
    for extra, says in ((("--license", "NOPE"), "No license named 'NOPE'"), (("--goal", "99"), "No goal with id 99")):
        refused = run(*args, *extra)
        assert refused.code == 1 and len(refused.err.strip().splitlines()) == 1, refused.err
        assert says in refused.err
    assert len(run("ce", "list", "--json").json()) == 1


def test_license_issue_date_is_checked_on_edit_as_on_add(run):
    run("license", "add", "TX", "--profile", "example-tx-lpc", "--renews", "2027-01-31")
    future = run("license", "edit", "TX", "--issued", "2026-12-01")
    assert future.code == 1 and "in the future" in future.err
    after = run("license", "edit", "TX", "--renews", "2020-01-31")  # before nothing: no issue date yet
    assert after.code == 0
    run("license", "edit", "TX", "--renews", "2027-01-31")
    assert run("license", "edit", "TX", "--issued", "2019-03-01").code == 0
    late = run("license", "edit", "TX", "--renews", "2019-01-31")
    assert late.code == 1 and "must come after the issue date (2019-03-01)" in late.err
    assert run("license", "show", "TX", "--json").json()["renews"] == "2027-01-31"


def test_a_requirement_is_ticked_once_per_cycle(run):
    run("license", "add", "TX", "--profile", "example-tx-lpc", "--renews", "2027-01-31")
    assert run("license", "done", "TX", "jurisprudence exam", "--date", "2026-05-01").code == 0
    again = run("license", "done", "TX", "Jurisprudence  Exam", "--date", "2026-05-02")
    assert again.code == 1 and "already ticked" in again.err and "done 2026-05-01" in again.err
    ticks = [c for c in status(run)["completions"] if c["done"]]
    assert [(c["name"], c["done"]) for c in ticks] == [("jurisprudence exam", "2026-05-01")]


def test_adding_a_profile_says_what_it_replaces(run, tmp_path):
    path = tmp_path / "tx.toml"
    path.write_text(OWN.replace("my-board", "example-tx-lpc"))
    added = run("ce", "profile", "add", path)
    assert added.code == 0 and "replaces the built-in profile example-tx-lpc" in added.err
    again = run("ce", "profile", "add", path)
    assert again.code == 0 and "replaces your earlier profile example-tx-lpc" in again.err
    assert run("ce", "profile", "show", "example-tx-lpc", "--json").json()["status"] == "custom"


def test_status_of_the_previous_cycle_skips_a_license_in_its_first_cycle(run):
    run("license", "add", "New", "--profile", "example-fl-mh", "--renews", "2027-03-31", "--issued", "2025-06-01")
    run("license", "add", "Old", "--profile", "example-tx-lpc", "--renews", "2027-01-31")
    result = run("ce", "status", "--cycle", "previous", "--json")
    assert result.code == 0, result
    assert [(l["name"], l["cycle_end"]) for l in result.json()["licenses"]] == [("Old", "2025-01-31")]
    assert "New is in its first cycle" in result.err
    only_new = run("ce", "status", "--cycle", "previous", "--license", "New")
    assert only_new.code == 1 and "first cycle" in only_new.err
    make_up = run("ce", "add", "Late", "--hours", "2", "--date", "2026-05-01", "--format", "in-person",
                  "--cycle", "previous")
    assert make_up.code == 1 and "--license" in make_up.err and len(make_up.err.strip().splitlines()) == 1
    assert run("ce", "list", "--json").json() == []


def test_export_counts_each_certificate_written(run, tmp_path):
    # Two credits whose certificates have the same content: two files beside the CSV, "2 certificates".
    run("license", "add", "TX", "--profile", "example-tx-lpc", "--renews", "2027-01-31")
    cert = tmp_path / "cert.pdf"
    cert.write_bytes(b"%PDF same")
    for day in ("2026-04-01", "2026-04-02"):
        assert run("ce", "add", f"Course {day}", "--hours", "2", "--date", day, "--format", "in-person",
                   "--certificate", cert).code == 0
    done = run("ce", "export", "--out", tmp_path / "out.csv")
    assert done.code == 0 and "2 certificates" in done.err, done
    assert sorted(p.name for p in (tmp_path / "out-certificates").iterdir()) == ["cert (2).pdf", "cert.pdf"]


def test_audit_summary_shows_the_provider_share_and_each_provider_type(run, tmp_path):
    # Texas: 12 of 24 h from listed providers; 3 h listed so far -> 9 h still needed.
    run("license", "add", "TX", "--profile", "example-tx-lpc", "--renews", "2027-01-31")
    run("ce", "add", "Listed course", "--hours", "3", "--date", "2026-02-01", "--format", "in-person",
        "--provider-type", "listed-in-rule")
    assert run("ce", "audit", "--license", "TX", "--out", tmp_path / "a.zip").code == 0
    summary = zipfile.ZipFile(tmp_path / "a.zip").read("summary.md").decode()
    assert "## Provider share" in summary
    assert "At least 12 h from listed-in-rule; counted: 3 h; still needed: 9 h" in summary
    assert "| provider type |" in summary and "| listed-in-rule |" in summary


def test_an_open_completion_says_how_to_tick_it(run):
    run("license", "add", "TX", "--profile", "example-tx-lpc", "--renews", "2027-01-31")
    text = _panel_text(run("ce", "status"))
    assert 'To tick one: goals license done "TX" "jurisprudence exam" --date DATE' in text


def test_import_messages_count_in_words(run, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("title,hours,date,format\nA,1,2026-01-01,in-person\n")
    done = run("ce", "import", path)
    assert done.code == 0 and "Imported 1 CE credit from" in done.err
    bad = tmp_path / "bad.csv"
    bad.write_text("title,hours,date,format\nB,-3,2026-01-01,in-person\n")
    refused = run("ce", "import", bad)
    assert refused.code == 1 and "Row 2: hours must be a number above zero (got -3). Nothing was imported." in refused.err
