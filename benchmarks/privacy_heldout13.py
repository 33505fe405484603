"""A second held-out set for the privacy check (session 13), written before
any rule of session 13 was changed and never tuned on: the journal lines a
clinician writes in a week, some naming a client (a first name with what the
clinician saw or heard, a family, an age, a school, a court date) and most
naming nobody who is a client (supervisors and colleagues by name, CE and
course titles, cities, agencies, one's own family, burnout). The rules are
tuned on ``tests/privacy_corpus.py`` and the unit tests; this set and
``privacy_heldout.py`` measure how far they carry. A text here that a rule
change fixes stays here (it is not copied into the corpus), so the figure
stays an honest one. Session 14 fixed this set's five misses (the parent's
call, "6 months sober", Hannah's uncle, the firefighter of Station 9, Gabe's
drawings) on purpose, so its caught figure is no longer held out for those
five; ``privacy_heldout14.py`` is the set still held out. Run with any
version of clingoals installed:

    python benchmarks/privacy_heldout13.py
"""

from __future__ import annotations

IDENTIFYING = [
    "Kept thinking about Jamal after his intake, the way he talked about his brother's shooting",
    "Rosa finally told me about the abuse by her stepfather. I held it together until my car.",
    "Ethan's mom called twice about his grades; I need to set boundaries with her",
    "Worried about Priya, who stopped eating again after the move to Columbus",
    "Mrs. Alvarez brought her son's report card to session and cried",
    "Consult call about the Hernandez boy; CPS is involved now",
    "Destiny (my Thursday 4pm) talked about her dad's deportation hearing",
    "My 15-year-old with the eating disorder at Westfield High got admitted inpatient",
    "Supervision: talked through how I responded when Kevin said he wanted to die",
    "Aisha's father refuses to sign the consent for her meds",
    "Did EMDR with Jordan on the accident memory; SUDs went from 8 to 3",
    "Noah (14) has been cutting again; parents don't know yet",
    "Home visit to the Nguyen family on Elm Street; the baby was unattended",
    "Grace got the job at Target and is so proud; 6 months sober next week",
    "Tomás has court on the 12th for the custody case, need to write the letter",
    "Couples session with Dan and Lisa blew up over the affair",
    "Brandon's PO called asking about attendance; I only confirmed dates",
    "I keep replaying what Hannah said about her uncle. Bring it to supervision.",
    "The firefighter I see from Station 9 is finally sleeping through the night",
    "Mr. Okafor's daughter asked me whether her father will remember her",
    "Gabe brought his sketchbook and let me see the drawings of his mom",
]

ORDINARY = [
    "Supervision with Dr. Patel: she said my reflections are getting deeper",
    "Finished the 'Trauma-Informed Care for Children' CE, 6 hours",
    "Burnout creeping in; took Friday off and slept 11 hours",
    "Left at 4 for Emma's recital; my girl nailed the solo",
    "Coffee with Jenna from the agency; she's leaving for private practice in Denver",
    "Marcus on our team covered my groups while I was sick. Owe him lunch.",
    "Read Bessel van der Kolk again for the book club at work",
    "Presented at the Ohio Counseling Association conference in Columbus",
    "Applied to the LPC-S course at UT Austin for spring",
    "Mom's surgery went fine; drove to Tulsa and back in one day",
    "My sister Claire keeps asking me for therapy advice about her kids",
    "Team meeting: Angela presented the new intake workflow, it's much better",
    "Too many late notes this week. Block Friday mornings for documentation.",
    "Caseload is at 32 and I'm tired of saying yes",
    "Took the Gottman Level 2 training in Seattle; loved the role plays",
    "Dr. Rivera's consult group helped me think about countertransference",
    "Kids were sick all week, canceled two days of sessions",
    "Got the NBCC letter; my NCC is renewed through 2029",
    "Walked by the lake after work with Tom; he said I seem lighter",
    "Catholic Charities referral pipeline is slow; call their intake line Monday",
    "Peer consultation with Sam and Priya about the new EHR templates",
    "Sarah from billing said the Aetna claims finally went through",
    "Read 'The Body Keeps the Score' chapter 7 on my lunch break",
    "Kevin and I finally booked the trip to Portland for our anniversary",
    "Rushed the grounding at the end of sessions again; practice 5-4-3-2-1 slower",
    "Supervisee Alex asked great questions about documenting SI assessments",
    "Interview at Centerstone in Nashville went well; they offer CE money",
]


def main() -> None:
    from privacy_heldout import report  # (this folder is on the path when the script runs)

    report("held-out 13", IDENTIFYING, ORDINARY)


if __name__ == "__main__":
    main()
