"""Numbers as people write them: 60 not 60.0, 2.5, -3 (never "+-3"),
0.3 not 0.30000000000000004. Pure."""

from __future__ import annotations

from functools import lru_cache


def number(value: float | int | None, empty: str = "—") -> str:
    """A quantity for reading: whole numbers without a decimal point, others
    with at most two decimals, trailing zeros dropped."""
    if value is None:
        return empty
    rounded = round(float(value), 2)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.2f}".rstrip("0").rstrip(".")


def dollars(amount: float | int, sign: str = "$") -> str:
    """An amount of money for reading, the one way everywhere: rounded to
    the cent, whole dollars when that is whole ("$4,000", never "$4,000.00"
    for 3999.9999999), else cents ("$2,199.50"); "-$50" below zero. Another
    currency's ``sign`` is written the same way ("€4,000")."""
    cents = round(float(amount) * 100)
    minus, cents = ("-" if cents < 0 else ""), abs(cents)
    if cents % 100 == 0:
        return f"{minus}{sign}{cents // 100:,}"
    return f"{minus}{sign}{cents // 100:,}.{cents % 100:02d}"


# A sum typed with its currency sign ("$6,000") counts these; the one table both
# ways (goal.currency_unit reads a sign, compose writes one).
CURRENCY_UNITS = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}
CURRENCY_SIGNS = {unit: sign for sign, unit in CURRENCY_UNITS.items()}

# A goal's unit that names a currency, and the sign its amounts are written with: the table's
# names, one of them ("dollar"), the sign itself and the codes. "pounds" is left out: it weighs too
# ("lose 10 pounds" is not £10), so only "£", "GBP" or "pounds sterling" are written as money.
_MONEY_UNITS = {**{name: sign for sign, name in CURRENCY_UNITS.items() if name != "pounds"},
                **{name.rstrip("s"): sign for sign, name in CURRENCY_UNITS.items() if name != "pounds"},
                **{sign: sign for sign in CURRENCY_UNITS},
                "usd": "$", "eur": "€", "gbp": "£", "jpy": "¥", "pounds sterling": "£", "sterling": "£"}


def money_sign(unit: str | None) -> str | None:
    """The currency sign a goal's unit counts ("dollars" -> "$", "EUR" -> "€"), else None."""
    return _MONEY_UNITS.get(" ".join((unit or "").lower().split()))


def counts_dollars(unit: str | None) -> bool:
    """Whether a goal's unit is dollars (as a target typed '$4,000' stores it)."""
    return (unit or "").strip().lower() in ("dollars", "dollar", "usd", "$")


def money(value: float | int, unit: str | None) -> str | None:
    """``value`` written as money when ``unit`` names a currency ("$4,000",
    "€1,250.50"), else None."""
    sign = money_sign(unit)
    return None if sign is None else dollars(value, sign)


def amount(value: float | int, unit: str | None) -> str:
    """A target with its unit for reading: "$4,000" for a currency
    (:func:`money`), else "50 training hours"."""
    return money(value, unit) or f"{number(value)} {(unit or '').strip()}".strip()


def quantity(value: float | int, unit: str | None) -> str:
    """An amount of a goal's unit in a sentence: money as money ("$1,800"),
    else the number and its unit agreeing with it ("1 walk", "3 walks")."""
    return money(value, unit) or f"{number(value)} {unit_for(value, unit)}".strip()


def figure(value: float | int, unit: str | None) -> str:
    """A number standing where its unit is said elsewhere (a column, the
    first of "1,800 of 4,000 dollars"): money as money, else the number."""
    return money(value, unit) or number(value)


def signed_quantity(value: float | int, unit: str | None) -> str:
    """A change in a goal's unit: "+$400", "-$50", "+3 walks", "-1 walk"."""
    written = money(value, unit)
    if written is None:
        return f"{signed(value)} {unit_for(value, unit)}".strip()
    return written if written.startswith("-") or round(float(value), 2) == 0 else "+" + written


def signed(value: float | int) -> str:
    """A change: +3, -3, +2.5 (zero is 0)."""
    text = number(value)
    return text if text.startswith("-") or text == "0" else "+" + text


def plural(count: float | int, singular: str, many: str | None = None) -> str:
    """The noun agreeing with ``count``: 'column' for 1, 'columns' otherwise."""
    return singular if count == 1 else many or singular + "s"


def counted(count: float | int, singular: str, many: str | None = None) -> str:
    """A count with its noun agreeing: 1 day, 2 days, 0 days."""
    return f"{number(count)} {plural(count, singular, many)}"


_SAME_BOTH_WAYS = frozenset({"series", "species", "kudos", "news", "lbs", "hrs", "mins", "yrs", "wks", "ce", "ceus"})


def singular_word(word: str) -> str:
    """One of a plural English noun a person typed as a unit: walks -> walk,
    hours -> hour, classes -> class, activities -> activity, boxes -> box.
    A word that isn't a regular plural (kg, h, miles per hour's "per") is kept."""
    lower = word.lower()
    if len(word) < 3 or lower in _SAME_BOTH_WAYS or not word.isalpha() or not lower.endswith("s") \
            or lower.endswith(("ss", "us", "is")):
        return word
    if lower.endswith("ies") and len(word) > 4:
        return word[:-3] + ("Y" if word[-3:].isupper() else "y")
    if lower.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    return word[:-1]


def unit_for(count: float | int | None, unit: str | None) -> str:
    """A goal's unit agreeing with ``count``: "1 walk", "2 walks", "1 training
    hour", "1 minute a day". Units are stored as typed (mostly plural); for a
    count of exactly 1 (or -1, a correction) the noun is made singular: the
    first plural word before any "a", "per" or "each" ("minutes a day",
    "books read", "sessions with clients", "training hours")."""
    unit = unit or ""
    if count is None or abs(round(float(count), 2)) != 1 or not unit.strip():
        return unit
    words = unit.split(" ")
    for i, word in enumerate(words):
        if i and word.lower() in ("a", "an", "per", "each", "every"):
            break
        one = singular_word(word)
        if one != word:
            words[i] = one
            break
    return " ".join(words)


_CURRENCY = "".join(CURRENCY_UNITS)  # the signs a number may be typed with

# The patterns numbers are read with, compiled on first use (not when every
# command starts) and then kept: the scorer reads the sums of many goals.
_NUMBER = (r"\s*([-+]?)\s*([" + _CURRENCY + r"]?)\s*([-+]?)"
           r"((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)([eE][-+]?\d+)?([kK])?\s*")
_WITH_WORDS = (r"\s*([-+]?\s*[" + _CURRENCY + r"]?\s*[-+]?[\d.,]*\d[\d.,]*(?:[eE][-+]?\d+)?[kK]?)\s+"
               r"([^\W\d_][\w\s'-]*?)\s*")
_MAYBE_DIGITS = r"(?<![\w.,])[-+]?[" + _CURRENCY + r"]?\s?[\dOo][\dOo,.]*(?![\w])"
_SUM = (r"(?<![\w.,])[" + _CURRENCY + r"]\s?(\d[\dOo,.]*(?:\s\d{3}(?![\w,.])(?!\s+(?:days?|weeks?|months?|"
        r"years?|times?|hours?|nights?|clients?|sessions?)\b))*)")
_DOTTED_THOUSANDS = r"\d{1,3}(?:\.\d{3})+"
_COMPILED: dict = {}


def _compiled(source: str):
    """``source`` compiled, once."""
    pattern = _COMPILED.get(source)
    if pattern is None:
        import re

        pattern = _COMPILED[source] = re.compile(source)
    return pattern


def read_number(text: str, *, money: bool = False) -> float:
    """The one reading of a number a person typed, wherever one is asked
    for: 200, 1.5, -3, .5, 1e6, and as money is written, "$200", "-$50",
    "$1,000.50", "1,000", "12,345,678" (a currency sign before the digits,
    thousands separated by commas in groups of three), and a sum in
    thousands, "$1.5k" or "$2K" (1500, 2000): the "k" only with a currency
    sign or when ``money`` says the number counts a currency ("1.5k"
    dollars), never for a count ("5k" may be a 5 km run). Raises ValueError
    for anything else, "1,00" (a decimal comma or a typo) included."""
    match = _compiled(_NUMBER).fullmatch(text or "")
    if match is None or (match.group(1) and match.group(3)) or (
            match.group(6) and (match.group(5) or not (money or match.group(2)))):
        raise ValueError(f"not a number: {text!r}")
    sign = match.group(1) or match.group(3)
    value = float(sign + match.group(4).replace(",", "") + (match.group(5) or ""))
    return thousands(value) if match.group(6) else value


def in_thousands(text: str) -> bool:
    """Whether ``text`` is a number written in thousands ("1.5k", "$2K") as
    :func:`read_number` reads one of money, whatever it counts here."""
    if not (text or "").rstrip().endswith(("k", "K")):
        return False
    try:
        read_number(text, money=True)
    except ValueError:
        return False
    return True


def thousands(value: float) -> float:
    """A sum written in thousands ("$1.5k") as the sum: 1.5 -> 1500.0, to the
    cent (1.5 * 1000 is exact, 1.001 * 1000 is not). The one reading of a
    "k" amount, in a typed answer (:func:`read_number`) and in a sentence
    (the scorer's money reading)."""
    return round(value * 1000, 2)


def read_amount(text: str, unit: str | None) -> float:
    """A progress amount as typed wherever one is asked for: a number
    (:func:`read_number`), or one followed by the goal's own unit, plural or
    singular ("400 dollars", "1 walk", "2.5 training hours"), by its head
    noun or that noun's short forms (:func:`unit_words`: "15 hrs" for
    "supervised hours"), after a hedge ("about 15", "~15"). Raises
    ValueError for anything else, another unit included."""
    text = without_hedge(text)
    money = money_sign(unit) is not None  # "1.5k" toward $1,500 is $1,500
    try:
        return read_number(text, money=money)
    except ValueError:
        if not unit or not unit.strip():
            raise
    split = with_words(text)
    if split is None or split[1] not in unit_words(unit):
        raise ValueError(f"not a number in {unit}: {text!r}")
    return read_number(split[0], money=money)


def without_hedge(text: str) -> str:
    """A typed amount without the hedge people put before it: "about 15",
    "around 2.5 hrs", "~15" -> "15", "2.5 hrs", "15" (the number is what counts)."""
    import re

    return re.sub(r"^\s*(?:(?i:about|around|roughly|approximately|approx\.?)\s+|[~≈]\s*)", "", text or "")


# Short forms of the nouns units are counted in: any one of a group reads as the others.
_SHORT_FORMS = (frozenset({"hour", "hours", "hr", "hrs", "h"}), frozenset({"minute", "minutes", "min", "mins"}))


def unit_words(unit: str) -> set[str]:
    """What a typed amount may be followed by to count in ``unit``: the unit
    as stored and singular ("supervised hours", "supervised hour"), its head
    noun ("hours", "hour": the word :func:`unit_for` makes singular) and that
    noun's short forms ("hrs", "hr", "h")."""
    own = " ".join((unit or "").lower().split())
    one = unit_for(1, own)
    words = {own, one}
    heads = {word for pair in zip(own.split(" "), one.split(" ")) if pair[0] != pair[1] for word in pair}
    if " " not in own:
        heads.add(own)
    for group in _SHORT_FORMS:
        if heads & group:
            words |= group
    return words | heads


def with_words(text: str) -> tuple[str, str] | None:
    """A number followed by words ("400 dollars", "2.5 training hours"):
    (the number as typed, the words lower-cased, single-spaced), else None.
    What the words must be is :func:`read_amount`'s to say."""
    match = _compiled(_WITH_WORDS).fullmatch(text or "")
    return (match.group(1), " ".join(match.group(2).lower().split())) if match else None


_LOOKALIKES = {"O": "0", "o": "0"}  # a letter typed where a digit goes ("2l" may be 2 litres: not read)


def digit_typo(text: str) -> tuple[str, str, str] | None:
    """A number typed with the letter O for a zero ("$4OO", "1,OOO", "2o"):
    (the word as typed, as it was surely meant, the letter), else None. Only
    a word holding a digit besides the letters counts, so words ("Oo", "on")
    are never read as numbers."""
    for match in _compiled(_MAYBE_DIGITS).finditer(text or ""):
        word = match.group(0).strip()
        letters = [ch for ch in word if ch in _LOOKALIKES]
        if letters and any(ch.isdigit() for ch in word):
            return word, "".join(_LOOKALIKES.get(ch, ch) for ch in word), letters[0]
    return None


def typo_message(text: str) -> str | None:
    """What to say about a number typed with a letter for a digit:
    "'$4OO' has a letter O where a 0 goes: did you mean '$400'?", else None."""
    found = digit_typo(text)
    if found is None:
        return None
    word, meant, letter = found
    return f"'{word}' has a letter {letter} where a {_LOOKALIKES[letter]} goes: did you mean '{meant}'?"


def number_examples(unit: str | None = None) -> str:
    """Numbers to show as examples when a typed one doesn't read, fitting
    what it counts (trial 15 P1: "$200" was offered for CE hours): hours
    "1.5, 6 or 0.75"; money, or not known, "3, 1.5, $200 or 1,000"; a count
    of anything else "3, 12 or 1.5"."""
    words = set(" ".join((unit or "").lower().split()).split())
    if words & _SHORT_FORMS[0]:
        return "1.5, 6 or 0.75"
    if not words or money_sign(unit):
        return "3, 1.5, $200 or 1,000"
    return "3, 12 or 1.5"



@lru_cache(maxsize=8)  # Measurable asks of a goal's sentence, Achievable of its money reading: once
def amount_typo(text: str) -> tuple[str, str | None] | None:
    """A sum of money written in a sentence so that it doesn't read as one,
    by the rule every typed number follows (:func:`read_number`: commas
    between thousands only) and :func:`digit_typo`'s letter O: "$6,OOO",
    "$6.000" and "$6 000" (a dot or a space between thousands), "$6,00".
    (the sum as typed, what it surely meant: "$6,000", or None when that
    can't be told), else None."""
    if not any(sign in (text or "") for sign in _CURRENCY):
        return None
    for match in _compiled(_SUM).finditer(text):
        digits = match.group(1).rstrip(",.")  # a comma or full stop after it ends the clause
        typed = match.group(0)[:match.start(1) - match.start(0)] + digits
        sign = typed[0]
        found = digit_typo(typed)
        if found is not None:
            return typed, found[1]
        if " " in digits:
            meant = digits.replace(" ", ",")
        elif _compiled(_DOTTED_THOUSANDS).fullmatch(digits):
            meant = digits.replace(".", ",")
        else:
            try:
                read_number(digits)
            except ValueError:
                return typed, None
            continue
        return typed, sign + meant
    return None
