"""The date grammar: what people type turned into dates, relative to ``today``.

Two entry points, both pure (``today`` is always an argument):

- :func:`parse_date` reads a whole option value (``--due "end of month"``) and
  raises :class:`DateError` when it cannot; it never guesses "now".
- :func:`find_deadline` looks for a deadline phrase inside a goal sentence
  ("... within the next three months") for the SMART scorer. It extracts the
  phrase with this grammar and never hands a sentence to a fuzzy parser
  (dateutil's fuzzy mode invents dates from ordinary words).

Phrases: ISO dates (2027-06-30, also 2027-6-30); today, tomorrow, yesterday; weekday
names and "this friday" (next occurrence after today); "next friday" (that
day of next week, Monday to Sunday); last friday (the latest one before
today); next week|month|quarter|year (that long after today: on November 23
"next month" is December 23); last week|month|quarter|year and
N days|weeks|months|years ago (that long before today); in N days|weeks|months|
years (also "N weeks", "next N weeks", "a month"); end of week|month|quarter|
year and eow|eom|eoq|eoy; end of next month, end of 2027, end of June, end of
January 2028, "the end of the quarter"; a leading "by", "due (by)", "on" or
"the" is read past ("by the end of January" is "end of January"); Q1..Q4
(last day of that quarter this year, next year if past; "Q3 2027");
June 30 / 30 June 2027 / June 30th, 2027 / December 31 of this year;
6/30/2027 and 6/30 (US order); October 2026 and March (last day of that
month); a bare year 2027 (December 31).

A named period (April, Q3, 2027, "this week", "this month", "end of next
month") is read as its last day: "by April" means by April 30. "next month"
and "last month" are not periods but a shift: the same day a month on or
back (December 23 from November 23; a day past the month's end becomes its
last day), and so are next week|quarter|year. A start date reads a period,
and the period such a shift lands in, as its first day instead ("--start
April" is April 1, "--start 'next month'" December 1):
``parse_date(..., first_day=True)``. The period chosen
is the same either way; exact days are the same either way. A listing that
looks back (``--since``, ``--from``, ``--to``) reads a month, quarter or day
named without a year as the latest one that has begun: :func:`parse_since`.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress, count

from clingoals.errors import DateError

EXAMPLES = "2027-06-30, today, friday, next month, in 3 weeks, end of month, eoq, Q3, June 30"

MONTHS = {
    name: index
    for index in range(1, 13)
    for name in (
        calendar.month_name[index].lower(),
        calendar.month_abbr[index].lower(),
    )
}
MONTHS["sept"] = 9
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "eighteen": 18, "twenty": 20, "twenty-four": 24,
    "thirty": 30, "couple": 2, "few": 3,
}
UNITS = {
    "day": "days", "days": "days", "week": "weeks", "weeks": "weeks",
    "wk": "weeks", "wks": "weeks", "month": "months", "months": "months",
    "mo": "months", "mos": "months", "quarter": "quarters",
    "quarters": "quarters", "year": "years", "years": "years", "yr": "years",
    "yrs": "years",
}
PERIODS = {"week": "week", "month": "month", "quarter": "quarter", "year": "year"}
ABBREVIATED_ENDS = {"eow": "week", "eom": "month", "eoq": "quarter", "eoy": "year"}
MAX_AMOUNT = 1000  # "in 1000 years" is as far as any goal needs to look
# The grammar's patterns, compiled once.
_FOUR_DIGITS = re.compile(r"\d{4}")
_ISO_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")  # 2027-6-30 too: people drop the zero
_AMOUNT_UNIT = re.compile(r"(?:(?:in|within|next|the next|over the next|for the next)\s+)?(\S+)\s+(\S+)")
_COUPLE_OF_UNITS = re.compile(r"(?:in|within|next)\s+(?:a\s+)?(couple|few)\s+(?:of\s+)?(\S+)")
_END_OF = re.compile(r"end\s+of\s+(?:the\s+)?(this\s+|next\s+)?(\S+)(?:\s+(\d{4}))?")
_QUARTER = re.compile(r"q([1-4])(?:\s+(\d{4}))?")
_MONTH_DAY = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:\s+(\d{4}))?")
_DAY_MONTH = re.compile(r"(\d{1,2})\s+([a-z]+)\.?(?:\s+(\d{4}))?")
_MONTH_YEAR = re.compile(r"([a-z]+)\.?(?:\s+(\d{4}))?")
_US_NUMERIC = re.compile(r"(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?")
_UNAMBIGUOUS_WORD = re.compile(r"\d{4}-\d{2}-\d{2}|q[1-4]|eo[wmqy]")


def _end_of_month(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


def _end_of_period(period: str, day: _dt.date) -> _dt.date:
    if period == "week":  # weeks end on Sunday
        return day + _dt.timedelta(days=6 - day.weekday())
    if period == "month":
        return _end_of_month(day.year, day.month)
    if period == "quarter":
        return _end_of_month(day.year, ((day.month - 1) // 3) * 3 + 3)
    return _dt.date(day.year, 12, 31)


def _start_of_period(period: str, day: _dt.date) -> _dt.date:
    """The first day of the period that :func:`_end_of_period` ends."""
    if period == "week":  # weeks start on Monday
        return day - _dt.timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    if period == "quarter":
        return _dt.date(day.year, ((day.month - 1) // 3) * 3 + 1, 1)
    return _dt.date(day.year, 1, 1)


def _first_day(end: _dt.date, period: str, first_day: bool) -> _dt.date:
    """A period named by its last day ``end``: that day, or (a start date)
    the period's first day."""
    return _start_of_period(period, end) if first_day else end


def _shift(today: _dt.date, amount: int, unit: str) -> _dt.date:
    if not -MAX_AMOUNT <= amount <= MAX_AMOUNT:  # negative: "3 weeks ago", "last month"
        raise ValueError("amount out of range")
    if unit == "days" or unit == "weeks":
        return today + _dt.timedelta(days=amount if unit == "days" else 7 * amount)
    return _add_months(today, amount * (3 if unit == "quarters" else 12 if unit == "years" else 1))


def _add_months(day: _dt.date, months: int) -> _dt.date:
    """What ``day + relativedelta(months=months)`` gives (a day past the
    month's end becomes its last day: Jan 31 + 1 month is Feb 28), without
    its cost: the scorer shifts a date for most goals it reads."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    month += 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def _amount(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


class _NotThatYear(ValueError):
    """A month's day that exists, but not in the year it falls in ("Feb 29" read as
    February 29, 2027): parse_date says which year and how many days its month has."""

    def __init__(self, month: int, day: int, year: int, given: bool):
        super().__init__("day is out of range for month")
        self.month, self.day, self.year, self.given = month, day, year, given

    def message(self, shown: str) -> str:
        name = calendar.month_name[self.month]
        said = f"{shown!r}: {name} {self.year} has {calendar.monthrange(self.year, self.month)[1]} days"
        if self.given:
            return said
        later = next(y for y in range(self.year + 1, self.year + 9) if _valid(y, self.month, self.day))
        return f"{said} (the next {name} {self.day} is in {later})"


def _month_day(month: int, day: int, year: int | None, today: _dt.date, past: bool = False) -> _dt.date:
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]:  # 2000: a leap year
        try:
            return _month_day_of(month, day, year, today, past)
        except ValueError:
            fell = year if year is not None else (today.year - 1 if past else today.year + 1)
            raise _NotThatYear(month, day, fell, year is not None) from None
    return _month_day_of(month, day, year, today, past)


def _month_day_of(month: int, day: int, year: int | None, today: _dt.date, past: bool = False) -> _dt.date:
    if year is not None:
        return _dt.date(year, month, day)
    if past:  # the latest one on or before today
        candidate = _dt.date(today.year, month, day) if _valid(today.year, month, day) else None
        return candidate if candidate is not None and candidate <= today else _dt.date(today.year - 1, month, day)
    candidate = _dt.date(today.year, month, day) if _valid(today.year, month, day) else None
    if candidate is None or candidate < today:
        return _dt.date(today.year + 1, month, day)
    return candidate


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _month_end(month: int, year: int | None, today: _dt.date, past: bool = False) -> _dt.date:
    if year is not None:
        return _end_of_month(year, month)
    if past:  # the latest such month that has begun
        return _end_of_month(today.year if month <= today.month else today.year - 1, month)
    end = _end_of_month(today.year, month)
    return end if end >= today else _end_of_month(today.year + 1, month)


def _quarter_end(quarter: int, year: int | None, today: _dt.date, past: bool = False) -> _dt.date:
    if past and year is None:  # the latest such quarter that has begun
        return _end_of_month(today.year if quarter * 3 - 2 <= today.month else today.year - 1, quarter * 3)
    end = _end_of_month(year or today.year, quarter * 3)
    if year is None and end < today:
        end = _end_of_month(today.year + 1, quarter * 3)
    return end


def normalise(text: str) -> str:
    """Lower-case, fold spaces and commas, drop ordinals ("31st" -> "31")."""
    text = text.strip().lower().replace(",", " ").rstrip(".!;:")
    text = re.sub(r"\b(\d{1,2})(st|nd|rd|th)\b", r"\1", text)
    return " ".join(text.split())


def _year(word: str) -> int | None:
    return int(word) if _FOUR_DIGITS.fullmatch(word) else None


_THIS_YEAR = re.compile(r"\s+(of\s+)?this\s+year$")
# Every phrase the grammar below reads begins with one of these words, a
# digit, a month (maybe abbreviated with a dot) or Q1-Q4. The scorer tries
# many word runs of each sentence ("in the morning", "for a walk"): this turns
# most of them away before a dozen patterns are tried.
_FIRST_WORDS = frozenset({"today", "now", "tomorrow", "yesterday", "next", "this", "coming", "last",
                          "in", "within", "over", "for", "the", "end", "q1", "q2", "q3", "q4"}
                         | set(ABBREVIATED_ENDS) | set(WEEKDAYS) | set(NUMBER_WORDS)
                         | set(MONTHS) | {month + "." for month in MONTHS})


_MONTH_WORDS = frozenset(set(MONTHS) | {month + "." for month in MONTHS})


def _may_start_date(word: str) -> bool:
    return word in _FIRST_WORDS or word[:1].isdigit()


def _parse_normalised(text: str, today: _dt.date, first_day: bool = False,
                      past: bool = False, after: _dt.date | None = None) -> _dt.date | None:
    """The grammar proper. Returns None when the phrase is not a date.
    ``first_day``: a phrase that names a period (April, Q3, 2027, next
    month, this year) gives its first day instead of its last. ``past``: a
    month, quarter or day named without its year is the latest one that has
    begun (a look-back listing), not the next one. ``after``: where the next
    one is looked for from (on or after that day; default today), and where
    a bare weekday ("friday": the next one after it) and an amount ("in 3
    weeks", "2 months") count from."""
    since = after or today
    # "of this year" / "this year" pins an explicit year onto month-day phrases.
    this_year = False
    if "year" in text:
        stripped = _THIS_YEAR.sub("", text)
        if stripped != text:
            this_year, text = True, stripped
    words = text.split()
    # A deadline as people say it: "due by", "by", "on", then "the":
    # "by the end of January", "due by June 30", "on the 2027-06-30" read
    # as the phrase after them. Each word at most once, in that order.
    for lead in (("due",), ("by", "on"), ("the",)):
        if words and words[0] in lead:
            if words[0] == "the" and len(words) == 2 and words[1] in WEEKDAYS:
                return None  # "in the sun", "the wed": not how anyone writes a weekday
            words = words[1:]
    if not words or not _may_start_date(words[0]):
        return None
    text = " ".join(words)

    # Each pattern below is tried only when the words can make its match: the
    # phrase is single-spaced words, so a pattern's last \\S+ is the last word,
    # its month the first word, and so on (most candidates match none).
    last = words[-1]
    if "-" in text and _ISO_DATE.fullmatch(text):
        year, month, day = (int(part) for part in text.split("-"))
        return _dt.date(year, month, day)
    if text == "today" or text == "now":
        return today
    if text == "tomorrow":
        return today + _dt.timedelta(days=1)
    if text == "yesterday":
        return today - _dt.timedelta(days=1)
    if text in ABBREVIATED_ENDS:
        return _end_of_period(ABBREVIATED_ENDS[text], today)

    first = words[0]
    rest = words[1:]
    if first == "next" and len(words) == 2 and words[1] in WEEKDAYS:
        # "next friday": that day of next week (Monday to Sunday), not this week's
        next_monday = today + _dt.timedelta(days=7 - today.weekday())
        return next_monday + _dt.timedelta(days=WEEKDAYS[words[1]])
    from_day = since  # a bare weekday counts from the start; "this friday" from today
    if first in ("this", "coming") and len(words) == 2 and words[1] in WEEKDAYS:
        words, first, rest, from_day = words[1:], words[1], [], today
    if first == "last" and len(words) == 2 and words[1] in WEEKDAYS:  # "done last friday"
        back = (today.weekday() - WEEKDAYS[words[1]] - 1) % 7 + 1
        return today - _dt.timedelta(days=back)
    if first in WEEKDAYS and not rest:
        if past:  # "--since friday": the latest Friday, today included
            return today - _dt.timedelta(days=(today.weekday() - WEEKDAYS[first]) % 7)
        ahead = (WEEKDAYS[first] - from_day.weekday() - 1) % 7 + 1
        return from_day + _dt.timedelta(days=ahead)

    if first in ("next", "last") and len(words) == 2 and words[1] in MONTHS:
        # "next sept": the next one after this month (in September, a year on); "last march": the latest
        # one before this month
        month = MONTHS[words[1]]
        if first == "next":
            year = today.year if month > today.month else today.year + 1
        else:
            year = today.year if month < today.month else today.year - 1
        return _first_day(_end_of_month(year, month), "month", first_day)
    if first == "next" and len(words) == 2 and words[1] in UNITS:
        if first_day and words[1] in PERIODS:  # "--start 'next month'": its first day
            return _start_of_period(PERIODS[words[1]], _shift(today, 1, UNITS[words[1]]))
        return _shift(today, 1, UNITS[words[1]])
    if first == "last" and len(words) == 2 and words[1] in UNITS:  # "--from 'last month'": a month ago
        if first_day and words[1] in PERIODS:
            return _start_of_period(PERIODS[words[1]], _shift(today, -1, UNITS[words[1]]))
        return _shift(today, -1, UNITS[words[1]])
    if len(words) == 3 and words[2] == "ago" and words[1] in UNITS:  # "3 weeks ago"
        amount = _amount(words[0])
        if amount is not None:
            return _shift(today, -amount, UNITS[words[1]])
    if first == "this" and len(words) == 2 and words[1] in PERIODS:
        return _first_day(_end_of_period(PERIODS[words[1]], today), PERIODS[words[1]], first_day)

    # in 3 weeks / 3 weeks / next 3 weeks / within 2 months / a month: from the
    # start when one is given ("next 3 weeks" says from now)
    match = _AMOUNT_UNIT.fullmatch(text) if last in UNITS else None
    if match and match.group(2) in UNITS:
        amount = _amount(match.group(1))
        if amount is not None:
            return _shift(today if "next" in words else since, amount, UNITS[match.group(2)])
    match = _COUPLE_OF_UNITS.fullmatch(text) if last in UNITS else None
    if match and match.group(2) in UNITS:
        return _shift(today if first == "next" else since, NUMBER_WORDS[match.group(1)], UNITS[match.group(2)])

    # end of month / end of the year / end of next month / end of June / end of 2027
    match = _END_OF.fullmatch(text) if first == "end" else None
    if match:
        which, what, year = match.group(1), match.group(2), match.group(3)
        if what in PERIODS and not year:
            anchor = today
            if which and which.strip() == "next":
                anchor = _shift(today, 1, UNITS[what])
            return _end_of_period(PERIODS[what], anchor)
        if what in MONTHS and not which:
            return _month_end(MONTHS[what], int(year) if year else None, since, past)
        if _year(what) and not which and not year:
            return _dt.date(int(what), 12, 31)
        return None

    match = _QUARTER.fullmatch(text) if first[:1] == "q" else None
    if match:
        year = int(match.group(2)) if match.group(2) else None
        return _first_day(_quarter_end(int(match.group(1)), year, since, past), "quarter", first_day)

    # June 30 [2027] / 30 June [2027]
    month_first = first in _MONTH_WORDS
    match = _MONTH_DAY.fullmatch(text) if month_first else None
    if match and match.group(1) in MONTHS:
        year = int(match.group(3)) if match.group(3) else (today.year if this_year else None)
        return _month_day(MONTHS[match.group(1)], int(match.group(2)), year, since, past)
    match = _DAY_MONTH.fullmatch(text) if first[:1].isdigit() else None
    if match and match.group(2) in MONTHS:
        year = int(match.group(3)) if match.group(3) else (today.year if this_year else None)
        return _month_day(MONTHS[match.group(2)], int(match.group(1)), year, since, past)

    # October 2026 / March
    match = _MONTH_YEAR.fullmatch(text) if month_first else None
    if match and match.group(1) in MONTHS:
        year = int(match.group(2)) if match.group(2) else (today.year if this_year else None)
        return _first_day(_month_end(MONTHS[match.group(1)], year, since, past), "month", first_day)

    # 6/30/2027, 6/30/27, 6/30 (US order)
    match = _US_NUMERIC.fullmatch(text) if "/" in text else None
    if match:
        month, day = int(match.group(1)), int(match.group(2))
        year = match.group(3)
        if year is not None:
            year = int(year) + (2000 if len(year) == 2 else 0)
        return _month_day(month, day, year, since, past)

    if _year(text):
        return _dt.date(int(text), 1, 1) if first_day else _dt.date(int(text), 12, 31)
    return None


_NUMERIC_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def _impossible(phrase: str, shown: str) -> str | None:
    """Say exactly what is wrong with a numeric date that isn't on the
    calendar: a month 13, a day-first date, February 30."""
    match = _NUMERIC_ISO.fullmatch(phrase)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _US_NUMERIC.fullmatch(phrase)
        if not match:
            return None
        month, day = int(match.group(1)), int(match.group(2))
        year = match.group(3)
        if 12 < month <= 31 and 1 <= day <= 12:
            full = int(year) + (2000 if len(year) == 2 else 0) if year else None
            last = calendar.monthrange(full or 2000, day)[1]  # 2000: a leap year, for a date without one
            if month > last:  # 31/02 read either way is no date: don't suggest 2/31
                when = f"{calendar.month_name[day]} {full}" if full else calendar.month_name[day]
                return f"{shown} isn't a date ({when} has no day {month})"
            iso = f"{full:04d}-{day:02d}-{month:02d}" if full else f"YYYY-{day:02d}-{month:02d}"
            us = f"{day}/{month}/{year}" if year else f"{day}/{month}"
            return f"{shown}: day-first dates aren't read; write {iso} or {us}"
        year = int(year) + (2000 if len(year) == 2 else 0) if year else None
    if not 1 <= month <= 12:
        return f"{shown}: there is no month {month}"
    last = calendar.monthrange(year or 2000, month)[1]  # 2000: a leap year, for a date without one
    if not 1 <= day <= last:
        if year is None:
            return f"{shown}: {calendar.month_name[month]} has no day {day}"
        return f"{shown}: {calendar.month_name[month]} {year} has {last} days"
    return None


def parse_date(text: str, today: _dt.date, *, first_day: bool = False, past: bool = False,
               after: _dt.date | None = None) -> _dt.date:
    """Turn one typed date into a date, or raise :class:`DateError`.
    ``first_day`` (a start date): a period typed ("April", "Q3", "2027",
    "next month") is its first day, not its last. ``past``: "April" or
    "June 30" without a year is the latest one that has begun, not the next.
    ``after`` (a deadline of a goal that starts later): a date typed without
    a year ("December 31", "12/31", "March", "end of June", "Q1") is its next
    occurrence on or after that day instead of today (never before today),
    a bare weekday ("friday") the next one after that day, and an amount
    ("in 3 weeks", "6 months", "a couple of weeks") is counted from it.
    Phrases that say they count from now ("this friday", "next friday",
    "next 3 weeks", "next month", "end of month", "eoy", "tomorrow") stay so."""
    phrase = normalise(text or "")
    since = max(after, today) if after is not None else None
    try:
        result = _parse_normalised(phrase, today, first_day, past, since) if phrase else None
    except ValueError as error:
        problem = _impossible(phrase, (text or "").strip())
        if problem:
            raise DateError(problem) from None
        if isinstance(error, _NotThatYear):
            raise DateError(error.message((text or "").strip())) from None
        if "day is out of range" in str(error) or "month must be" in str(error):
            raise DateError(f"{(text or '').strip()!r} is not a day on the calendar "
                            "(check the day of the month).") from None
        result = None
    except OverflowError:
        result = None
    if result is None and (problem := _impossible(phrase, (text or "").strip())):
        raise DateError(problem)
    if result is None or not 1900 <= result.year <= 9999:
        shown = (text or "").strip()
        if len(shown) > 40:
            shown = shown[:37] + "..."
        if _SEASONS.intersection(phrase.split()):
            raise DateError(f"{shown!r}: a season isn't read as a date (which day ends it?); "
                            "name the day, e.g. 'August 31' or 'end of June'.")
        raise DateError(f"Can't read the date {shown!r}.{_respelled(phrase, today)} Try for example: {EXAMPLES}.")
    return result


# The words of the grammar a typo is most often made in, spelled out.
_SPELLED = tuple(calendar.month_name[1:]) + tuple(calendar.day_name) + (
    "today", "tomorrow", "yesterday", "next", "week", "weeks", "month", "months", "year", "years", "quarter",
    "within", "coming", "weekend", "fortnight")


def _respelled(phrase: str, today: _dt.date) -> str:
    """" Did you mean 'end of February'?" when the phrase reads as a date
    with its misspelled words ('Febuary', 'tomorow') written as the
    grammar's closest words (:func:`clingoals.suggest.closest`, the one
    reading of "close"), else ""."""
    from clingoals.suggest import closest

    known = _FIRST_WORDS | {word.lower() for word in _SPELLED}
    words = phrase.split()
    for index, word in enumerate(words):
        if len(word) >= 4 and word.isalpha() and word not in known:
            close = closest(word, _SPELLED, cutoff=0.75)
            if close:
                words[index] = close
    guess = " ".join(words)
    if guess == phrase:
        return ""
    try:
        parse_date(guess, today)
    except DateError:
        return ""
    return f" Did you mean {guess!r}?"


# The words of time more than one reader needs, written once here: the SMART
# scorer's season and rate patterns, compose's habit test and a target's
# rate check are built from them.
SEASONS = ("summer", "winter", "spring", "fall", "autumn")
_SEASONS = frozenset(SEASONS)
# What "a", "per", "each" or "every" make a rate of ("5 nights a week", "2 hours a day").
RATE_PERIODS = ("day", "night", "week", "month", "year", "morning", "evening", "weekday", "workday", "weekend",
                "session", "shift")
RATE = r"\b(?:a|an|per|each|every)\s+(?:" + "|".join(RATE_PERIODS) + r")s?\b"

# Charting shorthand for how often (trial 16 C2): "3x/wk", "3x/week", "3/wk", "3x wk",
# "1x/mo", "2x/month", "2x/day", read as "3 times a week" (...). A bare "3/wk" is read only
# for 1 to 7 a week ("$50/wk", "20/wk" stay what they are: money, a count); a month or a
# day needs its x ("$300/mo" is money). "qd", "bid", "tid", "qod" are not read: they are
# medication orders, and the Joint Commission's do-not-use list has QD and QOD for being misread.
_SHORTHAND_PERIODS = {"wk": "week", "wks": "week", "week": "week", "mo": "month", "mos": "month",
                      "month": "month", "day": "day"}
_RHYTHM_SHORTHAND = re.compile(
    r"(?<![\d.,$€£¥])\b(?:(\d{1,2})\s*x\s*(?:/\s*|\s)\s*(wks?|week|mos?|month|day)"
    r"|([1-7])\s*/\s*(wk|week))\b", re.IGNORECASE)


def spelled_rhythm(text: str) -> str:
    """``text`` with charting shorthand for how often spelled out ("walk
    3x/wk" -> "walk 3 times a week"), so every reader of a rhythm (the SMART
    scorer, guided add's "How often?", a rhythm's count) reads it; ``text``
    itself when it has none. Cheap when there is no "/" and no "wk": most text."""
    lowered = text.lower()
    if "/" not in text and "wk" not in lowered and "x " not in lowered:
        return text
    return _RHYTHM_SHORTHAND.sub(_spell_rhythm, text)


def _spell_rhythm(match: re.Match) -> str:
    count, period = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    times = "once" if count == "1" else "twice" if count == "2" else f"{int(count)} times"
    return f"{times} a {_SHORTHAND_PERIODS[period.lower()]}"


def parse_optional_date(text: str | None, today: _dt.date) -> _dt.date | None:
    return None if text is None else parse_date(text, today)


def parse_happened(text: str, today: _dt.date) -> _dt.date:
    """A day something happened (``--date`` of a log, a status change, a
    credit, a journal entry, a self-assessment): like :func:`parse_date`, but
    a weekday or day named without a year is the latest one, not the next
    ("--date friday" on a Monday is three days ago; it was refused as in the
    future). A period ("last March", "Q1", "2025") is refused: which of its
    days? Its last day was taken, while ``--issued "June 2021"`` (the start
    of something) takes the first (trial 9 P2), so neither is guessed.
    "last week", "last month" are a day: that long ago.

    A month and day without a year that comes less than a month after today
    this year ("12/10" on December 8) is refused, not read as last year's:
    that is almost always a slip (12/01, 12/03), and last year's date is a
    goal's or a cycle's whole year back (trial 15 B5). The message says how
    many days ahead it is and how to write last year's date."""
    day = parse_date(text, today, past=True)
    if (today - day).days >= 365 - JUST_AHEAD_DAYS - 1:  # only a day about a year back can be a rolled-back one
        _refuse_just_ahead(text, day, today)
    first = parse_date(text, today, past=True, first_day=True)
    if first != day and not _THAT_LONG_AGO.fullmatch(normalise(text)):
        shown = " ".join(text.split())
        whole_month = first.day == 1 and (day + _dt.timedelta(days=1)).day == 1 and first.month == day.month
        which = f"which day in {day:%B %Y}" if whole_month else \
            f"which day from {first.isoformat()} to {day.isoformat()}"
        example = max(min(day, first + _dt.timedelta(days=13), today), first)
        raise DateError(f"{shown!r} is a period, not a day: {which}? Give the day, e.g. "
                        f"'{example:%B} {example.day}' or {example.isoformat()}.")
    return day


JUST_AHEAD_DAYS = 31  # "less than a month ahead": a month/day this close is a slip, not last year's


def _refuse_just_ahead(text: str, day: _dt.date, today: _dt.date) -> None:
    """Refuse ``text`` read as ``day`` (a past-only reading) when, read as
    this year's, it is a month/day at most JUST_AHEAD_DAYS ahead of today:
    the same month and day a year back. A weekday ("friday") is days back,
    never a year, so it is not touched."""
    ahead = parse_date(text, today)
    if not (today < ahead <= today + _dt.timedelta(days=JUST_AHEAD_DAYS)):
        return
    if ahead.year - day.year != 1 or ahead.month != day.month:
        return
    shown = " ".join(text.split())
    days = (ahead - today).days
    raise DateError(f"{shown!r} is {days} day{'s' if days != 1 else ''} ahead ({ahead.isoformat()}): give a "
                    f"day that has passed, or write {day.isoformat()} for the one a year back.")


# "last week", "past month", "previous year": the day that long before today, not a period.
_THAT_LONG_AGO = re.compile(r"(?:last|past|previous)\s+(?:week|month|quarter|year)")


def parse_since(text: str | None, today: _dt.date, *, end: bool = False) -> _dt.date | None:
    """A bound of a listing that looks back (``--since``, ``--from``; with
    ``end``, ``--to``), or None when not given. One rule for every such
    option: a period typed is read from its first day (``--since April`` is
    April 1; ``--to April`` is April 30), and a month, quarter or day typed
    without a year is the latest one that has begun (in November, April is
    this year's April, not next year's)."""
    return None if text is None else parse_date(text, today, first_day=not end, past=True)


def parse_due_before(text: str | None, today: _dt.date) -> _dt.date | None:
    """The latest deadline ``--due-before TEXT`` keeps, or None when not
    given. A day typed is kept (on or before it: "2027-06-30", "friday", "end
    of April", "in 3 weeks"); a period typed (April, Q3, 2027, next month)
    means before it begins, the day :func:`parse_since` starts it on:
    "--due-before April" keeps deadlines up to March 31, as "--since April"
    lists from April 1. A month or quarter without its year is the next one,
    as in a deadline."""
    if text is None:
        return None
    last = parse_date(text, today)
    first = parse_date(text, today, first_day=True)
    return last if first == last else first - _dt.timedelta(days=1)


# --- deadlines inside sentences ------------------------------------------------

TRIGGERS = {"by", "before", "within", "over", "in", "through", "thru", "until",
            "till", "til", "for", "due", "on", "during"}
FREQUENCY = re.compile(
    r"\b(?:(?:each|every|per|a|an|one|two|three|\d+)\s+(?:day|week|month|quarter|year|"
    r"session|weekday|workday|morning|evening|night)s?|daily|weekly|bi-?weekly|fortnightly|"
    r"monthly|quarterly|annually|yearly|twice|once|\d+\s*(?:x|times))\b",
    re.IGNORECASE,
)
_FREQUENCY_LOWER = re.compile(FREQUENCY.pattern)  # the same, for lower-cased ASCII text
# ... and for lower-cased ASCII text without the separators \x1c-\x1f (which
# Unicode's \s counts as space, ASCII's not): with re.ASCII the engine tests
# a table instead of asking the Unicode database, and \b(?=[...]) (every
# alternative's first character: each/every/per/a/an/one/two/three/a digit,
# daily, weekly, bi-weekly, fortnightly, monthly, quarterly, annually,
# yearly, twice, once) turns most places away before the alternatives are
# tried: about 40% less a search. A test checks it finds what FREQUENCY finds.
# (Compiled on first use: `goals check` imports this module on every run.)
_FREQUENCY_ASCII: re.Pattern | None = None


def _frequency_ascii() -> re.Pattern:
    global _FREQUENCY_ASCII
    if _FREQUENCY_ASCII is None:
        assert FREQUENCY.pattern.startswith(r"\b(?:")
        _FREQUENCY_ASCII = re.compile(r"\b(?=[0-9eaotpdwbfmqy])" + FREQUENCY.pattern[2:], re.ASCII)
    return _FREQUENCY_ASCII
_PLAUSIBLE_YEARS = 60


class Deadline:
    """A deadline found in a sentence: the date and the words that said it.
    (A slotted class, not a dataclass: one is made for most goals scored,
    and making a dataclass costs start-up time.)"""

    __slots__ = ("date", "phrase")

    def __init__(self, date: _dt.date, phrase: str):
        self.date = date
        self.phrase = phrase

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Deadline) and (self.date, self.phrase) == (other.date, other.phrase)

    def __hash__(self) -> int:
        return hash((self.date, self.phrase))

    def __repr__(self) -> str:
        return f"Deadline(date={self.date!r}, phrase={self.phrase!r})"


_ORDINAL_WORD = re.compile(r"^(\d{1,2})(st|nd|rd|th)$")
_ORDINAL_ENDS = ("st", "nd", "rd", "th")
def _word_tokens(sentence: str) -> tuple[list[str], list[str]]:
    """The words as written and normalised (lower case, outer punctuation,
    ordinals and a possessive 's dropped); words that normalise to nothing
    are left out of both lists."""
    # The sentence is split once: lower-casing each word gives the words of
    # the lower-cased sentence (no character lower-cases to a space, nor a
    # space to anything else). Each word's normal form is kept (like a lemma):
    # the same words recur across goals.
    raws = sentence.split()
    words = [*map(_NORMAL_WORDS.__getitem__, raws)]  # (map: the lookups in C)
    if "" not in words:
        return raws, words
    return [raw for raw, word in zip(raws, words) if word], [word for word in words if word]


class _NormalWords(dict):
    """word as written -> its normal form, lower-cased ("" for a word that
    normalises to nothing), filled as words are met."""

    def __missing__(self, raw: str) -> str:
        word = raw.lower()
        if not word.isalnum():  # letters and digits only (most words): nothing to strip
            word = word.strip(".,;:!?()[]\"'")
            if word[:1].isdigit() and word[-2:] in _ORDINAL_ENDS:
                word = _ORDINAL_WORD.sub(r"\1", word)
            if word.endswith("'s"):
                word = word[:-2]
        elif word[:1].isdigit() and word[-2:] in _ORDINAL_ENDS:
            word = _ORDINAL_WORD.sub(r"\1", word)
        if len(self) > 50_000:  # bounded like a lemmatiser's cache
            self.clear()
        self[raw] = word
        return word


_NORMAL_WORDS = _NormalWords()


def _plausible(day: _dt.date, today: _dt.date) -> bool:
    return abs(day.year - today.year) <= _PLAUSIBLE_YEARS


def find_deadline(sentence: str, today: _dt.date) -> Deadline | None:
    """The first deadline phrase in ``sentence``, resolved against ``today``.

    A phrase must follow a trigger word (by, within, over, in, through, for,
    until, ...), or be unambiguous on its own (an ISO date, Q3, eoy,
    "end of the year", "June 30"). Longer phrases win over shorter ones.
    """
    raws, words = _word_tokens(sentence or "")
    if _DATE_WORDS.isdisjoint(words) and not _ANY_DIGIT.search(sentence or ""):
        return None  # no phrase of the grammar can be made of these words
    # A phrase begins after a trigger word (the start is the trigger) or
    # stands alone (the start is its first word). Only the few words that can
    # begin a date are visited, in order; for each, the trigger before it is
    # tried first, as a left-to-right reading of the starts would.
    # (compress/map: the per-word tests run in C; begins are read one by one)
    ends = None  # where a phrase may end (_phrase_from), found when a phrase is first tried
    for begin in compress(count(), map(_MAY_BEGIN.__getitem__, words)):
        if begin:
            before = words[begin - 1]
            started = begin > 1 and words[begin - 2] in _BEGINS  # "starting in April": when it begins
            if (before in TRIGGERS and not started) or (
                    before == "than" and begin > 1 and words[begin - 2] == "later"):
                if ends is None:
                    ends = _phrase_ends(words)
                found = _phrase_from(raws, words, begin - 1, begin, today, ends)
                if found is not None:
                    return found
        # ("than", the other trigger, can't begin a date; most begins can't stand alone: "the", "in")
        if _MAY_STAND_ALONE[words[begin]] and words[begin] not in TRIGGERS and _standalone(words, begin):
            if ends is None:
                ends = _phrase_ends(words)
            found = _phrase_from(raws, words, begin, begin, today, ends)
            if found is not None:
                return found
    return None


def phrase_in(text: str, phrase: str, *, trigger: bool = False) -> re.Match | None:
    """Where a deadline's phrase (``Deadline.phrase``: its words as
    :func:`find_deadline` read them) stands in ``text``: the first run of its
    words as whole words, in any spacing or case, as typed. ``trigger``: with a
    trigger word ("by", "within the") just before it when the phrase has
    none. The one place the words are looked for: cut out (:func:`without_deadline`)
    or replaced (compose's ``with_deadline``)."""
    lead = r"(?:\b(?:" + "|".join(sorted(TRIGGERS)) + r")\s+(?:the\s+)?)?" if trigger else ""
    words = r"\s+".join(re.escape(word) for word in phrase.split())
    return re.search(r"(?<![\w-])" + lead + words + r"(?![\w-])", text, re.IGNORECASE)


def without_deadline(text: str, today: _dt.date, *, trigger: bool = False) -> tuple[str, str] | None:
    """``text`` with its deadline phrase cut out, and
    the phrase as typed ("by end of year"), or None when it names no
    deadline. ``trigger``: as :func:`phrase_in`."""
    found = find_deadline(text, today)
    match = phrase_in(text, found.phrase, trigger=trigger) if found is not None else None
    if match is None:
        return None
    return text[:match.start()] + text[match.end():], match.group(0)


def _phrase_ends(words: list[str]) -> list[int]:
    """Every ``end`` (a phrase is words[begin:end]) at which a phrase of the
    grammar may end, in order: after a word in _LAST_WORDS or a digit-led one."""
    return [*compress(count(1), map(_MAY_END.__getitem__, words))]


@lru_cache(maxsize=4096)
def _deadline_date(phrase: str, today: _dt.date) -> _dt.date | None:
    """The date a candidate phrase of a sentence names as a deadline, or
    None. Kept per phrase (like a word's lemma): the same few phrases, "this
    year", "the end of the month", "june 30 2027", recur across goals."""
    try:
        found = _parse_normalised(phrase, today)
    except (ValueError, OverflowError):
        return None
    return found if found is not None and _plausible(found, today) and _meaningful(phrase.split(), today) else None


def _phrase_from(raws: list[str], words: list[str], start: int, begin: int, today: _dt.date,
                 ends: list[int]) -> Deadline | None:
    """The longest date phrase of the grammar (up to 7 words) from ``begin``,
    said from ``start`` (its trigger word, when it has one). ``ends``:
    ``_phrase_ends(words)``; only those ends are tried, longest first (no
    phrase of the grammar ends with another word)."""
    top = min(len(words), begin + 7)
    for end in reversed(ends[bisect_left(ends, begin + 1):bisect_right(ends, top)]):
        found = _deadline_date(" ".join(words[begin:end]), today)
        if found is not None:
            if end < len(words) and words[end - 1] in WEEKDAYS and _recurring_days(words, end):
                return None  # "on Tuesday evenings", "Monday and Thursday mornings": a rhythm, not a day
            first = start - 2 if words[start] == "than" and start >= 2 and words[start - 2] == "no" else start
            if end + 1 < len(words) and words[end] in _FROM_EVENT:
                anchored = _from_a_date(words, begin, end, today)
                if anchored is not None:  # "within 6 months of June 1, 2027": from that day
                    day, end = anchored
                    return Deadline(day, " ".join(raws[first:end]).strip(".,;:!?()[]\"'"))
                if _counted_from_event(words, begin, end):
                    return None  # "within 6 months of opening": from a day the sentence doesn't give
            phrase = " ".join(raws[first:end]).strip(".,;:!?()[]\"'")
            return Deadline(found, phrase)
    return None


# The parts of a day a weekday's plural makes a rhythm of: "on Tuesday evenings"
# is every Tuesday evening, not next Tuesday.
PARTS_OF_DAY = ("mornings", "afternoons", "evenings", "nights")
_PARTS_OF_DAY = frozenset(PARTS_OF_DAY)
_AND_OR = frozenset({"and", "or", "&"})


def _recurring_days(words: list[str], end: int) -> bool:
    """Whether the weekday that words[end - 1] is goes on to a part of the
    day in the plural ("Tuesday evenings", "Monday and Thursday mornings"):
    every such day, a rhythm, not a date."""
    while end + 1 < len(words) and words[end] in _AND_OR and words[end + 1] in WEEKDAYS:
        end += 2
    return end < len(words) and words[end] in _PARTS_OF_DAY


# "within 6 months of opening", "2 weeks after the course starts": a span counted
# from an event, not from today. (From today, now or a date it is still a deadline.)
_FROM_EVENT = frozenset({"of", "after", "following", "from"})
_EVENT_STOPS = frozenset({"and", "or", "by", "so", "to", "because", "with", "for", "in", "within", "before",
                          "until", "while", "which", "that"})
_SPAN_FROM_NOW = frozenset({"next", "coming", "this"})
_CLAUSE_END = re.compile(r"[,;:.!?()]")
_SPAN_THEN_EVENT = re.compile(r"(?:day|week|wk|month|mo|quarter|year|yr)s?\s+(?:of|after|following|from)\b")


def _counted_from_event(words: list[str], begin: int, end: int) -> bool:
    """Whether the span words[begin:end] ("6 months") is counted from the
    event named after it ("of opening") rather than from today."""
    if not _span_counts_from(words, begin, end):
        return False
    after = words[end + 1]
    if after in ("today", "now", "each", "every", "a", "an") or after in MONTHS or after in WEEKDAYS or after[:1].isdigit():
        return False  # from today, or from a date: still a deadline
    return not (after in ("this", "the", "next") and end + 2 < len(words) and words[end + 2] in PERIODS)


def _span_counts_from(words: list[str], begin: int, end: int) -> bool:
    """Whether the span words[begin:end] ("6 months") is counted from what
    follows its of/after/following/from (words[end]), dated or not."""
    if end + 1 >= len(words) or words[end] not in _FROM_EVENT or words[end - 1] not in UNITS:
        return False
    if words[end] in ("of", "from") and "within" not in words[max(begin - 1, 0):begin + 1] and (
            words[end] == "of" or "in" not in words[max(begin - 1, 0):begin + 1]):
        return False  # "10 days of vacation", "a month from local physicians": amounts, not deadlines
    return _SPAN_FROM_NOW.isdisjoint(words[begin:end])  # "over the next 6 months of practice": from now


def _from_a_date(words: list[str], begin: int, end: int, today: _dt.date) -> tuple[_dt.date, int] | None:
    """A span counted from a date the sentence gives ("within 6 months of June
    1, 2027", "2 weeks after March 3"): that date plus the span, and where the
    date's words end; None when what follows is no date (or today/now, from
    which the span already counts)."""
    if not _span_counts_from(words, begin, end) or words[end + 1] in ("today", "now"):
        return None
    for stop in range(min(len(words), end + 8), end + 1, -1):
        day = _deadline_date(" ".join(words[end + 1:stop]), today)
        if day is not None:
            try:
                shifted = _parse_normalised(" ".join(words[begin:end]), day)
            except (ValueError, OverflowError):
                return None
            return (shifted, stop) if shifted is not None and _plausible(shifted, today) else None
    return None


def span_from_event(sentence: str, today: _dt.date) -> tuple[str, str] | None:
    """A deadline counted from an event the sentence gives no date for:
    ("within 6 months of opening", "opening"), or None. find_deadline passes
    these over, since the day they count from is not known."""
    if not _SPAN_THEN_EVENT.search((sentence or "").lower()):
        return None  # (most sentences)
    raws, words = _word_tokens(sentence)
    for i, word in enumerate(words):
        if word not in _FROM_EVENT or i < 2 or words[i - 1] not in UNITS:
            continue
        # the longest span ending here, as find_deadline reads it
        begin = next((b for b in range(max(0, i - 4), i) if _deadline_date(" ".join(words[b:i]), today)), None)
        if begin is not None and _counted_from_event(words, begin, i) and _from_a_date(words, begin, i, today) is None:
                first = begin - 1 if begin and words[begin - 1] in TRIGGERS else begin
                event: list[str] = []
                for raw, lowered in zip(raws[i + 1:i + 5], words[i + 1:i + 5]):
                    if event and lowered in _EVENT_STOPS:
                        break
                    event.append(raw)
                    if _CLAUSE_END.search(raw[-1:]):
                        break
                said = " ".join(event).strip(".,;:!?()[]\"'")
                return " ".join(raws[first:i + 1]) + " " + said, said
    return None


_DATE_STARTERS = (set(MONTHS) | set(WEEKDAYS) | set(NUMBER_WORDS) | set(ABBREVIATED_ENDS) | {
    "today", "tomorrow", "next", "this", "coming", "the", "end", "in", "within", "over", "for",
    "q1", "q2", "q3", "q4"})


class _DigitLedOrIn(dict):
    """word -> whether it is digit-led or in ``words``, filled as words are
    met: one lookup a word instead of two tests. _MAY_BEGIN: a date can begin
    with it; _MAY_END: a phrase of the grammar can end with it."""

    def __init__(self, words: frozenset[str] | set[str]):
        super().__init__()
        self.words = words

    def __missing__(self, word: str) -> bool:
        if len(self) > 50_000:  # bounded like a lemmatiser's cache
            self.clear()
        found = self[word] = word in self.words or word[:1].isdigit()
        return found


_MAY_BEGIN = _DigitLedOrIn(_DATE_STARTERS)


# Every phrase the grammar reads has a digit or one of these words in it: a
# unit, a month, a weekday, today/now/tomorrow/yesterday, eow..eoy, Q1..Q4.
_DATE_WORDS = frozenset(set(UNITS) | set(MONTHS) | set(WEEKDAYS) | set(ABBREVIATED_ENDS)
                        | {"today", "now", "tomorrow", "yesterday", "q1", "q2", "q3", "q4"})
_ANY_DIGIT = re.compile(r"\d")
# Every phrase _parse_normalised accepts ends with a digit-led word (a day,
# a year, a numeric date) or one of these: a unit or period ("3 weeks", "this
# year", "end of the month"), a month (maybe with its dot), a weekday,
# today/now/tomorrow/yesterday, "ago", eow..eoy or Q1..Q4. find_deadline skips
# the other candidates instead of parsing them (most of them, in a sentence).
# A new phrase ending otherwise must add its last word here (a test checks).
_LAST_WORDS = frozenset(set(UNITS) | set(MONTHS) | {month + "." for month in MONTHS} | set(WEEKDAYS)
                        | set(ABBREVIATED_ENDS) | {"today", "now", "tomorrow", "yesterday", "ago",
                                                   "q1", "q2", "q3", "q4"})

_MAY_END = _DigitLedOrIn(_LAST_WORDS)


START_WORDS = {"starting", "from", "beginning", "since", "after", "start"}
# Before a trigger ("starting in April", "beginning on May 1"): the phrase says
# when something begins. Not "start": "start by June 1" is a deadline to start.
_BEGINS = frozenset({"starting", "beginning", "from", "since"})


# The words _standalone can accept (it reads the one after some of them), digit-led ones besides:
# the others are not asked.
_MAY_STAND_ALONE = _DigitLedOrIn(frozenset(MONTHS) | {"this", "next", "end", "q1", "q2", "q3", "q4",
                                                      "eow", "eom", "eoq", "eoy"})


def _standalone(words: list[str], index: int) -> bool:
    word = words[index]
    if index > 0 and words[index - 1] in START_WORDS:
        return False  # "starting next month" is when it begins, not a deadline
    if _UNAMBIGUOUS_WORD.fullmatch(word):
        return True
    if word in ("this", "next") and index + 1 < len(words) and words[index + 1] in PERIODS:
        return True
    if word == "end" and index + 1 < len(words) and words[index + 1] == "of":
        return True
    return word in MONTHS and index + 1 < len(words) and words[index + 1].isdigit() and word != "may"


def _meaningful(words: list[str], today: _dt.date) -> bool:
    """Reject phrases that are dates only by accident: a bare number such as
    "for 2000 hours" reads as a year only when it is a near one."""
    if len(words) == 1 and _year(words[0]):
        return today.year - 1 <= int(words[0]) <= today.year + 30
    return True


# Every match of FREQUENCY has a digit or one of these in it. In ASCII text
# (where matching ignoring case is matching the lower-cased text) a sentence
# with none of them is not searched; other text always is.
_FREQUENCY_WORDS = ("day", "daily", "week", "month", "quarter", "year", "session", "morning", "evening", "night",
                    "fortnight", "annual", "twice", "once")


def frequency_phrase(sentence: str) -> str | None:
    """A recurring rhythm ("each week", "twice a month") if the sentence has one."""
    sentence = sentence or ""
    if sentence.isascii():
        # In ASCII text, matching ignoring case is matching the lower-cased
        # text, and the case-sensitive pattern searches several times faster.
        lowered = sentence.lower()
        if not _ANY_DIGIT.search(sentence) and not any(word in lowered for word in _FREQUENCY_WORDS):
            return None
        plain = "\x1c" not in sentence and "\x1d" not in sentence and "\x1e" not in sentence \
            and "\x1f" not in sentence
        match = ((_FREQUENCY_ASCII or _frequency_ascii()) if plain else _FREQUENCY_LOWER).search(lowered)
        return sentence[match.start():match.end()] if match else None
    match = FREQUENCY.search(sentence)
    return match.group(0) if match else None
