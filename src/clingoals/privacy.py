"""The privacy guard: warn before storing text that looks like it identifies
a client. Clinicians' reflections about a hard week can easily name someone;
this is a warning, not a block.

:func:`findings` is pure; ``cli.common.privacy_guard`` warns and asks.
"""

from __future__ import annotations

import re

ROLE_WORDS = r"(?i:client|patient|pt|consumer|member|kiddo|child|teen|couple)s?"
_NAME = r"[A-Z][a-z]+(?:\s+[A-Z](?:[a-z]+|\.))?"
# Capitalised words that commonly sit next to "client" without naming anyone.
_NOT_NAMES = {
    "Client", "Patient", "Clients", "Patients", "Named", "Called", "Kept", "Had", "Was", "Is",
    "The", "My", "A", "An", "This", "That", "One", "Our", "Each", "Every", "New", "Former",
    "Current", "Difficult", "Hard", "Another", "Some", "All", "Any", "No", "With", "For",
    "To", "From", "About", "When", "After", "Before", "If", "And", "But", "Or", "Her",
    "His", "Their", "I", "We", "Today", "Yesterday", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday", "Group", "Family", "Individual", "Adult",
    "Couples", "Trauma", "Intake", "Session", "Supervision", "CBT", "DBT", "EMDR",
}
PATTERNS = (
    # Two patterns, so "My patient John" is not hidden by "My patient".
    ("a name next to client/patient", re.compile(rf"\b{ROLE_WORDS}\s+(?:(?i:named|called)\s+)?({_NAME})")),
    ("a name next to client/patient", re.compile(rf"\b({_NAME})\s*,?\s+(?:\(?my\s+|the\s+|a\s+)?{ROLE_WORDS}\b")),
    ("a date of birth", re.compile(
        r"\b(?:dob|d\.o\.b\.?|date of birth|born(?: on)?)\s*[:\-]?\s*\d{1,4}[/\-.]\d{1,2}[/\-.]\d{1,4}"
        r"|\b(?:dob|date of birth|born(?: on)?)\b", re.IGNORECASE)),
    ("a phone number", re.compile(r"(?<!\d)(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)")),
    ("an e-mail address", re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")),
    ("a record or case number", re.compile(
        r"\b(?:mrn|medical record|record|case|chart|file|client id|patient id)\s*(?:number|no\.?|#|id)?\s*[:#]?\s*[A-Z]{0,3}-?\d{3,}\b",
        re.IGNORECASE)),
)


def findings(text: str) -> list[str]:
    """What in ``text`` looks like it identifies a client (empty when nothing)."""
    found = []
    for label, pattern in PATTERNS:
        for match in pattern.finditer(text or ""):
            if label.startswith("a name"):
                name = match.group(1)
                if name.split()[0] in _NOT_NAMES or any(label in f for f in found):
                    continue
                found.append(f"{label} ({name!r})")
            else:
                found.append(f"{label} ({match.group(0).strip()!r})")
            break
    return found
