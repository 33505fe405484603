"""The privacy check: what in a text looks like it identifies a client.

Clinicians' reflections about a hard week can easily name someone; before any
free text is stored the caller warns and asks (this is a warning, not a
block). The rules are tuned on ``tests/privacy_corpus.py``: ordinary
reflections about supervision, fatigue, colleagues and trainings must pass,
and names with titles or client roles, dates of birth, record numbers,
addresses, SSNs, e-mail addresses and phone numbers must all be caught.

:func:`findings` is pure: text in, a list of short descriptions out.
"""

from __future__ import annotations

import re

# Words for the people a clinician sees; colleagues (supervisor, intern, team
# member, Dr.) are deliberately absent: naming them identifies no client.
_ROLE = r"(?i:client|patient|pt|consumer|kiddo|child|teen|youth|couple|resident|referral)"
_NAME = r"[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z](?:[a-z'’]+|\.))?"
_INITIALS = r"[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = (rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})\b|\d{{4}}-\d{{1,2}}-\d{{1,2}}\b"
         rf"|(?i:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b)")
_STREET = (r"(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace"
           r"|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Square)")

# Capitalised words that follow a role word without naming anyone: programme,
# service and method names ("Client Centered Therapy", "Child Protective
# Services", "Teen Mental Health First Aid"), days, months and small words.
_NOT_NAMES = frozenset("""
    A About After All An And Another Any Before But Called Couples Current Difficult Each Every For Former
    From Group Had Hard Her His I If Individual Is Kept My Named New No One Or Our Some Than That The Their
    This To Today Tomorrow Was We When With Yesterday Adult Family Intake Session Supervision Trauma
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July
    August September October November December
    Advocacy Advocate Aid Care Center Centre Centered Clinic Consent Development Education Experience Feedback
    Files Health Institute Life Mental Navigator Notes Outcome Outcomes Parent Portal Program Programs Protective
    Psychiatry Psychology Psychotherapy Questionnaire Records Relations Rights Safety Satisfaction Service
    Services Support Survey Therapy Welfare Dr Prof CBT DBT EMDR ACT IFS Mr Mrs Ms Miss Mx
""".split())
# Suffixes of common nouns and adjectives that are rarely given names.
_NOUN_SUFFIX = re.compile(r"(?:tion|sion|ment|ness|ity|ship|ive|ered|ated|ology|iatry|ics|ism)$")
_COLLEAGUE_AFTER = re.compile(
    r"\s*,?\s*(?:\(|,)?\s*(?:my|our|the|a)?\s*(?:new\s+)?"
    r"(?:intern|colleague|supervisor|supervisee|trainer|mentor|manager|director|co-?therapist|coworker|peer)\b",
    re.IGNORECASE)

_NAME_RULES = (
    ("a name with a title", re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)")),
    ("a name next to client/patient",
     re.compile(rf"\b{_ROLE}\s*:?\s+(?:(?i:named|called)\s+)?({_INITIALS}|{_NAME})")),
    ("a name next to client/patient",
     re.compile(rf"\b({_NAME})\s*(?:,|\()\s*(?:(?i:my|our|a|the)\s+)?{_ROLE}\b")),
    ("a name next to client/patient", re.compile(rf"\b({_NAME})\s+(?i:my|our)\s+{_ROLE}\b")),
    ("a name in a session", re.compile(
        rf"\b(?i:session|sessions|intake|appointment|assessment|home visit|visit)\s+with\s+({_INITIALS}|{_NAME})")),
    ("a family name", re.compile(r"\b[Tt]he\s+([A-Z][a-z'’]+)\s+(?:family|kids|children|household)\b")),
)
# A client described by name and age or diagnosis: "Jake, the 15-year-old
# with bipolar disorder", "15-year-old Jake", "Jake (age 15)", "Jake's PTSD",
# "Jake, who has ADHD". The name must read as one: a capitalised word that
# is not a known non-name, and a diagnosis must follow it through words that
# describe a person ("'s", "has", "with", "who has", "diagnosed with"), so
# "talked to Sarah about my anxiety" or "the Beck Depression Inventory" pass.
_AGE = r"(?:\d{1,2}[- ]?(?:year|yr)s?[- ]?old\b|(?i:age|aged)\s+\d{1,2}\b|\d{1,2}\s?(?:yo|y/o|y\.o\.)(?!\w))"
_DIAGNOSIS = (r"(?:PTSD|C-PTSD|ADHD|ADD|OCD|BPD|GAD|MDD|ODD|ASD|DID|bipolar|schizophreni[ac]\w*|schizoaffective"
              r"|autis(?:m|tic)|anorexi[ac]|bulimi[ac]|borderline|psychosis|psychotic|major depressi\w+|depression"
              r"|panic disorder|anxiety disorder|eating disorder|personality disorder|substance use disorder"
              r"|alcohol use disorder|opioid use disorder|conduct disorder|dementia|suicidal\w*)\b")
_PERSON_THEN = (r"(?:['’]s|\s*,\s*(?:(?:the|a|an|my|our)\s+)?(?:[\w-]+\s+){0,3}?(?:with|who\s+has|who\s+is|diagnosed\s+with)"
                r"|\s+(?:has|with|who\s+has|is\s+diagnosed\s+with|was\s+diagnosed\s+with|diagnosed\s+with"
                r"|struggles\s+with|struggling\s+with|living\s+with))")
_FIRST_NAME = r"[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?"
_NOT_A_DIAGNOSIS_AFTER = re.compile(r"\s*(?:inventory|scale|questionnaire|checklist|index|screen(?:er|ing)?|training"
                                    r"|workshop|course|webinar|module|protocol|certificat\w*|clients?|patients?|population|group|teens|kids"
                                    r"|youth|adults|folks|cases|caseload|specialist|treatment|therapy|services|program"
                                    r"|personality\s+disorder\s+training)\b", re.IGNORECASE)
_DESCRIBED_RULES = (
    ("a name with an age", re.compile(rf"\b({_FIRST_NAME})\s*(?:,|\()\s*(?:(?i:the|a|an|who\s+is)\s+)?{_AGE}")),
    ("a name with an age", re.compile(rf"\b({_FIRST_NAME})(?:,\s+(\d{{1,2}}),\s|\s*\((\d{{1,2}})\))")),
    ("a name with an age", re.compile(rf"\b{_AGE}(?:\s+(?i:client|boy|girl|son|daughter))?\s*,?\s+({_FIRST_NAME})\b")),
    ("a name with a diagnosis", re.compile(rf"\b({_FIRST_NAME}){_PERSON_THEN}\s+"
                                             rf"(?:(?i:severe|mild|moderate|chronic|untreated|complex)\s+)?{_DIAGNOSIS}")),
)
_DETAIL_RULES = (
    ("a date of birth", re.compile(
        rf"\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|birth\s?date|birthday|born(?:\s+on)?)\W{{0,4}}{_DATE}",
        re.IGNORECASE)),
    ("initials with a date", re.compile(rf"\b{_INITIALS}[^.\n]{{0,25}}?{_DATE}")),
    ("a social security number", re.compile(
        r"\b\d{3}-\d{2}-\d{4}\b|\b(?:ssn|social\s+security(?:\s+(?:number|no\.?|#))?)\W{0,4}\d{3}\s?\d{2}\s?\d{4}\b",
        re.IGNORECASE)),
    ("a phone number", re.compile(r"(?<![\d-])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\d-])")),
    ("an e-mail address", re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")),
    ("a record or case number", re.compile(
        r"\b(?:mrn|medical\s+record(?:\s+(?:number|no\.?|#))?)\W{0,3}[A-Z]{0,3}-?\d{3,}"
        r"|\b(?:record|case|chart|file|client|patient|member|medicaid|medicare|insurance|policy|account|claim)"
        r"\s*(?:number|num\.?|no\.?|#|id)\s*[:#]?\s*[A-Z]{0,3}-?\d{3,}[\w-]*",
        re.IGNORECASE)),
    ("a street address", re.compile(
        rf"\b\d{{1,6}}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\.?\s+){{1,3}}{_STREET}\b\.?"
        r"|\bP\.?\s?O\.?\s+Box\s+\d+")),
)


def _could_be_name(candidate: str) -> bool:
    first = candidate.split()[0]
    if re.fullmatch(_INITIALS, candidate):
        return True
    return first not in _NOT_NAMES and not _NOUN_SUFFIX.search(first.lower())


def findings(text: str) -> list[str]:
    """What in ``text`` looks like it identifies a client, one line per kind
    (empty when nothing does)."""
    text = text or ""
    found: list[str] = []
    labels: set[str] = set()
    for label, pattern in _NAME_RULES:
        if label in labels:
            continue
        for match in pattern.finditer(text):
            name = re.sub(r"['’]s$", "", match.group(1).strip())
            if not _could_be_name(name) or _COLLEAGUE_AFTER.match(text, match.end()):
                continue
            found.append(f"{label} ({name!r})")
            labels.add(label)
            break
    for label, pattern in _DESCRIBED_RULES:
        if label in labels:
            continue
        for match in pattern.finditer(text):
            name = next(group for group in match.groups() if group and not group.isdigit())
            if not _could_be_name(name) or name.endswith("ing") or (label == "a name with a diagnosis"
                                              and _NOT_A_DIAGNOSIS_AFTER.match(text, match.end())):
                continue
            found.append(f"{label} ({name!r})")
            labels.add(label)
            break
    for label, pattern in _DETAIL_RULES:
        match = pattern.search(text)
        if match:
            found.append(f"{label} ({match.group(0).strip()!r})")
    return found
