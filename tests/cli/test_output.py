"""Output a person reads with pleasure: tables that fit 80 and 120 columns
without breaking a word, the SMART legend, numbers as people write them,
the pager only where it belongs, and the pictures."""

from __future__ import annotations

import os
import re

import pytest

from clingoals import render

LONG_TITLES = [
    "Complete trauma-informed psychoeducational group facilitation training for adolescents",
    "Reduce average PHQ-9 scores of my adult clients with depression by five points",
    "Walk",
    "Present a poster on cultural-diversity outcomes at the state counseling association",
    "Lead the agency's quality improvement committee this year",
]
BARS = set("█░▁▂▃▄▅▆▇─")


def tokens(text: str) -> set[str]:
    found = set()
    for token in text.split():
        token = token.strip("…")
        if token and not set(token) <= BARS:
            found.add(token)
    return found


@pytest.fixture
def full_home(run, add, built):
    """Goals with long titles, a license, credits and a journal entry (built once, copied into each test)."""

    def build_full_home():
        for n, title in enumerate(LONG_TITLES):
            add(f"Goal statement number {n}", f"2026-{6 + n:02d}-15", "--title", title, "--target", "50",
                "--unit", "hours")
        run("log", "1", "12", "--date", "2026-05-01")
        run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-06-30")
        for title, fmt, category in (("Cultural humility in psychotherapeutic practice with adolescents", "in-person",
                                      "cultural-diversity"),
                                     ("Ethics in telehealth", "live-online", "ethics"),
                                     ("Suicide risk assessment refresher", "self-study", None)):
            extra = ["--category", category] if category else []
            assert run("ce", "add", title, "--hours", "3", "--date", "2026-03-01", "--format", fmt, *extra,
                       "--yes").code == 0
        run("journal", "Supervision: we talked about countertransference-related difficulties with adolescent "
            "clients and psychoeducational approaches", "--yes")

    built(build_full_home)


COMMANDS = [("list",), (), ("ce", "list"), ("journal", "list")]


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "dashboard")
def test_no_word_is_broken_and_lines_fit(run, full_home, columns, width, command):
    columns(400)
    wide = run(*command)
    assert wide.code == 0, wide
    allowed = tokens(wide.out)
    columns(width)
    narrow = run(*command)
    assert narrow.code == 0, narrow
    assert narrow.out.strip()
    broken = tokens(narrow.out) - allowed
    assert not broken, f"words broken at {width} columns: {sorted(broken)}\n{narrow.out}"
    assert max(len(line.rstrip()) for line in narrow.out.splitlines()) <= width


@pytest.mark.parametrize("width", [80, 120])
def test_smart_legend_under_the_letters(run, full_home, columns, width):
    columns(width)
    for command in (("list",), ()):
        result = run(*command)
        assert render.SMART_LEGEND in result.out
        assert len(render.SMART_LEGEND) <= 80


def test_wider_terminals_give_the_title_the_room(run, full_home, columns):
    columns(120)
    result = run("list")
    assert LONG_TITLES[4] in result.out  # on one line at 120
    columns(80)
    assert LONG_TITLES[4] not in run("list").out


def test_ce_list_shows_formats_as_people_type_them(run, full_home, columns):
    columns(80)
    out = run("ce", "list").out
    assert "live-online" in out and "in-person" in out and "cultural-diversity" in out
    assert " live " not in out and "in person" not in out


def test_clip_wraps_at_words_and_ends_with_an_ellipsis():
    assert render.clip("one two three four", 9) == "one two\nthree…"
    assert render.clip("short", 20) == "short"
    assert render.clip("psychoeducational", 8, lines=1) == "psychoe…"
    assert all(len(line) <= 10 for line in render.clip("a b c d e f g h i j k l m n o p", 10).splitlines())


def test_numbers_as_people_write_them():
    from clingoals.numbers import number, signed

    assert [number(v) for v in (60.0, 2.5, -3, 0.1 + 0.2, None)] == ["60", "2.5", "-3", "0.3", "—"]
    assert [signed(v) for v in (-3, 3, 2.5, 0)] == ["-3", "+3", "+2.5", "0"]


def test_messages_say_what_is_wrong(run, add):
    empty = run("list", "--all")
    assert empty.code == 0 and 'goals add "' in empty.err and "--all" not in empty.err
    add()
    assert "goals add" not in run("list", "--status", "done").err
    bad = run("add", "Pass the NCE", "--due", "2026-13-01")
    assert bad.code == 1 and "2026-13-01: there is no month 13" in bad.err
    bad = run("add", "Pass the NCE", "--due", "30/6/2027")
    assert bad.code == 1 and "day-first dates aren't read; write 2027-06-30 or 6/30/2027" in bad.err


# --- the pager --------------------------------------------------------------------------------

def test_pager_only_for_a_terminal(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("PAGER", raising=False)
    monkeypatch.setattr(render, "_paging", {"enabled": True})
    monkeypatch.setattr(type(render.out), "is_terminal", property(lambda self: False))
    assert render.pager_command() is None  # piped
    monkeypatch.setattr(type(render.out), "is_terminal", property(lambda self: True))
    import shutil
    assert render.pager_command() == ("less -FRX" if shutil.which("less") else None)
    monkeypatch.setenv("PAGER", "sh -c cat")
    assert render.pager_command() == "sh -c cat"
    monkeypatch.setenv("PAGER", "cat")
    assert render.pager_command() is None
    monkeypatch.setenv("PAGER", "no-such-pager-here -R")
    assert render.pager_command() is None  # not installed: print directly
    monkeypatch.setenv("PAGER", "sh -c cat")
    monkeypatch.setenv("CI", "true")
    assert render.pager_command() is None
    monkeypatch.delenv("CI")
    render.disable_pager()
    assert render.pager_command() is None


def test_long_output_goes_through_the_pager(run, full_home, monkeypatch, tmp_path):
    paged = tmp_path / "paged.txt"
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("PAGER", f"cat > {paged}")
    monkeypatch.setattr(render, "_paging", {"enabled": True})
    monkeypatch.setattr(type(render.out), "is_terminal", property(lambda self: True))
    monkeypatch.setattr(type(render.out), "height", property(lambda self: 5))  # longer than the screen
    result = run("list")
    assert result.code == 0 and LONG_TITLES[2] in paged.read_text()
    paged.unlink()
    assert run("list", "--json").code == 0 and not paged.exists()  # JSON never pages
    result = run("list", "--no-pager")
    assert result.code == 0 and not paged.exists()


# --- pictures -----------------------------------------------------------------------------------

def test_show_draws_progress_beside_the_pace(run, full_home, columns):
    columns(80)
    result = run("show", "1")
    assert result.code == 0
    done = next(line for line in result.out.splitlines() if "Done" in line)
    assert re.search(r"[▁▂▃▄▅▆▇█]{2,}", done) and "12 of 50 hours" in done
    assert "On pace" in result.out and "a week to finish by 2026-06-15" in result.out


def test_pace_runs_from_the_goal_start_like_the_smart_check(run, add, columns, monkeypatch):
    """Progress logged before the goal began is drawn, but the pace (and the
    SMART check's share of the time used) both run from the goal's start."""
    columns(80)
    monkeypatch.setenv("CLINGOALS_TODAY", "2026-11-23")
    goal = add("Complete the EMDR basic training (50 hours) to treat adults with PTSD", "2027-04-30",
               "--start", "2026-11-15", "--target", "50", "--unit", "training hours", "--hours-per-week", "3")
    assert run("log", goal["id"], "14", "--date", "2026-10-20").code == 0
    out = run("show", goal["id"]).out
    used = int(re.search(r"(\d+)% of the\s+(?:│\s+)*time used", out).group(1))
    by_today = float(re.search(r"([\d.]+) by today", out).group(1))
    assert round(by_today / 50 * 100) == used == 5
    lines = out.splitlines()
    on_pace = next(i for i, line in enumerate(lines) if "On pace" in line)
    assert "2026-10-20 → 2026-11-23" in lines[on_pace + 1]  # the time axis right under the sparklines
    assert "Needed" in lines[on_pace + 2]


def test_the_sample_logs_no_progress_before_a_goal_starts():
    import json
    from pathlib import Path

    sample = Path(render.__file__).parent / "sample" / "sample-clinician.json"
    goals = json.loads(sample.read_text())["goals"]
    early = [(g["title"], p["date"]) for g in goals for p in g["progress"] if p["date"] < g["start_date"]]
    assert early == []


def test_ce_status_draws_hours_by_month(run, full_home, columns):
    columns(80)
    out = run("ce").out
    assert "By month" in out and re.search(r"[JFMASOND]{12,}", out)


def test_review_history_draws_the_streak(run, add, tmp_path):
    import json

    add()
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"achieved": "Studied", "focus": "More of it"}))
    assert run("review", "--answers", answers).code == 0
    result = run("review", "--history")
    assert result.code == 0
    streak = next(line for line in result.out.splitlines() if line.startswith("Reviews"))
    assert streak.count("■") == 1 and "streak: 1 on-time review" in streak


def test_charts_are_pure_and_sized():
    import datetime as dt

    from clingoals import charts

    assert charts.sparkline([0, 5, 10]) == "▁▅█"
    assert charts.sparkline([None, 0, 4], zero="·") == " ·█"
    months = charts.hours_by_month([{"date": "2026-02-10", "hours": 3}, {"date": "2026-02-20", "hours": 2},
                                    {"date": "2025-01-01", "hours": 9}], dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert months == [(dt.date(2026, 1, 1), 0.0), (dt.date(2026, 2, 1), 5.0), (dt.date(2026, 3, 1), 0.0)]
    assert charts.review_periods([dt.date(2026, 5, 12), dt.date(2026, 4, 29)], dt.date(2026, 5, 13), "weekly",
                                 count=3) == [True, False, True]


def test_removing_a_tag_that_is_not_there_says_so(run, add):
    goal = add("Pass the NCE", "2026-09-30", "--tag", "exam")
    result = run("edit", goal["id"], "--remove-tag", "nonexistent", "--reason", "tidy")
    assert result.code == 1 and "has no tag 'nonexistent' (its tags: exam)" in result.err
    assert run("show", goal["id"], "--json").json()["tags"] == ["exam"]
    assert run("edit", goal["id"], "--remove-tag", "exam", "--reason", "tidy").code == 0
    assert run("show", goal["id"], "--json").json()["tags"] == []


# --- a number keeps its unit (trial 1, item 14) --------------------------------------------------

def test_a_number_keeps_its_unit_wherever_the_line_breaks():
    from rich.console import Console
    from rich.panel import Panel

    for filler in range(40):
        text = "Next: " + "x" * filler + " 6 h supervision, 12 h live or in person, 12 h from a listed provider type"
        console = Console(width=80, record=True, file=open(os.devnull, "w"))
        console.print(Panel(render.Wrapped(text, style="bold")))
        lines = [line.strip("│ ") for line in console.export_text().splitlines()]
        for line, after in zip(lines, lines[1:]):
            assert not (re.search(r"\d$", line) and after.startswith("h ")), (line, after)


def test_piped_path_list_keeps_units_and_indents_continuations(run, columns):
    columns(80)
    result = run("path", "list")
    assert result.code == 0
    lines = result.out.splitlines()
    assert all(len(line) <= 80 and line == line.rstrip() for line in lines)
    assert not any(re.search(r"~\d+$", line) for line in lines)  # "~12" never parted from its "mo"
    bullets = [i for i, line in enumerate(lines) if line.startswith("  • ")]
    wrapped = [lines[i + 1] for i in bullets if not re.match(r"  • |\S", lines[i + 1]) and "[" not in lines[i]]
    assert wrapped and all(re.match(r"    \S", line) for line in wrapped)  # continued under its own text


def test_ce_list_names_missing_certificates_in_the_caption_not_the_title(run, columns, tmp_path):
    columns(80)
    cert = tmp_path / "cert.pdf"
    cert.write_bytes(b"%PDF")
    for title, extra in (("Cultural humility in practice", ["--category", "cultural-diversity"]),
                         ("Ethics in telehealth", ["--certificate", cert])):
        assert run("ce", "add", title, "--hours", "3", "--date", "2026-01-05", "--format", "in-person",
                   *extra).code == 0
    result = run("ce", "list")
    assert result.code == 0
    lines = result.out.splitlines()
    first = next(i for i, line in enumerate(lines) if "Cultural humility" in line)
    assert "practice" in lines[first + 1] and "certificate" not in lines[first] + lines[first + 1]
    assert re.match(r"\s+2\s", lines[first + 2])  # the next credit starts on the third line
    assert "no certificate yet: 1" in result.out and "1, 2" not in result.out
    shown = run("ce", "list", "--json").json()
    assert [bool(c["certificate"]) for c in shown] == [False, True]


def test_the_ce_chart_never_claims_more_hours_than_count():
    """Trial 3: 3 self-study hours over a cap were drawn in the running total,
    and the label said '24 of 24 h required' beside a table saying 22 h."""
    import datetime as dt

    from clingoals import charts

    monthly = [(dt.date(2026, 1, 1), 10.0), (dt.date(2026, 2, 1), 14.0)]
    capped = charts.ce_cycle_svg(monthly, 24.0, dt.date(2026, 3, 1), counted=22.0)
    assert "24 h earned, 22 h of them count toward the 24 h required" in capped
    assert "24 of 24 h required" not in capped
    whole = charts.ce_cycle_svg(monthly, 24.0, dt.date(2026, 3, 1), counted=24.0)
    assert "running total (line): 24 of 24 h required" in whole
