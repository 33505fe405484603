"""A third held-out set for the privacy check (session 14), written before
any rule of session 14 was changed and never tuned on: client slips of kinds
the other sets do not hold (a name typed in lower case, a client's legal,
immigration or hospital news, a message at night, a group member's story, a
spouse's or cousin's news told as a client's, a job or role few people have,
a room on a unit, a child's country and grade) and ordinary lines that name
nobody who is a client (colleagues and staff by name or initials, supervisors,
one's own family's health and sobriety, course titles, news, places,
trainings). The rules are tuned on ``tests/privacy_corpus.py`` and the unit
tests; this set, ``privacy_heldout.py`` and ``privacy_heldout13.py`` measure
how far they carry. A text here that a later rule change fixes stays here (it
is not copied into the corpus), so the figure stays an honest one. Run with
any version of clingoals installed:

    python benchmarks/privacy_heldout14.py
"""

from __future__ import annotations

IDENTIFYING = [
    "intake: maria gonzalez, referred by her PCP for panic",
    "Leah was discharged from Rogers Memorial yesterday and missed our call",
    "Yusuf's asylum interview got moved to March; he is terrified",
    "Darnell's sentencing is Friday and he asked me to write a letter",
    "Got a text from Marisol at 2am saying she can't keep going",
    "In group, Tanisha talked about her miscarriage for the first time",
    "Marco's wife found out about the gambling debts and moved out",
    "Devonte's cousin was killed last weekend and he hasn't come back since",
    "The anniversary of Mia's daughter's death is next week; prep for our session",
    "Caleb was brought to the ER by police again on Saturday night",
    "The pastor at First Baptist I started seeing is afraid his congregation will find out",
    "The Marine vet I see who did two tours in Fallujah finally talked about the convoy",
    "Saw the man in room 412 on the psych unit; still not eating",
    "Walked through Ruth's apartment for the hoarding exposure; she let me move the newspapers",
    "My client whose husband is on the city council asked me to keep her out of the notes",
    "Ben logged on from his car again, parked outside the Amazon warehouse where he works",
    "Kayla told me she's pregnant again and hasn't told her boyfriend",
    "Owen spent half the hour on his checking rituals",
    "Lucia, the new 3rd grader from Honduras, barely speaks in our sessions",
    "Tyrone's grandmother is raising him and four cousins on her disability check",
    "Follow up with Ana re: her ex's restraining order violation",
]

ORDINARY = [
    "KM in billing says the Medicaid audit is next week",
    "RB signed off on my hours log for the board",
    "Supervision with Rachel: she pushed me on my countertransference with teen boys",
    "Lunch with my old practicum supervisor, Dr. Huang, who just retired",
    "Janelle, our new intern, shadowed my intakes today",
    "Thanked Ms. Rivera at the front desk for handling the angry caller",
    "Priya from the crisis team said her dad is in hospice; sent a card",
    "Covered for Marcus while he was at his daughter's graduation",
    "My brother Nate has been sober 2 years this month; so proud of him",
    "My dad is 6 months out from his knee surgery and walking again",
    "My mom called twice about Thanksgiving plans; need to set boundaries with her",
    "Olivia's mom texted to swap carpool days",
    "My daughter Maya was sick so I moved my afternoon sessions to telehealth",
    "Aunt Rosa's funeral was Saturday; took bereavement leave",
    "Grandma turned 90! The whole family drove to El Paso",
    "Signed up for 'Working with Suicidal Clients: Assessment and Safety Planning' for ethics hours",
    "Finished 'Grief and Loss in Children' (3 CEs) through NASW",
    "Training: 'Motivational Interviewing for Adolescents' with Jamie Ortiz, LCSW",
    "Dr. Okafor's lecture on attachment in foster youth was excellent",
    "Heard Esther Perel on a podcast about desire; useful for my couples work",
    "Read about the Uvalde anniversary; hard day for school counselors everywhere",
    "Watched the documentary on the Flint water crisis; thinking about community trauma",
    "Firefighters from Station 12 spoke at the trauma training; their peer support program is impressive",
    "Drove to Sacramento for the CAMFT conference; stayed at the Hyatt downtown",
    "Coach Davis asked me to talk to the team about stress before finals",
    "Met with the principal at Lincoln Middle about next year's SEL curriculum",
    "The county's new mobile crisis team starts in January",
]


def main() -> None:
    from privacy_heldout import report  # (this folder is on the path when the script runs)

    report("held-out 14", IDENTIFYING, ORDINARY)


if __name__ == "__main__":
    main()
