"""The 28 hand-computed CE cases of issue 13, run through the real `goals`
commands, each against the number worked out by hand.

Run it with the interpreter of the checkout to measure (it imports that
checkout's `clingoals`):

    .venv/bin/python benchmarks/ce_hand_cases.py            # this checkout
    /work/baseline/.venv/bin/python benchmarks/ce_hand_cases.py   # before

A case that errors (an option the checkout does not have, say) counts as
disagreeing. Prints one line per case and "N of 28 agree".
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import tempfile
import zipfile
from pathlib import Path

from typer.testing import CliRunner

from clingoals.cli import app

RUNNER = CliRunner()
# The Texas rules as the hand computations used them (the built-in profile has
# since gained the provider share and completion requirements): a profile
# file of its own, so every checkout counts the same rules.
TEXAS_AS_COMPUTED = """cycle_months = 24
total_hours = 24
[[minimum]]
category = "ethics"
hours = 6
[[minimum]]
category = "cultural-diversity"
hours = 3
[[minimum]]
category = "supervision"
hours = 6
supervisors_only = true
[[cap]]
format = "self-study"
hours = 1
[carry_over]
max_hours = 10
"""


class Case:
    """A fresh data home and calendar date for one case."""

    def __init__(self, today: str):
        self.dir = Path(tempfile.mkdtemp(prefix="ce-case-"))
        os.environ["CLINGOALS_HOME"] = str(self.dir / "home")
        os.environ["CLINGOALS_TODAY"] = today
        os.environ["NO_COLOR"] = "1"

    def today(self, day: str) -> None:
        os.environ["CLINGOALS_TODAY"] = day

    def run(self, *args) -> str:
        result = RUNNER.invoke(app, [str(a) for a in args], env={"COLUMNS": "100"})
        if result.exit_code != 0:
            raise RuntimeError(f"goals {' '.join(map(str, args))}: exit {result.exit_code}: {result.stderr.strip()[:200]}")
        return result.stdout

    def profile(self, body: str, pid: str = "hand") -> str:
        path = self.dir / f"{pid}.toml"
        path.write_text(f'id = "{pid}"\nname = "Hand"\njurisdiction = "US-XX"\nstatus = "verified"\n'
                        f'effective_from = "2020-01-01"\nsources = ["hand"]\n{body}')
        return str(path)

    def license(self, name, profile, renews, *extra):
        if profile == TX:
            profile = self.profile(TEXAS_AS_COMPUTED, "hand-tx")
        self.run("license", "add", name, "--profile", profile, "--renews", renews, *extra)

    def add(self, title, hours, date, fmt="in-person", *extra):
        self.run("ce", "add", title, "--hours", hours, "--date", date, "--format", fmt, *extra)

    def status(self, name, *extra) -> dict:
        return json.loads(self.run("ce", "status", "--license", name, "--json", *extra))["licenses"][0]

    def show(self, name) -> dict:
        return json.loads(self.run("license", "show", name, "--json"))

    def minimums(self, name) -> dict:
        return {c["category"]: c["remaining"] for c in self.status(name)["categories"]}


def c01(k):  # cycle = the 24 months before 2027-01-31: starts 2025-02-01
    k.license("TX", TX, "2027-01-31")
    return k.status("TX")["cycle_start"] == "2025-02-01"


def c02(k):  # 5 h on 2025-01-31 (out), 2025-02-01 (in), 2027-01-31 (in), 2027-02-01 (out): 10 h
    k.today("2027-02-15")
    k.license("TX", TX, "2027-01-31")
    for day in ("2025-01-31", "2025-02-01", "2027-01-31", "2027-02-01"):
        k.add(f"c {day}", 5, day)
    return k.status("TX")["counted_hours"] == 10


def c03(k):  # 1.2 CEU + 1 semester hour + 0.5 quarter hour + 1.5 h = 12 + 15 + 5 + 1.5 = 33.5
    k.license("X", k.profile("cycle_months = 24\ntotal_hours = 40\n"), "2027-01-31")
    k.add("a", 1.2, "2026-01-01", "in-person", "--unit", "ceu")
    k.add("b", 1, "2026-01-02", "in-person", "--unit", "semester-hour")
    k.add("c", 0.5, "2026-01-03", "in-person", "--unit", "quarter-hour")
    k.add("d", 1.5, "2026-01-04")
    return k.status("X")["counted_hours"] == 33.5


def c04(k):  # Texas solo self-study at most 1 h: 3 + 2 self-study + 4 live = 1 + 4 = 5
    k.license("TX", TX, "2027-01-31")
    k.add("a", 3, "2026-01-01", "self-study")
    k.add("b", 2, "2026-01-02", "self-study")
    k.add("c", 4, "2026-01-03", "live-online")
    return k.status("TX")["counted_hours"] == 5


def c05(k):  # New York, self-study at most a third of 36 = 12: 20 h self-study count 12
    k.license("NY", "example-ny-lmhc", "2027-03-31", "--cycle", "2")
    k.add("a", 20, "2026-01-01", "self-study")
    return k.status("NY")["counted_hours"] == 12


def c06(k):  # A (2 h ethics or diversity), B (2 h ethics): the flow puts A on diversity; both met
    k.license("X", k.profile("cycle_months = 24\ntotal_hours = 24\n[[minimum]]\ncategory = \"ethics\"\nhours = 2\n"
                             "[[minimum]]\ncategory = \"cultural-diversity\"\nhours = 2\n"), "2027-01-31")
    k.add("A", 2, "2026-01-01", "in-person", "--category", "ethics", "--category", "cultural-diversity")
    k.add("B", 2, "2026-01-02", "in-person", "--category", "ethics")
    return set(k.minimums("X").values()) == {0}


def c07(k):  # one 4 h credit, ethics 3 + diversity 3: 4 h fill at most 4, 2 h still open
    k.license("X", k.profile("cycle_months = 24\ntotal_hours = 24\n[[minimum]]\ncategory = \"ethics\"\nhours = 3\n"
                             "[[minimum]]\ncategory = \"cultural-diversity\"\nhours = 3\n"), "2027-01-31")
    k.add("A", 4, "2026-01-01", "in-person", "--category", "ethics", "--category", "cultural-diversity")
    return sum(k.minimums("X").values()) == 2


def c08(k):  # 30 h + 2 h ethics of 24 with ethics 6: remaining 4 (ethics)
    k.license("X", k.profile("cycle_months = 24\ntotal_hours = 24\n[[minimum]]\ncategory = \"ethics\"\nhours = 6\n"),
              "2027-01-31")
    k.add("a", 30, "2026-01-01")
    k.add("b", 2, "2026-01-02", "in-person", "--category", "ethics")
    return k.status("X")["remaining_hours"] == 4


def c09(k):  # Texas: 6 h ethics as self-study, capped at 1 h: ethics counted 1
    k.license("TX", TX, "2027-01-31")
    k.add("a", 6, "2026-01-01", "self-study", "--category", "ethics")
    return {c["category"]: c["counted"] for c in k.status("TX")["categories"]}["ethics"] == 1


def c10(k):  # Texas carry-over at most 10: 12 h carried -> 10
    k.license("TX", TX, "2027-01-31")
    k.run("license", "edit", "TX", "--carry-over", "12")
    return k.status("TX")["carry_over_hours"] == 10


def c11(k):  # Texas: 30 + 3 h diversity, ethics -> 33 of 24: 9 h surplus carried over on renewal
    k.license("TX", TX, "2027-01-31")
    k.add("a", 30, "2026-01-01", "in-person", "--category", "ethics", "--category", "cultural-diversity")
    k.add("b", 3, "2026-01-02", "in-person", "--category", "cultural-diversity")
    k.run("license", "renew", "TX", "--yes")
    return k.show("TX")["carry_over_hours"] == 9


def c12(k):  # supervision 6 h only for supervisors
    k.license("TX", TX, "2027-01-31")
    before = "supervision" in k.minimums("TX")
    k.run("license", "edit", "TX", "--supervisor")
    return not before and k.minimums("TX")["supervision"] == 6


def c13(k):  # Florida: domestic violence 2 h in every third biennium (cycle 3, not cycle 4)
    k.license("FL3", "example-fl-mh", "2027-03-31", "--cycle", "3")
    k.license("FL4", "example-fl-mh", "2027-03-31", "--cycle", "4")
    return "domestic-violence" in k.minimums("FL3") and "domestic-violence" not in k.minimums("FL4")


def c14(k):  # California HIV/AIDS 7 h once: met in an earlier cycle, not asked again
    k.license("CA", "example-ca-bbs", "2027-01-31", "--cycle", "3")
    k.add("hiv", 7, "2022-06-01", "in-person", "--category", "hiv-aids")
    return "hiv-aids" not in k.minimums("CA")


def c15(k):  # New York: first registration period exempt: required 0
    k.license("NY", "example-ny-lmhc", "2027-03-31", "--cycle", "1")
    return k.status("NY")["required_hours"] == 0


def c16(k):  # fixed first cycle of 18 h
    k.license("X", k.profile("cycle_months = 24\ntotal_hours = 36\n[first_cycle]\nmode = \"fixed\"\nhours = 18\n"),
              "2027-01-31", "--cycle", "1")
    return k.status("X")["required_hours"] == 18


def c17(k):  # 10 of 24 h on 2026-05-13, 64% of the cycle gone: behind, 263 days left
    k.license("TX", TX, "2027-01-31")
    k.add("a", 10, "2026-01-01")
    result = k.status("TX")
    return result["status"] == "behind" and result["days_left"] == 263


def c18(k):  # Texas supervisor, carry 4: 6 ethics live + 3 div/ethics + 4 supervision + 3 self-study (1) + 0.3 CEU (3)
    # = 17 counted + 4 carried of 24 -> 3 h to go; supervision 2 h short
    k.license("TX", TX, "2027-01-31", "--supervisor", "--cycle", "3")
    k.run("license", "edit", "TX", "--carry-over", "4")
    k.add("a", 6, "2026-01-01", "live-online", "--category", "ethics")
    k.add("b", 3, "2026-01-02", "in-person", "--category", "cultural-diversity", "--category", "ethics")
    k.add("c", 4, "2026-01-03", "in-person", "--category", "supervision")
    k.add("d", 3, "2026-01-04", "self-study")
    k.add("e", 0.3, "2026-01-05", "in-person", "--unit", "ceu")
    result = k.status("TX")
    return (result["counted_hours"], result["remaining_hours"], k.minimums("TX")["supervision"]) == (17, 3, 2)


def c19(k):  # two licenses: 4 h for NY only + 2 h for both: NY 6, TX 2
    k.license("TX", TX, "2027-01-31")
    k.license("NY", "example-ny-lmhc", "2027-03-31", "--cycle", "2")
    k.add("NY only", 4, "2026-01-10", "in-person", "--license", "NY")
    k.add("Both", 2, "2026-01-11")
    return (k.status("NY")["counted_hours"], k.status("TX")["counted_hours"]) == (6, 2)


def c20(k):  # 0.3 CEU under the standard table (1 CEU = 10 h) = 3 h
    k.license("TX", TX, "2027-01-31")
    k.add("a", 0.3, "2026-01-01", "in-person", "--unit", "ceu")
    return k.status("TX")["counted_hours"] == 3


def c21(k):  # renews 2028-02-29; after renewal the cycle starts 2028-03-01 and a Feb 29 credit is not in it
    k.today("2028-02-29")
    k.license("X", k.profile("cycle_months = 24\ntotal_hours = 20\n"), "2028-02-29")
    k.add("leap", 3, "2028-02-29")
    k.run("license", "renew", "X", "--yes")
    k.today("2028-03-02")
    result = k.status("X")
    return result["cycle_start"] == "2028-03-01" and result["counted_hours"] == 0


def c22(k):  # the cycle after: 2030-02-28 + 1 day + 24 months - 1 day = 2032-02-29
    k.today("2028-02-29")
    k.license("X", k.profile("cycle_months = 24\ntotal_hours = 0.5\n"), "2028-02-29")
    k.add("a", 1, "2028-01-01")
    k.run("license", "renew", "X", "--yes")
    k.today("2030-02-28")
    k.add("b", 1, "2029-01-01")
    k.run("license", "renew", "X", "--yes")
    return k.show("X")["renews"] == "2032-02-29"


def c23(k):  # 3-month cycle ending Nov 30: the next runs Dec 1 .. Feb 28
    k.today("2026-11-30")
    k.license("Q", k.profile("cycle_months = 3\ntotal_hours = 1\n"), "2026-11-30")
    k.add("a", 1, "2026-11-01")
    k.run("license", "renew", "Q", "--yes")
    result = k.status("Q")
    return (result["cycle_start"], result["cycle_end"]) == ("2026-12-01", "2027-02-28")


def c24(k):  # a profile with 1 CEU = 1 h: 2 CEU are 2 h in the audit summary (not 20)
    k.license("X", k.profile("cycle_months = 24\ntotal_hours = 20\n[units]\nceu = 1\n"), "2027-01-31")
    k.add("a", 2, "2026-01-01", "in-person", "--unit", "ceu")
    out = k.dir / "audit.zip"
    k.run("ce", "audit", "--license", "X", "--out", out)
    summary = zipfile.ZipFile(out).read("summary.md").decode()
    header = next(line for line in summary.splitlines() if line.startswith("| id |"))
    row = next(line for line in summary.splitlines() if line.startswith("| 1 |"))
    cells = dict(zip([c.strip() for c in header.split("|")], [c.strip() for c in row.split("|")]))
    return cells["hours"] == "2"


def c25(k):  # fixed first cycle 18 h, half may be self-study: cap 9; 12 h self-study count 9
    k.license("X", k.profile("cycle_months = 24\ntotal_hours = 36\n[[cap]]\nformat = \"self-study\"\nfraction = 0.5\n"
                             "[first_cycle]\nmode = \"fixed\"\nhours = 18\n"), "2027-01-31", "--cycle", "1")
    k.add("a", 12, "2026-01-01", "self-study")
    return k.status("X")["counted_hours"] == 9


def c26(k):  # eight credits of 0.125 h = 1 h exactly: complete
    k.license("X", k.profile("cycle_months = 24\ntotal_hours = 1\n"), "2027-01-31")
    for i in range(8):
        k.add(f"m{i}", 0.125, f"2026-01-{i + 1:02d}")
    return k.status("X")["status"] == "complete"


def c27(k):  # cycle ended 2027-01-31 with 20 of 24 h; 4 h taken 2027-03-01 made up for it:
    # the ended cycle 24 h (complete), the new cycle 0 h
    k.today("2027-01-31")
    k.license("X", k.profile("cycle_months = 24\ntotal_hours = 24\n"), "2027-01-31")
    k.add("a", 20, "2026-01-01")
    k.run("license", "renew", "X", "--yes")
    k.today("2027-03-10")
    k.add("late", 4, "2027-03-01", "in-person", "--cycle", "previous")
    previous = k.status("X", "--cycle", "previous")
    return previous["counted_hours"] == 24 and previous["status"] == "complete" and k.status("X")["counted_hours"] == 0


def c28(k):  # after renewal, the audit of the cycle that just ended lists its 2 credits
    k.today("2027-01-31")
    k.license("TX", TX, "2027-01-31")
    k.add("a", 20, "2026-01-01")
    k.add("b", 4, "2026-02-01")
    k.run("license", "renew", "TX", "--yes")
    out = k.dir / "audit.zip"
    k.run("ce", "audit", "--license", "TX", "--out", out, "--cycle", "previous")
    rows = list(csv.DictReader(io.StringIO(zipfile.ZipFile(out).read("credits.csv").decode())))
    return [r["title"] for r in rows] == ["a", "b"]


TX = "texas-as-computed"
CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20,
         c21, c22, c23, c24, c25, c26, c27, c28]


def main() -> int:
    agree = 0
    for case in CASES:
        try:
            ok = bool(case(Case("2026-05-13")))
            why = ""
        except Exception as error:  # a missing option or a crash is a disagreement
            ok, why = False, f"  ({error})"
        agree += ok
        print(f"{'agree   ' if ok else 'DISAGREE'} {case.__name__}{why}")
    print(f"{agree} of {len(CASES)} agree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
