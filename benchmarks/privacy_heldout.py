"""A held-out set for the privacy check: variants of session 12's new-user
findings (a first name with a last initial, initials doing what a client
does, a first name with a client's act, an age or one child placed by a
school detail, a name then he/she with where they live or work, a title
with an initial and clinical detail) and near-misses that must pass (course
and CE provider names, calendar abbreviations, "Ms. P" alone, colleagues,
agencies). Written before the rules were, and never tuned on: the rules are
tuned on ``tests/privacy_corpus.py`` and the unit tests; this set measures
how far they carry. Run with any version of clingoals installed:

    python benchmarks/privacy_heldout.py
"""

from __future__ import annotations

IDENTIFYING = [
    # a first name with a last initial
    "Checked in with Tanya R. after group; she seemed calmer",
    "Follow-up call with Derek M., who is still not sleeping",
    "Worried about Luis G. since the overdose",
    # initials doing what a client does, or owning a family member
    "DMK denied SI but looked flat",
    "T. reported nightmares again this week",
    "KB's dad picked him up early and seemed angry",
    "LW's foster mom wants a letter for court",
    # a first name with what only a client does
    "Jasmine relapsed over the weekend",
    "Tyler self-harmed again; safety plan updated",
    "Brianna dissociated twice in session",
    # an age or one child placed by a school detail
    "the 12-year-old I work with who got suspended from 6th grade",
    "the 16-year-old I see who sits alone at lunch in 10th grade",
    "a girl at Roosevelt High who keeps cutting class",
    "one kid from Jefferson Elementary who bit a teacher",
    # a name, then he/she with where they live, work or study
    "Carlos came in late again. He lives with his aunt near the stadium and works at the tire shop.",
    "First session with Nia. She is in 7th grade at a charter school and her dad is deployed.",
    # a title with an initial and clinical detail
    "Ms. K cried through most of the session",
    "Mr. D no-showed for the third time",
]

ORDINARY = [
    # course titles and CE providers
    "Finished 'Motivational Interviewing' by PESI on Wed",
    "Finished 'Trauma-Focused CBT' by PESI and 'DBT Skills' by Psych Hub",
    "Signed up for 'Treating Complex Trauma' from Bridges to Recovery",
    # calendar abbreviations
    "CE webinar Thu 12-1, Sept renewal coming",
    "Mon: 3 intakes. Wed: supervision. Sept: renewal.",
    "Out Fri; back Mon. A.M. notes first.",
    # a title and an initial with no clinical detail
    "Ms. K from billing fixed my claims",
    "Mr. B in IT reset my password",
    # colleagues, friends and family
    "Lunch with Dr. Nguyen; she works at the VA and loves it",
    "Met my friend Jess for coffee. She lives in Austin now and works at Dell.",
    "Called Mom. She lives alone now and I worry",
    "Dinner with Sam. He works at the hospital too and gets it.",
    "Supervision with Karen went well. She works at the county clinic and knows the paperwork.",
    "Met with Dr. Lee for supervision; she said I'm ready for the LPC-S",
    # agencies and groups
    "CDC said the new guidance comes out in March",
    "The CEO said we are hiring two more clinicians",
    "TX said my renewal is approved",
    "Everyone no-showed today; used the time for notes",
    "Half my caseload cancelled in the snow",
    "Clients with CJ involvement need more case management",
    # groups and classes at a school
    "the 14-year-old group I run on Tuesdays went well",
    "Presented to the 8th grade class at Lincoln Middle",
    "Plan B. is telehealth if the roads ice over",
]


def report(label: str, identifying: list[str], ordinary: list[str]) -> None:
    """Print how many of a held-out set's texts the check catches and how
    many ordinary ones it warns on, with each miss and false alarm."""
    from clingoals.privacy import findings

    missed = [t for t in identifying if not findings(t)]
    alarms = [t for t in ordinary if findings(t)]
    print(f"{label} caught: {len(identifying) - len(missed)} of {len(identifying)} identifying texts")
    print(f"{label} false alarms: {len(alarms)} of {len(ordinary)} ordinary texts")
    for text in missed:
        print(f"  missed: {text}")
    for text in alarms:
        print(f"  false alarm: {text}  ->  {findings(text)}")


def main() -> None:
    report("held-out", IDENTIFYING, ORDINARY)


if __name__ == "__main__":
    main()
