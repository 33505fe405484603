"""Everything a person reads in the terminal: Rich tables and panels.

The only module that imports Rich. Functions take the same plain data the
``--json`` output carries, so what is shown and what is printed as JSON
cannot disagree. Colour follows Rich (``NO_COLOR``, not a terminal: plain).
"""

from __future__ import annotations

import os
import re
import subprocess
import textwrap
from typing import Iterable

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table as RichTable
from rich.text import Text

from clingoals.numbers import amount, counted, figure, money, number, quantity, signed_quantity

_TRAILING_SPACES = re.compile(r"[ \t]+(?=\n|$)")


class _Console(Console):
    """A console that, when not writing to a terminal (piped, redirected),
    leaves out the spaces Rich pads every table line with to the full width."""

    def _render_buffer(self, buffer) -> str:
        text = super()._render_buffer(buffer)
        return text if self.is_terminal else _TRAILING_SPACES.sub("", text)


out = _Console(highlight=False)
err = _Console(stderr=True, highlight=False)

# --- the pager ----------------------------------------------------------------------------

DEFAULT_PAGER = "less -FRX"  # like git: quit if it fits one screen, keep colours, leave it on screen
_paging = {"enabled": True}


def disable_pager() -> None:
    """``goals --no-pager``."""
    _paging["enabled"] = False


def pager_command() -> str | None:
    """The pager to send long output through, or None to print directly:
    only when stdout is a terminal, never in CI or with ``--no-pager``."""
    if not _paging["enabled"] or not out.is_terminal or os.environ.get("CI"):
        return None
    command = os.environ.get("PAGER", DEFAULT_PAGER).strip()
    if command in ("", "cat"):
        return None
    import shlex
    import shutil

    try:
        program = shlex.split(command)[0]
    except (ValueError, IndexError):
        return None
    return command if shutil.which(program) else None  # no less on this machine: print directly


def page_text(text: str) -> None:
    """Send already-rendered text (ANSI colours kept) through the pager, or
    print it when there is none or it can't start."""
    command = pager_command()
    if command is None or text.count("\n") < out.height:
        # Output that fits the screen is printed, whatever $PAGER is: a pager opened for a few lines
        # took the next command typed (trial 9 P1). Longer output of every paging command pages.
        out.file.write(text)
        out.file.flush()
        return
    env = {**os.environ}
    env.setdefault("LESS", "FRX")
    try:
        pager = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:
        out.file.write(text)
        return
    try:
        pager.communicate(text.encode("utf-8", "replace"))
    except (BrokenPipeError, KeyboardInterrupt):  # the person quit the pager early
        pass
    pager.wait()


def show(*renderables) -> None:
    """Print to stdout, through the pager when :func:`pager_command` says so."""
    if pager_command() is None:
        for renderable in renderables:
            out.print(renderable)
        return
    with out.capture() as captured:
        for renderable in renderables:
            out.print(renderable)
    page_text(captured.get())


def plain_text(text: str, style: str = "") -> Text | str:
    """A string exactly as Rich reads it (markup and emoji codes), made a
    Text here when there is nothing to read: Rich's reading loads its emoji
    table (about 2 ms of every command that prints a table) for any string,
    even an empty one. An emoji code needs two colons; with fewer and no
    "[", Rich would make the same Text; otherwise the string is left to Rich."""
    if "[" in text or text.count(":") >= 2:
        return text
    return Text(text, style=style)


def panel_title(text: str) -> Text | str:
    return plain_text(text)


class Table(RichTable):
    """Rich's table, with its title, headers and cells given as
    :func:`plain_text` (a blank cell as the empty Text Rich makes of it):
    the same table, printed the same."""

    def __init__(self, *headers, title=None, **options):
        if isinstance(title, str):  # Rich reads a title string in the title style
            title = plain_text(title, style=options.get("title_style") or "table.title")
        super().__init__(*(plain_text(h) if isinstance(h, str) else h for h in headers), title=title, **options)

    def add_column(self, header="", *args, **options) -> None:
        super().add_column(plain_text(header) if isinstance(header, str) else header, *args, **options)

    def add_row(self, *cells, **options) -> None:
        cells = [*cells, *[None] * (len(self.columns) - len(cells))]
        super().add_row(*(plain_text("" if c is None else c) if c is None or isinstance(c, str) else c
                          for c in cells), **options)


# Tables whose widths are computed here: n columns take exactly 2 (n - 1)
# characters besides their contents.
FITTED = {"pad_edge": False, "show_edge": False, "collapse_padding": True}

# --- text that fits -------------------------------------------------------------------------

def clip(text: str, width: int, lines: int = 2) -> str:
    """``text`` wrapped at word boundaries into at most ``lines`` lines of
    ``width``; what doesn't fit ends in "…". No word is ever broken: a word
    longer than the line is cut and ends in "…"."""
    width = max(width, 4)
    wrapped = textwrap.wrap(" ".join(text.split()), width, break_long_words=False, break_on_hyphens=False)
    wrapped = [w if len(w) <= width else w[:width - 1] + "…" for w in wrapped] or [""]
    if len(wrapped) <= lines:
        return "\n".join(wrapped)
    kept = wrapped[:lines]
    last = kept[-1]
    while last and len(last) + 1 > width:
        last = last.rsplit(" ", 1)[0] if " " in last else last[:width - 1]
    kept[-1] = last.rstrip(" ,;:.-") + "…"
    return "\n".join(kept)

# A number and the unit after it ("12 h", "~12 mo", "0.3 ceu") are never split across lines.
_NUMBER_UNIT = re.compile(r"(\d)\s+(h|hours?|mo|months?|ceu|credits?)\b")
_KEEP = "\u00a0"


class Wrapped:
    """Text wrapped at spaces to the width it is given (a panel's inside, the
    console), never between a number and its unit, later lines indented by
    ``indent``, no trailing spaces. Rich alone breaks at any space, no-break
    spaces included, and starts continuation lines at the margin."""

    def __init__(self, text: str, *, style: str = "", indent: str = "") -> None:
        self.text, self.style, self.indent = text, style, indent

    def __rich_console__(self, console, options):
        kept = _NUMBER_UNIT.sub(rf"\1{_KEEP}\2", self.text)
        lines = textwrap.wrap(kept, max(options.max_width, 10), break_long_words=False, break_on_hyphens=False,
                              subsequent_indent=self.indent) or [""]
        for line in lines:
            yield Text(line.replace(_KEEP, " "), style=self.style)


class Hanging:
    """Styled text (one Rich Text, kept fast) whose long lines wrap at spaces
    with continuation lines indented ``extra`` past the line's own indent, so
    piped output never continues at column 0. A no-break mark (``_KEEP``,
    shown as a space) holds a number to its unit: "5/36 walks", "(97 d)"."""

    def __init__(self, text: Text, *, extra: int = 2) -> None:
        self.text, self.extra = text, extra

    def __rich_console__(self, console, options):
        width = max(options.max_width, 20)
        for line in self.text.split("\n", allow_blank=True):
            plain = _HELD_SPACE.sub(_KEEP, line.plain)  # same length: offsets still fit the spans
            lead = len(plain) - len(plain.lstrip(" "))
            indent = " " * min(lead + self.extra, width // 2)
            for number_, (start, end) in enumerate(_line_pieces(plain, width, len(indent))):
                piece = line[start:end]
                shown = Text((indent if number_ else "") + plain[start:end].replace(_KEEP, " "), style=line.style)
                offset = len(indent) if number_ else 0
                for span in piece.spans:
                    shown.stylize(span.style, span.start + offset, span.end + offset)
                yield shown


# the space between a number and a short unit after it ("12 h", "97 d"), never a line break
_HELD_SPACE = re.compile(r"(?<=\d) (?=(?:h|d|hours?|days?|mo|months?|weeks?|ceu|credits?)\b)")


def _line_pieces(plain: str, width: int, indent: int) -> list[tuple[int, int]]:
    """Where to cut one line: at spaces, the first piece ``width`` long at
    most, the others ``width - indent``; a word longer than that stays whole."""
    plain = plain.rstrip(" ")
    pieces, start, room = [], 0, width
    while len(plain) - start > room:
        cut = plain.rfind(" ", start + 1, start + room + 1)
        if cut <= start or not plain[start:cut].strip():
            cut = plain.find(" ", start + room)
            if cut < 0:
                break
        pieces.append((start, cut))
        start = cut
        while start < len(plain) and plain[start] == " ":
            start += 1
        room = width - indent
    pieces.append((start, len(plain)))
    return pieces


SMART_LETTERS = (("specific", "S"), ("measurable", "M"), ("achievable", "A"),
                 ("relevant", "R"), ("time_bound", "T"))
CRITERION_NAMES = {"specific": "Specific", "measurable": "Measurable", "achievable": "Achievable",
                   "relevant": "Relevant", "time_bound": "Time-bound"}
SCORE_STYLE = {0: "red", 1: "yellow", 2: "green"}
STATUS_STYLE = {"active": "cyan", "done": "green", "paused": "yellow", "dropped": "dim", "draft": "magenta"}


def bar(fraction: float | None, width: int = 10) -> Text:
    if fraction is None:
        return Text("—", style="dim")
    filled = round(fraction * width)
    text = Text("█" * filled, style="green")
    text.append("░" * (width - filled), style="dim")
    text.append(f" {fraction * 100:3.0f}%")
    return text


def progress_cell(goal: dict, width: int = 10) -> Text:
    """A goal's progress bar; a spending limit's room left or how far over
    instead (its bar would fill as spending grows, as if that were success)."""
    if not goal.get("limit"):
        return bar(goal["progress"], width)
    unit = goal["measure"]["unit"]
    if goal["over_limit"]:
        return Text(f"{quantity(-goal['limit_left'], unit)} over", style="bold red")
    return Text(f"{quantity(goal['limit_left'], unit)} left", style="green")


def days_text(days: int, status: str = "active") -> Text:
    if status in ("done", "dropped"):
        return Text("—", style="dim")
    if days < 0:
        return Text(f"{-days} d late", style="bold red")
    if days == 0:
        return Text("today", style="bold yellow")
    return Text(f"{days} d", style="yellow" if days <= 14 else "")


def smart_letters(score: dict | None) -> Text:
    if not score:
        return Text("")
    text = Text()
    for key, letter in SMART_LETTERS:
        value = score["criteria"][key]["score"]
        text.append(letter if value == 2 else (letter.lower() if value == 1 else "·"),
                    style=SCORE_STYLE[value])
    text.append(f" {score['total']:>2}")
    return text


def _number(value: float | None) -> str:
    return number(value)


SMART_LEGEND = "Specific Measurable Achievable Relevant Time-bound: S met, s partly, · not yet"


def legend() -> Text:
    """The one line under a table with SMART letters."""
    return Text(SMART_LEGEND, style="dim")


def _left_text(goal: dict) -> str:
    days = goal["days_left"]
    if goal["status"] in ("done", "dropped"):
        return "—"
    return f"{-days} d late" if days < 0 else ("today" if days == 0 else f"{days} d")


def goals_table(goals: list[dict], *, title: str | None = None, width: int | None = None) -> Table:
    """Goals in columns that fit the terminal: the title gets whatever the
    other columns leave, wraps at word boundaries onto at most two lines and
    ends in "…" beyond; below 100 columns the bar is shorter and Steps goes."""
    width = width or out.width
    wide = width >= 100
    bar_width = 10 if wide else 5
    # A listing with goals that aren't active ('goals list --all') says each one's status in a
    # column of its own: a mark after the title was cut off with a long title (trial 9 C3).
    statuses = any(g["status"] != "active" for g in goals)
    fixed = [max([2] + [len(str(g["id"])) for g in goals]), 10,
             max([4] + [len(_left_text(g)) for g in goals]), bar_width + 5, 8]
    if wide:
        fixed.append(5)
    if statuses:
        fixed.append(max(len("Status"), *(len(g["status"]) for g in goals)))
    title_width = max(width - sum(fixed) - 2 * len(fixed), 12)
    table = Table(box=box.SIMPLE_HEAD, title=title, title_justify="left", **FITTED)
    table.add_column("ID", justify="right", style="bold", no_wrap=True)
    if statuses:
        table.add_column("Status", no_wrap=True)
    table.add_column("Goal", width=title_width, no_wrap=True, overflow="ellipsis")
    table.add_column("Due", no_wrap=True)
    table.add_column("Left", justify="right", no_wrap=True)
    table.add_column("Progress", no_wrap=True)
    if wide:
        table.add_column("Steps", justify="right", no_wrap=True)
    table.add_column("SMART", no_wrap=True)
    for goal in goals:
        steps = goal["steps"]
        row = [str(goal["id"])]
        if statuses:
            row.append(Text(goal["status"], style=STATUS_STYLE.get(goal["status"], "")))
        row += [Text(clip(goal["title"], title_width)), goal["deadline"],
                days_text(goal["days_left"], goal["status"]), progress_cell(goal, bar_width)]
        if wide:
            row.append(f"{goal['steps_done']}/{len(steps)}" if steps else "—")
        row.append(smart_letters(goal.get("score")))
        table.add_row(*row)
    return table


def goals_view(goals: list[dict], *, title: str | None = None) -> Group:
    """The goals table and, when it shows SMART letters, their legend."""
    parts: list = [goals_table(goals, title=title)]
    if any(g.get("score") for g in goals):
        parts.append(legend())
    return Group(*parts)


EMPTY_GOALS = 'No goals yet. Add your first: goals add "Complete 20 CE hours" --due "June 30"'


def print_goals(goals: list[dict], *, empty: str) -> None:
    if not goals:
        err.print(empty)
        return
    show(goals_view(goals))


def heading(text: str) -> Text:
    """A bold line that wraps at words, never cut (unlike a panel title)."""
    return Text(text, style="bold")


def without_repeats(reason: str, evidence, text: str | None = None) -> str:
    """A reason as the card shows it: where it cites its evidence in brackets
    ("... the context (swim, swims, 27 swims, twice a week)"), no word that a
    longer item already says ("(swim, 27 swims, twice a week)"; "(become,
    clinical supervisor)", was "(become, clinical, supervisor, clinical
    supervisor)"), and each with the letters ``text`` (the sentence scored)
    gives it: "(complete, EMDR, training)", not "emdr" (trial 21 #12). Done
    where the card is shown, not in the scorer, so scoring pays nothing for
    it (--json keeps the scorer's words and evidence)."""
    if not evidence:
        return reason
    cited = "(" + ", ".join(evidence[:4]) + ")"  # (Specific cites the first four)
    at = reason.find(cited)
    if at < 0:
        return reason
    phrases = [item.lower().split() for item in evidence if " " in item]
    kept = [item for item in evidence if " " in item or not any(item.lower() in words for words in phrases)]
    kept = [as_written(item, text) for item in kept[:4]]
    return reason[:at] + "(" + ", ".join(kept) + ")" + reason[at + len(cited):]


def as_written(word: str, text: str | None) -> str:
    """``word`` (as the scorer cites it, in lower case) with the letters
    ``text`` gives it where they say more than a sentence's first capital:
    "EMDR", "TF-CBT", "Spanish" mid-sentence; "complete" for a sentence's
    opening "Complete"."""
    import re

    if not text or text.islower():
        return word
    found = re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text, re.IGNORECASE)
    if found is None or found.group(0) == word:
        return word
    said = found.group(0)
    opens = found.start() == 0 or re.search(r"[.!?:;(]\s*$", text[:found.start()]) is not None
    return said if any(ch.isupper() for ch in said[1:]) or not opens else word


def scorecard(score: dict, *, title: str = "SMART check") -> Panel:
    table = Table(box=None, show_header=False, pad_edge=False, expand=True)
    table.add_column(width=12, no_wrap=True)
    table.add_column(width=5, no_wrap=True)
    table.add_column(ratio=1)
    for key, _ in SMART_LETTERS:
        criterion = score["criteria"][key]
        value = criterion["score"]
        mark = {2: "✔", 1: "~", 0: "✘"}[value]
        detail = Text(without_repeats(criterion["reason"], criterion.get("evidence") or (), score.get("statement")))
        for line in (criterion.get("suggestion") or "").split("\n"):  # a typo hint is a line of its own
            if line.strip():
                detail.append("\n→ " + line, style="italic")
        table.add_row(Text(CRITERION_NAMES[key], style="bold"),
                      Text(f"{mark} {value}/2", style=SCORE_STYLE[value]), detail)
    total = score["total"]
    style = "green" if total == 10 else ("yellow" if total >= 6 else "red")
    return Panel(table, title=panel_title(f"{title}: {total}/10"), title_align="left", border_style=style)


def pace_lines(goal: dict, progress_log: list[dict]) -> Text | None:
    """Progress over time as a sparkline beside the pace needed to finish on
    time (both on the same scale, 0 to the target)."""
    import datetime as _dt

    from clingoals import charts  # only the views with charts load it (start-up of every command)

    today = _dt.date.fromisoformat(goal["deadline"]) - _dt.timedelta(days=goal["days_left"])
    seen = charts.pace(goal, progress_log, today)
    if seen is None:
        return None
    unit = goal["measure"]["unit"] or ""
    ahead = seen.current >= seen.expected_now
    text = Text("Done     ", style="bold")
    text.append(charts.sparkline(seen.done, seen.target), style="green" if ahead else "yellow")
    text.append(f"  {figure(seen.current, unit)} of {quantity(seen.target, unit)}")
    text.append("\nOn pace  ", style="bold")
    text.append(charts.sparkline(seen.expected, seen.target), style="dim")
    text.append(f"  {money(seen.expected_now, unit) or number(round(seen.expected_now, 1))} by today")
    # the span sits right under the two sparklines it is the time axis of
    text.append(f"\n         {seen.days[0].isoformat()} → {seen.days[-1].isoformat()}", style="dim")
    if goal["status"] in ("active", "paused") and seen.per_week_needed is not None:
        text.append("\nNeeded   ", style="bold")
        needed = seen.per_week_needed if money(1, unit) else round(seen.per_week_needed, 1)  # money: to the cent
        text.append(f"{quantity(needed, unit)} a week to finish by {goal['deadline']}")
    return text


def limit_text(goal: dict) -> Text:
    """A spending limit's line: spent of the limit (this period's), room left or how far over."""
    from clingoals.goal import limit_words

    text = Text(limit_words(goal), style="bold red" if goal["over_limit"] else "")
    if goal.get("period") and goal["measure"]["current"]:
        text.append(f"\n{quantity(goal['measure']['current'], goal['measure']['unit'])} logged in all",
                    style="dim")
    return text


def current_text(measure: dict) -> str:
    """Where the person is; with a baseline, how that adds up, so "300 → 3000"
    is not misread as a starting point nothing uses."""
    from clingoals.goal import logged_total

    unit = measure["unit"]
    text = quantity(measure["current"], unit)  # 1 walk, 2 walks, $1,800
    if measure.get("baseline"):
        text += f" ({figure(measure['baseline'], unit)} at the start + {figure(logged_total(measure), unit)} logged)"
    return text


def target_text(measure: dict) -> str:
    """What the goal aims at, and with a baseline where it starts: "20 walks",
    "$4,000" (money as money), "300 → 3000 CE hours", "$500 → $4,000" (a dash
    for a missing start read as a figure: trial 13)."""
    unit = measure["unit"]
    if measure["baseline"] is None:
        return amount(measure["target"], unit)
    if money(0, unit):
        return f"{figure(measure['baseline'], unit)} → {figure(measure['target'], unit)}"
    return f"{_number(measure['baseline'])} → {_number(measure['target'])} {unit or ''}".strip()


def goal_detail(goal: dict, progress_log: Iterable[dict] = (), children: Iterable[dict] = (),
                credits: Iterable[dict] = ()) -> Group:
    info = Table(box=None, show_header=False, pad_edge=False)
    info.add_column(style="bold", no_wrap=True)
    info.add_column(overflow="fold")
    measure = goal["measure"]
    rows = [
        ("Title", None if goal["statement"].startswith(goal["title"].rstrip("…").rstrip())
         else Text(goal["title"], style="bold")),
        ("Statement", goal["statement"]),
        ("Status", Text(goal["status"], style=STATUS_STYLE.get(goal["status"], ""))),
        ("Dates", f"{goal['start_date']} → {goal['deadline']}"),
        ("Days left", days_text(goal["days_left"], goal["status"])),
        ("Horizon", f"{goal['horizon']}-term, {goal['domain']}"),
        ("Category", goal["category"]),
        ("Specifics", goal["specific"]),
        ("Measure", measure["metric"]),
        ("Target", None if measure["target"] is None or goal.get("limit") else target_text(measure)),
        ("Current", None if measure["current"] is None or goal.get("limit") else current_text(measure)),
        ("Progress", bar(goal["progress"], 20) if goal["progress"] is not None else None),
        ("Limit", limit_text(goal) if goal.get("limit") else None),
        ("Plan", goal["plan"]),
        ("Hours/week", _number(goal["hours_per_week"]) if goal["hours_per_week"] is not None else None),
        ("Why", goal["why"]),
        ("Aspirations", ", ".join(goal["aspirations"]) or None),
        ("Parent goal", str(goal["parent_id"]) if goal["parent_id"] else None),
        ("Confidence", f"{goal['confidence']}/10" if goal["confidence"] is not None else None),
        ("Tags", ", ".join(goal["tags"]) or None),
    ]
    for label, value in rows:
        if value is not None and value != "":
            info.add_row(label, value)
    log, credits = list(progress_log), list(credits)
    drawn_log = log
    if goal.get("ce_credit_hours") is not None:  # the linked credits' hours count: drawn on their dates
        from clingoals.goal import linked_credit_hours

        drawn_log = log + [{"date": c["date"], "value": linked_credit_hours(measure["unit"], [(c["amount"], c["unit"])])}
                           for c in credits]
    drawn = None if goal.get("limit") else pace_lines(goal, drawn_log)  # a limit has no pace to finish at
    if drawn is not None:
        info.add_row("Over time", drawn)
    parts: list = [Panel(info, title=panel_title(f"Goal {goal['id']}"), title_align="left")]
    kids = list(children)
    if kids:
        table = Table(box=box.SIMPLE_HEAD, title="Goals that serve it", title_justify="left", pad_edge=False)
        table.add_column("ID", justify="right", no_wrap=True)
        table.add_column("Goal", ratio=1, overflow="ellipsis")
        table.add_column("Status", no_wrap=True)
        table.add_column("Due", no_wrap=True)
        for kid in kids:
            table.add_row(str(kid["id"]), kid["title"], Text(kid["status"], style=STATUS_STYLE.get(kid["status"], "")),
                          kid["deadline"])
        parts.append(table)
    linked = list(credits)
    if linked:
        counted = goal.get("ce_credit_hours")
        caption = (f"Their {_number(counted)} h count toward the target (with what you logged); unlinking or "
                   "deleting a credit takes its hours away." if counted is not None
                   else f"Their hours don't count toward a target in {measure['unit']}." if measure["target"]
                   else None)
        table = Table(box=box.SIMPLE_HEAD, title="CE credits linked to it", title_justify="left", pad_edge=False)
        table.add_column("ID", justify="right", no_wrap=True)
        table.add_column("Date", no_wrap=True)
        table.add_column("Title", ratio=1)
        table.add_column("Hours", justify="right", no_wrap=True)
        for credit in linked:
            table.add_row(str(credit["id"]), credit["date"], credit["title"], _number(credit["hours"]))
        parts.append(table)
        if caption:
            parts.append(Text(caption + "\n", style="dim"))
    if goal["steps"]:
        steps = Table(box=box.SIMPLE_HEAD, title="Action steps", title_justify="left", pad_edge=False)
        steps.add_column("Step", justify="right")
        steps.add_column("", no_wrap=True)
        steps.add_column("Text", ratio=1)
        steps.add_column("Due")
        for step in goal["steps"]:
            steps.add_row(str(step["id"]), "☑" if step["done"] else "☐", step["text"], step["due"] or "")
        parts.append(steps)
    if log:
        entries = Table(box=box.SIMPLE_HEAD, title="Progress log", title_justify="left", pad_edge=False)
        entries.add_column("Date")
        entries.add_column("Value", justify="right")
        entries.add_column("Note", ratio=1)
        for entry in log:
            entries.add_row(entry["date"], figure(entry["value"], measure["unit"]), entry["note"] or "")
        parts.append(entries)
    if goal.get("score"):
        parts.append(scorecard(goal["score"]))
    return Group(*parts)


def history_table(events: list[dict]) -> Table:
    """`goals history`: one Change column, "old → new", so a statement gets
    the room of two columns and wraps onto two lines instead of four."""
    table = Table(box=box.SIMPLE_HEAD, **FITTED)
    table.add_column("When", no_wrap=True)
    table.add_column("What", no_wrap=True)
    table.add_column("Change", ratio=3, overflow="fold")
    table.add_column("Why", ratio=1, overflow="fold")
    for event in events:
        old, new = event["old"] or "", event["new"] or ""
        change = Text(old, style="dim")
        change.append(" → " if old else "")
        change.append(new)
        table.add_row(event["at"][:16].replace("T", " "), event["field"], change, event["reason"] or "")
    return table


def aspirations_table(rows: list[dict]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("ID", justify="right")
    table.add_column("Aspiration")
    table.add_column("Goals", justify="right")
    table.add_column("Description")
    for row in rows:
        table.add_row(str(row["id"]), row["name"], str(row["goals"]), row["description"] or "")
    return table


def dashboard(goals: list[dict], *, overdue: int, total_active: int, extra_lines: Iterable[str] = (),
              review: str | None = None) -> None:
    """``review``: what the overdue-review reminder says, said here every time."""
    if not total_active:
        err.print('No active goals yet. Add one: goals add "Complete 20 CE hours" --due "June 30"')
    else:
        out.print(goals_view(goals, title=f"Due soonest ({len(goals)} of {total_active} active)"))
        if overdue:
            out.print(Text(f"{overdue} overdue: goals list --overdue", style="bold red"))
        if review:
            out.print(Text(f"{review[0].upper()}{review[1:]}: goals review", style="yellow"))
    for line in extra_lines:
        out.print(line)


# --- continuing education -------------------------------------------------------------

CE_STATUS_STYLE = {"complete": "green", "exempt": "green", "on_track": "cyan", "behind": "yellow", "overdue": "bold red"}


def _hours(value: float) -> str:
    return f"{number(value)} h"


def ce_months(monthly: list[tuple], today) -> Text:
    """CE hours per month of the cycle: one block per month, the month's
    initial under it; months still to come left blank."""
    from clingoals import charts  # only the views with charts load it (start-up of every command)

    months = [m for m, _ in monthly]
    values = [h if m <= today else None for m, h in monthly]
    text = Text(charts.sparkline(values, zero="·"), style="cyan")
    busiest = max(monthly, key=lambda item: item[1], default=None)
    if busiest and busiest[1]:
        text.append(f"  most in {busiest[0].strftime('%b %Y')}: {number(busiest[1])} h", style="dim")
    text.append("\n" + charts.month_initials(months), style="dim")
    return text


def _profile_note(status: str) -> Text | None:
    from clingoals.ce.profiles import rules_note

    note = rules_note([status])
    return Text(note, style="dim italic") if note else None


def once_hint(name: str, categories: list[str]) -> str:
    """The line under an open one-time minimum: how to record it when it was
    done before this cycle (or before using the tool), and when this cycle."""
    first = categories[0]
    return (f"{' and '.join(categories)} (once) is asked once for the life of the license. Taken before this "
            f"cycle? Record it: goals license done \"{name}\" {first} --date DATE. Taken this cycle: add the "
            f"credit with --category {first}.")


def ce_panel(result: dict, profile, monthly: list[tuple] | None = None, today=None) -> Panel:
    """One license's cycle, readable at 80 columns. The numbers explain each
    other: counted toward the total against required, carry-over on its own
    line, remaining = what must still be earned with the share done beside it
    (and why, with the subtraction written out, when it is not required minus
    counted), each open minimum named with its hours."""
    from clingoals.ce.tally import status_words

    status = result["status"]
    head = Table(box=None, show_header=False, pad_edge=False, expand=True)
    head.add_column(style="bold", no_wrap=True)
    head.add_column(ratio=1)
    required = result["required_hours"]
    head.add_row("Status", Text.assemble((status_words(result), CE_STATUS_STYLE[status]),
                                         f": {result['status_reason']}" if result.get("status_reason") else ""))
    head.add_row("Cycle", f"{result['cycle_start']} → {result['cycle_end']} ({result['cycle_label']}), "
                          f"{days_text(result['days_left'])} left" if result["days_left"] >= 0 else
                 f"{result['cycle_start']} → {result['cycle_end']} ({result['cycle_label']}), "
                 f"ended {-result['days_left']} d ago")
    if result.get("exempt"):  # not "5 h toward the total of 0 h required"
        head.add_row("Counted", f"{_hours(result['logged_hours'])} recorded; exempt (first cycle), none required")
    else:
        counted = f"{_hours(result['counted_hours'])} toward the total of {_hours(required)} required"
        share = result.get("provider_share")
        if share and share["other_hours"] and share["remaining_hours"] >= result["remaining_hours"] > 0:
            # (said when the share is what leaves the most to earn)
            # 45 h "toward the total of 36 h" beside "75% done" read as a contradiction (trial 3 #2)
            counted += (f"; {_hours(share['other_hours'])} of them from providers the rule doesn't accept, so only "
                        f"{_hours(share['counted_hours'])} count toward its {_hours(share['required_hours'])} "
                        f"from {', '.join(share['provider_types'])}")
        head.add_row("Counted", counted)
    if monthly:
        head.add_row("By month", ce_months(monthly, today))
    if result["carry_over_hours"]:
        head.add_row("Carry-over", f"{_hours(result['carry_over_hours'])} from the previous cycle")
    # The bar is the share of the requirement no longer to earn, so it agrees
    # with "Remaining" beside it (and the why-line under it), not with Counted.
    remaining = Text.assemble(bar(result["done_fraction"], 12),
                              f" done, {_hours(result['remaining_hours'])} to earn")
    if result.get("pace_text"):  # "9 h in 11 days", "about 2 h a week", "about 1.5 h a month"
        remaining.append(f", {result['pace_text']}")
    if result.get("exempt"):  # "100% done" of nothing read as hours finished
        remaining = Text("nothing to earn this cycle")
        if any(not d["met"] for d in result.get("deadlines", [])):  # "0 h to earn" beside an open deadline
            remaining.append("; the deadline below is still open", style="yellow")
    head.add_row("Remaining", remaining)
    if result.get("remaining_note") and not result.get("exempt"):
        head.add_row("", Text(result["remaining_note"], style="italic"))
    parts: list = [head]
    if result["categories"] or result.get("once_met"):
        cats = Table(box=None, show_header=True, pad_edge=False, header_style="dim")
        cats.add_column("Minimum", no_wrap=True)
        cats.add_column("Progress", no_wrap=True)
        cats.add_column("Counted", justify="right")
        cats.add_column("Open", justify="right")
        once = {m.category for m in getattr(profile, "minimums", ()) if m.once}  # one-time: said while open too
        for c in result["categories"]:
            cats.add_row(c["category"] + (" (once)" if c["category"] in once else ""), bar(c["counted"] / c["required"] if c["required"] else 1.0, 12),
                         f"{c['counted']:g}/{c['required']:g}",
                         Text(_hours(c["remaining"]), style="yellow") if c["remaining"] else "met")
        for c in result.get("once_met", []):  # one-time, met in an earlier cycle
            cats.add_row(f"{c['category']} (once)", bar(1.0, 12), f"{c['hours']:g}/{c['hours']:g}",
                         f"met {c['met_on']}")
        parts.append(cats)
        open_once = [c["category"] for c in result["categories"] if c["remaining"] and c["category"] in once]
        if open_once:  # done before the tool knew of it: nothing said it could count (trial 23 #4)
            parts.append(Wrapped(once_hint(result["name"], open_once), style="dim"))
    for cap in result["caps"]:
        cut = cap["logged_hours"] - cap["counted_hours"]
        line = Text(f"Cap: {cap['format']} counts at most {_hours(cap['max_hours'])}; "
                    f"{_hours(cap['logged_hours'])} logged")
        if cut > 0:
            line.append(f", {_hours(cut)} did not count", style="yellow")
        parts.append(line)
    for activity in result.get("activities", []):
        limit = f", at most {_hours(activity['max_hours'])}" if activity["max_hours"] is not None else ""
        parts.append(Text(f"Activity: {activity['activity']} counts x{activity['multiplier']:g}{limit}; "
                          f"{_hours(activity['logged_hours'])} logged, {_hours(activity['counted_hours'])} counted"))
    for topic in result.get("maximums", []):
        line = Text(f"Topic: {topic['category']} counts at most {_hours(topic['max_hours'])}; "
                    f"{_hours(topic['logged_hours'])} logged")
        if topic["logged_hours"] > topic["counted_hours"]:
            line.append(f", {_hours(topic['logged_hours'] - topic['counted_hours'])} did not count", style="yellow")
        parts.append(line)
    share = result.get("provider_share")
    if share and not result.get("exempt"):  # "at least 0 h from ..." of a cycle that owes nothing
        parts.append(Text(f"Providers: at least {_hours(share['required_hours'])} from "
                          f"{', '.join(share['provider_types'])}; {_hours(share['counted_hours'])} so far",
                          style="yellow" if share["remaining_hours"] else ""))
    for item in result.get("completions", []):
        state = "not done"
        if item["done"]:
            state = f"done {item['done']}" + (" (late: a make-up for this cycle)" if item.get("make_up") else "")
        parts.append(Text(f"Requirement: {item['name']}: {state}",
                          style="" if item["done"] else "yellow"))
    open_items = [item["name"] for item in result.get("completions", []) if not item["done"]]
    if open_items:  # a credit in the same topic does not tick it: say how
        parts.append(Wrapped(f"To tick one: goals license done \"{result['name']}\" \"{open_items[0]}\" "
                             "--date DATE", style="dim"))
    for item in result.get("deadlines", []):
        state = "met" if item["met"] else ("due " + item["due"] if item["due"] else item["note"])
        parts.append(Text(f"Deadline: {item['requirement']}"
                          + (f" {item['hours']:g} h" if item["hours"] else "") + f": {state}",
                          style="" if item["met"] else "yellow"))
    for c in result.get("make_up_credits", []):
        parts.append(Text(f"Make-up: credit {c['id']} {c['title']} ({_hours(c['hours'])}, completed {c['date']}) "
                          "counts in this cycle", style="cyan"))
    for c in result.get("counted_elsewhere", []):
        parts.append(Text(f"Make-up: credit {c['id']} {c['title']} ({c['date']}) counts in the cycle holding "
                          f"{c['counts_in']}, not here", style="dim"))
    if result["next"]:
        parts.append(Wrapped(f"Next: {result['next']}", style="bold"))
    note = _profile_note(result.get("profile_status", profile.status))
    if note:
        parts.append(note)
    return Panel(Group(*parts), title=panel_title(f"{result['name']} · {profile.name}"), title_align="left",
                 border_style=CE_STATUS_STYLE[status].replace("bold ", ""))


def history_panel(name: str, cycles: list[dict], issued: str | None = None, first_term: str | None = None) -> Hanging:
    """`goals license history`: one block per cycle, newest first; the
    outcome on its own line so it reads at 80 columns. ``first_term``: the
    line saying why cycle 1 is shorter or longer than the others."""
    from clingoals.ce.licenses import cycle_numbering

    text = Text(f"{name}: cycles, newest first\n", style="bold")
    text.append(cycle_numbering(issued) + (f" {first_term}" if first_term else "") + "\n")
    for c in cycles:
        outcome = c["outcome"]
        style = "green" if outcome["complete"] else ("yellow" if c["current"] else
                                                      "red" if outcome.get("recorded", True) else "dim")
        text.append(f"{c['cycle_number']:>3}  {c['cycle_start']} → {c['cycle_end']}", style="bold")
        text.append(" (current)" if c["current"] else "")
        if c.get("exempt"):  # "5 of 0 h counted" read as a cycle met with nothing due
            text.append(f"  {number(c['counted_hours'])} h recorded, none required")
        else:
            text.append(f"  {number(c['counted_hours'])} of {number(c['required_hours'])} h counted")
        if c["carry_over_hours"]:
            text.append(f", {number(c['carry_over_hours'])} h carried over")
        if c["make_up_credits"]:
            text.append(f", {c['make_up_credits']} make-up credit{'s' if c['make_up_credits'] != 1 else ''}")
        text.append("\n     ")
        text.append(outcome["text"], style=style)
        text.append("\n")
    return Hanging(text, extra=0)


def ce_line(result: dict) -> Text:
    """One dashboard line per license."""
    from clingoals.ce.tally import status_words

    text = Text(f"CE {result['name']}: ")
    if result["status"] in ("complete", "exempt"):
        text.append(status_words(result), style="green")
        if result["status"] == "exempt":
            text.append(f"; no CE due, renews {result['cycle_end']} ({result['days_left']} d)")
    else:
        text.append(f"{number(result['remaining_hours'])} h to go, ", style="")
        text.append(result["status"].replace("_", " "), style=CE_STATUS_STYLE[result["status"]])
        text.append(f"; renews {result['cycle_end']} ({result['days_left']} d)")
        if result["next"]:
            text.append(f"; next: {result['next']}")
    return text


_SHORT_UNITS = {"minutes": "min", "semester-hour": "sem h", "quarter-hour": "qtr h"}


def _credit_hours(c: dict) -> str:
    """A credit's hours, and beside them the amount as given when it was in
    another unit ("1.5 (90 min)", "20 (2 ceu)"): on one line, so a second
    line can't read as the end of a wrapped title ("basics (90 minutes)")."""
    hours = number(c["hours"]) + ("*" if len(set(c.get("hours_by_license", {}).values())) > 1 else "")
    return hours if c["unit"] == "hours" else \
        f"{hours} ({number(c['amount'])} {_SHORT_UNITS.get(c['unit'], c['unit'])})"


def credits_table(credits: list[dict], width: int | None = None) -> Table:
    """CE credits; the format as people type it (live-online, in-person),
    categories one per line and never broken, the title wrapped at words."""
    width = width or out.width
    show_for = any(c["licenses"] for c in credits)
    category_width = min(max([10] + [len(k) for c in credits for k in c["categories"]]), 20)
    fixed = [max([2] + [len(str(c["id"])) for c in credits]), 10, max([5] + [len(line) for c in credits for line in _credit_hours(c).splitlines()]),
             max([6] + [len(c["format"]) for c in credits] + [len(_provider_cell(c)) for c in credits]),
             category_width]
    if show_for:
        fixed.append(min(max([3] + [len(n) for c in credits for n in c["licenses"]]), 12))
    title_width = max(width - sum(fixed) - 2 * len(fixed), 14)
    table = Table(box=box.SIMPLE_HEAD, **FITTED)
    table.add_column("ID", justify="right", style="bold", no_wrap=True)
    table.add_column("Date", no_wrap=True)
    table.add_column("Title", width=title_width, no_wrap=True)
    table.add_column("Hours", justify="right", no_wrap=True)
    table.add_column("Format", no_wrap=True)
    table.add_column("Categories", no_wrap=True, overflow="ellipsis", max_width=category_width)
    if show_for:
        table.add_column("For", no_wrap=True, overflow="ellipsis", max_width=fixed[-1])
    for c in credits:
        # a missing certificate is named in the caption: appended to the title
        # it pushed titles onto a third line at 80 columns
        title = Text(clip(c["title"], title_width, lines=3))
        if c.get("make_up"):
            title.append(f" (make-up for the cycle holding {c['counts_in']})", style="cyan")
        # the provider type under the format, yellow where a provider rule doesn't count it
        kind = Text(c["format"])
        if _provider_cell(c):
            kind.append("\n" + _provider_cell(c), style="yellow" if c.get("outside_provider_rule") else "dim")
        row = [str(c["id"]), c["date"], title, _credit_hours(c), kind, "\n".join(c["categories"])]
        if show_for:
            row.append("\n".join(c["licenses"]) or "all")
        table.add_row(*row)
    total = sum(c["hours"] for c in credits)
    table.caption = f"{counted(len(credits), 'credit')}, {number(total)} h"
    missing = [str(i) for i in sorted(c["id"] for c in credits if not c["certificate"])]
    if missing:
        table.caption += f"; no certificate yet: {', '.join(missing)}"
    if any(len(set(c.get("hours_by_license", {}).values())) > 1 for c in credits):
        table.caption += "; * licenses convert this unit differently: the lowest is shown"
    outside = [c for c in credits if c.get("outside_provider_rule")]
    if outside:
        names = sorted({n for c in outside for n in c["outside_provider_rule"]})
        ids = ", ".join(str(c["id"]) for c in outside)
        table.caption += (f"; {ids} {'counts' if len(outside) == 1 else 'count'} toward the total only, "
                          f"not {' or '.join(names)}'s provider rule")
    return table


def _provider_cell(credit: dict) -> str:
    """The credit's provider type for `ce list`, or "no type" where
    a provider rule of its licenses would count one."""
    if credit.get("provider_type"):
        return credit["provider_type"]
    return "no type" if credit.get("outside_provider_rule") else ""


def credit_detail(data: dict) -> Panel:
    info = Table(box=None, show_header=False, pad_edge=False)
    info.add_column(style="bold", no_wrap=True)
    info.add_column(overflow="fold")
    unit = "" if data["unit"] == "hours" else f" ({data['amount']:g} {data['unit']})"
    per_license = data.get("hours_by_license", {})
    hours = (", ".join(f"{_hours(h)} for {name}" for name, h in per_license.items())
             if len(set(per_license.values())) > 1 else _hours(data["hours"]))
    rows = [("Date", data["date"]), ("Hours", f"{hours}{unit}"), ("Format", data["format"]),
            ("Activity", data.get("activity") if data.get("activity", "course") != "course" else None),
            ("Make-up", f"counts in the cycle holding {data['counts_in']}" if data.get("make_up") else None),
            ("Provider type", data.get("provider_type")),
            ("Categories", ", ".join(data["categories"]) or None), ("Provider", data["provider"]),
            ("Approver", data["approver"]), ("Licenses", ", ".join(data["licenses"]) or "every license"),
            ("Goal", str(data["goal_id"]) if data["goal_id"] else None)]
    if data["certificate"]:
        state = "" if data["certificate_present"] else "  (MISSING from the data folder)"
        rows.append(("Certificate", f"{data['certificate_path']}{state}"))
        rows.append(("Original name", data["certificate_original"]))
    else:
        rows.append(("Certificate", Text(f"none kept; add one with goals ce edit {data['id']} --certificate FILE",
                                         style="yellow")))
    for label, value in rows:
        if value:
            info.add_row(label, value)
    return Panel(info, title=panel_title(f"CE credit {data['id']}: {data['title']}"), title_align="left")


def profiles_table(profiles: list[dict]) -> Table:
    """Profiles as ``goals ce profile list --json`` gives them."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=True)
    table.add_column("ID", no_wrap=True, style="bold")
    table.add_column("Name", ratio=1)
    table.add_column("Hours", justify="right")
    table.add_column("Cycle", justify="right")
    table.add_column("Status")
    for p in profiles:
        style = {"example": "yellow", "custom": "cyan"}.get(p["status"], "green")
        table.add_row(p["id"], p["name"], f"{p['total_hours']:g}", f"{p['cycle_months']} mo",
                      Text(p["label"], style=style))
    return table


def _when(rule: dict) -> str:
    parts = []
    if rule.get("effective_from"):
        parts.append(f"cycles from {rule['effective_from']}")
    if rule.get("renewals_from"):
        parts.append(f"renewals from {rule['renewals_from']}")
    return f" [{', '.join(parts)}]" if parts else ""


def profile_detail(profile: dict) -> Group:
    """Every rule of a profile (its ``as_dict``), with its sources."""
    where = f", {profile['jurisdiction']}" if profile["jurisdiction"] else ""
    effective = f"; effective from {profile['effective_from']}" if profile["effective_from"] else ""
    lines = [Text(f"{profile['name']} ({profile['id']}){where}", style="bold"),
             Text(f"Status: {profile['label']}{effective}"),
             Text(f"{profile['total_hours']:g} h every {profile['cycle_months']} months"
                  + (f" (hours of {profile['hour_minutes']} minutes)" if profile["hour_minutes"] != 60 else ""))]
    for m in profile["minimums"]:
        extra = []
        if m["supervisors_only"]:
            extra.append("supervisors only")
        if m["once"]:
            extra.append("once")
        if m["every_n_cycles"]:
            extra.append(f"every {m['every_n_cycles']} cycles")
        if m["within_months_of_licensure"]:
            extra.append(f"within {m['within_months_of_licensure']} months of initial licensure")
        lines.append(Text(f"  at least {m['hours']:g} h {m['category']}"
                          + (f" ({', '.join(extra)})" if extra else "") + _when(m)))
    for c in profile["caps"]:
        limit = f"{c['hours']:g} h" if c["hours"] is not None else f"{c['fraction']:.0%} of the cycle's requirement"
        lines.append(Text(f"  {c['format']}: at most {limit}{_when(c)}"))
    for m in profile["maximums"]:
        limit = f"{m['hours']:g} h" if m["hours"] is not None else f"{m['fraction']:.0%} of the cycle's requirement"
        lines.append(Text(f"  topic {m['category']}: at most {limit}{_when(m)}"))
    for a in profile["activities"]:
        limits = [f"x{a['multiplier']:g}"]
        if a["max_hours"] is not None:
            limits.append(f"at most {a['max_hours']:g} h a cycle")
        if a["max_hours_each"] is not None:
            limits.append(f"at most {a['max_hours_each']:g} h each")
        lines.append(Text(f"  activity {a['name']}: {', '.join(limits)}{_when(a)}"))
    share = profile["provider_share"]
    if share:
        lines.append(Text(f"  at least {share['fraction']:.0%} of the hours from: "
                          f"{', '.join(share['provider_types'])}{_when(share)}"))
    for c in profile["completions"]:
        counts = f", counts as {c['hours']:g} h {c['category']}" if c["hours"] else ""
        extra = (f", within {c['within_months_of_licensure']} months of initial licensure"
                 if c["within_months_of_licensure"] else "")
        lines.append(Text(f"  complete: {c['name']}{counts}{extra}{_when(c)}"))
    lines.append(Text(f"Carry-over: up to {profile['carry_over_max']:g} h" if profile["carry_over_max"] else "Carry-over: none"))
    first = profile["first_cycle"]
    def first_rule(rule: dict) -> str:
        return rule["mode"] + (f" ({rule['hours']:g} h)" if rule["mode"] == "fixed" else "")

    earlier = first.get("earlier")
    lines.append(Text(f"First cycle: {first_rule(first)}" + (
        f"; first renewals before {earlier['renewals_before']}: {first_rule(earlier)}" if earlier else "")))
    units = profile["units"]
    lines.append(Text(f"Units: 1 CEU = {units['ceu']:g} h, 1 semester hour = {units['semester_hour']:g} h, "
                      f"1 quarter hour = {units['quarter_hour']:g} h"))
    lines += [Text(f"Note: {n}", style="italic") for n in profile["notes"]]
    if profile["sources"]:
        lines.append(Text("Sources:", style="bold"))
        lines += [Text(f"  {s}") for s in profile["sources"]]
    return Group(*lines)


def licenses_table(rows: list[dict], today) -> Table:
    import datetime as _dt

    from clingoals.ce.licenses import NUMBERED_WITHOUT_ISSUE

    # ID, Supervisor and Number hold in 80 columns with two spaces between columns, not three
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True, expand=True)
    # Commands take the ID as well as the name (goals go by theirs: trial 22 #15).
    table.add_column("ID", justify="right", no_wrap=True)
    # A name is copied into commands too: wrapped between words, never a word cut.
    table.add_column("Name", style="bold", min_width=min(max((len(w) for r in rows for w in r["name"].split()),
                                                            default=4), 24))
    # The profile id is what one copies into --profile: never cut or wrapped.
    table.add_column("Profile", no_wrap=True, min_width=max((len(r["profile_id"]) for r in rows), default=7))
    table.add_column("Renews", no_wrap=True)
    table.add_column("Left", justify="right", no_wrap=True)
    table.add_column("Cycle", justify="right")
    # Columns no license fills are left out: the ID column took their room at 80 columns.
    supervisor, number = any(r["supervisor"] for r in rows), any(r["number"] for r in rows)
    if supervisor:  # the header on two lines: "yes" needs no 10 columns
        table.add_column("Super-\nvisor", justify="center", no_wrap=True)
    if number:  # the board's number, copied into forms: wrapped between words, never a word cut
        table.add_column("Number", min_width=min(max((len(w) for r in rows for w in (r["number"] or "").split()),
                                                     default=6), 16))
    for r in rows:
        left = (_dt.date.fromisoformat(r["renews"]) - today).days
        unsure = r["cycle_number"] > 1 and not r["issued"]
        table.add_row(str(r["id"]), r["name"], r["profile_id"], r["renews"], days_text(left),
                      f"{r['cycle_number']}{'*' if unsure else ''}",
                      *(["yes" if r["supervisor"] else ""] if supervisor else []),
                      *([r["number"] or ""] if number else []))
    if any(r["cycle_number"] > 1 and not r["issued"] for r in rows):
        table.caption, table.caption_justify = f"* {NUMBERED_WITHOUT_ISSUE}", "left"
    return table


def license_detail(record: dict, profile) -> Text:
    from clingoals.ce.licenses import cycle_words

    supervisor = ""
    if record["supervisor"]:
        since = record.get("supervisor_since")
        supervisor = f"; supervisor since {since}" if since else "; supervisor (since: not recorded, so every cycle)"
    return Text(f"{record['name']}: {profile.name}; license number {record['number'] or 'not recorded'}; "
                f"issued {record['issued'] or 'not recorded'}; renews {record['renews']}; "
                f"{(record.get('status') or {}).get('cycle_label') or cycle_words(record['cycle_number'], record['issued'])}"
                f"{supervisor}")


# --- the weekly review -----------------------------------------------------------------

def _corrected_row(p: dict) -> str:
    """One digest row for an entry and its correction (review._corrects):
    "+1800 ..., taken back by -1800 (typo, meant 18): nothing moved", or what
    moved first: "+$38 (pizza; +$380 corrected by -$342: typo, pizza was 38)"."""
    unit, note = p.get("unit"), p["correction_note"]
    head = f"{p['date']} goal {p['goal_id']} {p['title']}: "
    if not p.get("corrected_to"):
        return (head + f"{signed_quantity(p['value'], unit)}, taken back by {signed_quantity(p['correction'], unit)}"
                + (f" ({note})" if note else "") + ": nothing moved")
    return (head + f"{signed_quantity(p['corrected_to'], unit)} (" + (f"{p['note']}; " if p["note"] else "")
            + f"{signed_quantity(p['value'], unit)} corrected by {signed_quantity(p['correction'], unit)}: {note})")


def digest(data: dict) -> Hanging:
    """The review digest: what moved, what is due, what is stale. One Text
    with styled spans (Rich renders that far faster than a line per object)."""
    from clingoals.ce.tally import status_words

    if data.get("since_review"):
        heading = f"Since your review of {data['since_review']}"
    elif data["last_review"]:  # only today's review so far: the window is the week before it
        heading = f"The last 7 days (since {data['since']})"
    else:
        heading = f"The last 7 days (since {data['since']}; no review yet)"
    if data.get("missed_reviews"):  # trial 22 #14: a week skipped was said nowhere but --history
        from clingoals.review import missed_words

        heading += missed_words(data["missed_reviews"])
    if data.get("reviewed_today"):
        ids = data["reviewed_today"]
        goals = f"goal{'s' if len(ids) != 1 else ''} {', '.join(map(str, ids))}"
        heading += (f"; today's review included ({goals})" if data.get("includes_reviewed_today")
                    else f"; reviewed today: {goals}")
    text = Text(heading, style="bold")
    empty = True

    def section(title: str, lines: list[str], style: str = "", *, count: str | None = None) -> None:
        """A heading with how many items it lists (``count`` when its lines
        are not the items), then the lines."""
        nonlocal empty
        if lines:
            empty = False
            text.append(f"\n{title} ({count or len(lines)})" if count != "" else f"\n{title}",
                        style=f"bold {style}".strip())
            text.append("".join(f"\n  {line}" for line in lines))

    section("Completed", [f"{g['id']}: {g['title']}" for g in data["completed"]], "green")
    def logged(p: dict) -> str:  # an entry dated before the window was logged in it: said so
        return f" (logged {p['created_at'][:10]})" if p["date"] < data["since"] and p.get("created_at") else ""

    # "+$60" of a money goal, "+3 walks": each entry in its goal's unit (trial 12 P4)
    section("Progress logged", [f"{p['date']} goal {p['goal_id']} {p['title']}: "
                                f"{signed_quantity(p['value'], p.get('unit'))}" +
                                (f" ({p['note']})" if p["note"] else "") + logged(p) for p in data["progress"]]
            + [_corrected_row(p) for p in data.get("corrected", [])])
    section("Steps done", [f"goal {s['goal_id']}: {s['text']}" for s in data["steps_done"]])
    ce = data["ce"]
    toward = {}  # goal id -> the hours of this window's credits that count toward it
    for credit in ce["credits"]:
        if credit.get("counts_toward") is not None:
            toward[credit["counts_toward"]] = toward.get(credit["counts_toward"], 0) + credit["hours"]
    ce_lines = ([f"{number(ce['hours_logged'])} h logged in {counted(len(ce['credits']), 'credit')}"
                 + "".join(f"; {number(h)} h count toward goal {i}" for i, h in toward.items())]
                if ce["credits"] else [])
    ce_lines += [f"{l['name']}: " + (f"{status_words(l)}, none required" if l["status"] == "exempt" else
                                      f"{l['remaining_hours']:g} h to go") +
                 f", {l['days_left']} d left" + ("" if l["status"] == "exempt" else f" ({status_words(l)})")
                 for l in ce["licenses"]]
    # Its lines are a credits line and one per license: the heading counts the credits, as its first line does.
    section("Continuing education", ce_lines, count=counted(len(ce["credits"]), "credit") if ce["credits"] else "")
    section("Due in the next 14 days", [f"{g['id']}: {g['title']} ({g['deadline']}, {g['days_left']} d)"
                                        for g in data["due_soon"]] +
            [f"step {s['step_id']} of goal {s['goal_id']}: {s['text']} ({s['due']})" for s in data["steps_due_soon"]],
            "yellow")
    section("Overdue", [f"{g['id']}: {g['title']} (was due {g['deadline']})" for g in data["overdue"]] +
            [f"step {s['step_id']} of goal {s['goal_id']}: {s['text']} (was due {s['due']})" for s in data["steps_overdue"]],
            "red")
    section("Stale: no progress, step or edit for 3 weeks", [f"{g['id']}: {g['title']} (last {g['last_activity']})"
                                                             for g in data["stale"]], "magenta")
    if empty:
        text.append("\n  Nothing moved and nothing is due. A quiet week counts too.")
    text.append(f"\nNext review: {data['next_review']} ({data['rhythm']})", style="dim")
    return Hanging(text)


def review_goal_header(goal: dict, today) -> Hanging:
    import datetime as _dt

    left = (_dt.date.fromisoformat(goal["deadline"]) - today).days
    text = Text(f"\nGoal {goal['id']}: {goal['title']}", style="bold")
    # as `goals list` says it: "9 d late", not "-9 d"
    when = f"{left}{_KEEP}d" if left > 0 else "today" if left == 0 else f"{-left}{_KEEP}d{_KEEP}late"
    text.append(f"  due{_KEEP}{goal['deadline']}{_KEEP}({when})")
    measure = goal["measure"]
    if goal.get("limit") and "spent" in goal:  # a ceiling: spent of it, not a total toward it
        from clingoals.goal import limit_words

        text.append(f"  {limit_words(goal)}")
    elif measure["target"]:
        unit = f"{_KEEP}{measure['unit']}" if measure["unit"] and not money(0, measure["unit"]) else ""
        text.append(f"  {figure(measure['current'] or 0, measure['unit'])}/{figure(measure['target'], measure['unit'])}"
                    f"{unit}")
    return Hanging(text, extra=4)


def review_streak(review_dates: list, today, rhythm: str, current: int, started=None) -> Text:
    """The review streak: one mark per period of the rhythm since the first
    review fell due (a period after ``started``: the first goal or review;
    at most 26), oldest first, so no week before one was due counts as missed; ``current`` is the
    streak as the review rules count it."""
    import datetime as _dt

    from clingoals import charts  # only the views with charts load it (start-up of every command)

    every = {"weekly": "week", "monthly": "month"}.get(rhythm, f"{rhythm} days")
    days = {"weekly": 7, "monthly": 30}.get(rhythm) or int(rhythm)
    # the first review falls due a period after you started: no period before that one is missed (trial 11 C4)
    first_due = [started + _dt.timedelta(days=days)] if started else []
    first = min([*review_dates, *first_due], default=today)
    periods = charts.review_periods(review_dates, today, rhythm,
                                    count=max(1, min(26, (today - first).days // days + 1)))
    text = Text("Reviews  ", style="bold")
    for index, reviewed in enumerate(periods):
        is_now = index == len(periods) - 1
        text.append("■" if reviewed else ("·" if is_now else "□"),
                    style="green" if reviewed else ("dim" if is_now else "red"))
    text.append(f"  streak: {current} on-time review{'s' if current != 1 else ''}", style="bold")
    text.append(f"\n         one mark a {every}, latest last: ■ reviewed, □ missed", style="dim")
    return text


def reviews_table(reviews: list[dict]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("Date")
    table.add_column("Since")
    table.add_column("Goals", justify="right")
    table.add_column("Energy", justify="right")
    table.add_column("Stress", justify="right")
    table.add_column("Focus")
    for r in reviews:
        table.add_row(r["review_date"], r["since"], str(r["goals"] or 0), str(r["energy"] or "—"),
                      str(r["stress"] or "—"), r["focus"] or "")
    return table


# --- the journal ---------------------------------------------------------------------------

def _one_line(text: str) -> str:
    """A text on one line for a listing: its lines (a review's sections,
    "Achieved: ..." then "What got in the way: ...") kept apart by " · "
    unless a line already ends a sentence; spaces inside a line folded."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    joined = ""
    for line in filter(None, lines):
        joined += ("" if not joined else " " if joined[-1] in ".!?;" else " · ") + line
    return joined


def journal_table(entries: list[dict]) -> Table:
    """One row per entry: its text on up to two lines at word boundaries; a
    Goals column only when some entry is linked to a goal (an empty column
    would take the text's room)."""
    table = Table(box=box.SIMPLE_HEAD, **FITTED)
    table.add_column("ID", justify="right", style="bold")
    table.add_column("Date", no_wrap=True)
    table.add_column("Kind", no_wrap=True)
    table.add_column("Entry", ratio=1, no_wrap=True)
    linked = any(e["goals"] for e in entries)
    if linked:
        table.add_column("Goals", no_wrap=True)
    goals_width = max([5] + [len(", ".join(map(str, e["goals"]))) for e in entries]) + 2 if linked else 0
    kind_width = max([4] + [len(e["kind"]) for e in entries])
    id_width = max([2] + [len(str(e["id"])) for e in entries])
    entry_width = max(out.width - id_width - 10 - kind_width - goals_width - 6, 12)
    for e in entries:
        text = _one_line(e["text"])
        row = [str(e["id"]), e["date"], e["kind"], clip(text, entry_width, lines=2)]
        table.add_row(*row, *([", ".join(map(str, e["goals"]))] if linked else []))
    return table


def drafts_table(drafts: list[dict]) -> Table:
    """Private drafts, numbered, with what each holds and the command that continues it."""
    table = Table(box=box.SIMPLE_HEAD, **FITTED)
    table.add_column("N", justify="right", style="bold")
    table.add_column("Saved", no_wrap=True)
    table.add_column("Kind", no_wrap=True)
    table.add_column("Holds", ratio=1)
    table.add_column("Continue with", no_wrap=True)
    for d in drafts:
        table.add_row(str(d["number"]), d["saved_at"][:10], d["kind"], d["preview"], d["continue_with"])
    table.caption = "goals drafts --discard N removes one for good"
    return table


def journal_entry(entry: dict) -> Panel:
    meta = f"{entry['date']} · {entry['kind']}"
    if entry["goals"]:
        meta += f" · goals {', '.join(map(str, entry['goals']))}"
    if entry["tags"]:
        meta += f" · tags {', '.join(entry['tags'])}"
    return Panel(Group(Text(meta, style="dim"), Text(entry["text"])), title=panel_title(f"Journal entry {entry['id']}"),
                 title_align="left")


def assessment(latest: dict, previous: dict | None, comparison: list[dict]) -> Group:
    parts: list = [Text(f"Self-assessment of {latest['assessed_on']}" +
                        (f" (compared with {previous['assessed_on']})" if previous else ""), style="bold")]
    for label, key in (("Strengths", "strengths"), ("Areas to grow", "growth"), ("Interests", "interests")):
        if latest[key]:
            parts.append(Text(f"{label}: {', '.join(latest[key])}"))
    if comparison:
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
        table.add_column("Group")
        table.add_column("Skill")
        table.add_column("Rating")
        table.add_column("Change", justify="right")
        for row in comparison:
            change = row["change"]
            shown = Text("new", style="dim") if change is None else Text(
                f"{change:+d}" if change else "=", style="green" if change and change > 0 else ("red" if change else ""))
            table.add_row(row["group"], row["skill"], "●" * row["rating"] + "○" * (5 - row["rating"]), shown)
        parts.append(table)
    return Group(*parts)


# --- career paths -----------------------------------------------------------------------------

def paths_overview(paths) -> Group:
    parts: list = []
    for path in paths:
        parts.append(Wrapped(f"{path.id}: {path.name} (about {round(path.typical_months)} months)", style="bold",
                             indent="  "))
        parts.append(Wrapped(f"  {path.description}", indent="  "))
        for milestone in path.milestones:
            parts.append(Wrapped(f"  • {milestone.statement} [{milestone.kind}, ~{milestone.months:g} mo]",
                                 indent="    "))
        parts.append(Wrapped(f"  {path.caveat}", style="dim italic", indent="  "))
    return Group(*parts)


def met_with_fewer_hours(item: dict) -> str:
    """What a path step met by a shorter training of yours says beside it
    (", 12 hours where this step says 40: check your board accepts it"), or ""."""
    if "goal_hours" not in item:
        return ""
    return (f", {quantity(item['goal_hours'], 'hours')} where this step says {number(item['milestone_hours'])}: "
            "check your board accepts it")


def roadmap(path, goals: list[dict], next_id: int | None, already: Iterable[dict] = (),
            skipped: dict[str, int | None] | Iterable[str] = ()):
    """The path's goals as a tree under its long-term goal (a goal the person
    already had sits there with its own id), then the milestones a license
    on file or a goal you finished outside the path covers, marked done, and those skipped (no goal serves them),
    each in its place on the route: ``skipped`` maps its statement to the
    goal it comes before (None, or a plain list of statements: at the end)."""
    from rich.tree import Tree

    by_parent: dict = {}
    for goal in goals:
        by_parent.setdefault(goal["parent_id"], []).append(goal)
    ids = {g["id"] for g in goals}
    roots = [g for g in goals if g["parent_id"] not in ids]

    def label(goal: dict) -> Text:
        mark = {"done": "✔", "dropped": "✘", "paused": "‖"}.get(goal["status"], "○")
        text = Text(f"{mark} {goal['id']}: {clip(goal['title'], 60, lines=1)}  ",
                    style="bold reverse" if goal["id"] == next_id else "")
        text.append(f"{goal['status']}, due {goal['deadline']}", style=STATUS_STYLE.get(goal["status"], ""))
        if goal["id"] == next_id:
            text.append("  ← next", style="bold yellow")
        return text

    tree = Tree(Text(f"{path.name} roadmap", style="bold"))

    before = skipped if isinstance(skipped, dict) else dict.fromkeys(skipped)
    placed: set[str] = set()

    def left_out(statement: str) -> Text:
        placed.add(statement)
        left = Text(f"– {clip(statement, 60, lines=1)}  ")
        left.append("skipped: no goal yet ('goals add' it when you're ready)", style="dim")
        return left

    def grow(node, goal):
        for statement in [s for s, goal_id in before.items() if goal_id == goal["id"] and goal["parent_id"] in ids]:
            node.add(left_out(statement))  # a skipped milestone in its place: before the goal after it
        branch = node.add(label(goal))
        # steps done first (behind you, whatever their deadline: a training finished early), then by deadline
        for child in sorted(by_parent.get(goal["id"], []), key=lambda g: (g["status"] != "done", g["deadline"])):
            grow(branch, child)
        return branch

    branches = [grow(tree, root) for root in sorted(roots, key=lambda g: g["deadline"])]
    for place, item in enumerate(already):  # under the long-term goal, first, in route order: it came before the rest
        done = Text(f"✔ {item['milestone']}  ")
        done.append(f"done: your goal {item['goal_id']}" + met_with_fewer_hours(item) if "goal_id" in item
                    else f"done: license {item['license']} issued {item['since']}" if "since" in item
                    else f"done: license {item['license']} on file", style="green")
        (branches[0] if len(branches) == 1 else tree).children.insert(place, Tree(done))
    for statement in [s for s in before if s not in placed]:  # after the last goal on the route
        (branches[0] if len(branches) == 1 else tree).add(left_out(statement))
    return Group(tree, Text(path.caveat, style="dim italic"))
