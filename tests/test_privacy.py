"""The privacy check against its corpus: ordinary reflections pass silently,
every identifying text is caught, and each finding says what it saw."""

import pytest

from clingoals.privacy import findings
from privacy_corpus import IDENTIFYING, ORDINARY


def test_corpus_is_big_enough():
    assert len(ORDINARY) >= 40 and len(IDENTIFYING) >= 30


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_reflections_raise_no_alarm(text):
    assert findings(text) == []


@pytest.mark.parametrize("text", IDENTIFYING)
def test_identifying_text_is_caught(text):
    assert findings(text), text


@pytest.mark.parametrize("text,kind,shown", [
    ("Mr. Johnson cancelled again", "a name with a title", "Johnson"),
    ("Ms. Chen's insurance denied the claim", "a name with a title", "'Chen'"),
    ("Session with client Maria Lopez was hard", "a name next to client/patient", "Maria Lopez"),
    ("K.L. born 02/17/1975 reported", "a date of birth", "02/17/1975"),
    ("SSN 123-45-6789 was on the form", "a social security number", "123-45-6789"),
    ("Home visit at 1423 Maple Avenue ran long", "a street address", "1423 Maple Avenue"),
    ("call patient Mary Jones at 512-555-0100", "a phone number", "512-555-0100"),
    ("MRN 00123456 missing consent", "a record or case number", "MRN 00123456"),
])
def test_each_finding_names_what_it_saw(text, kind, shown):
    assert any(kind in f and shown in f for f in findings(text)), findings(text)


@pytest.mark.parametrize("text,shown", [
    # session 12's new-user trials: each warning says what it found, in the words of the text
    ("Saw Maria T. today, she is doing better", "a first name and last initial ('Maria T.')"),
    ("JRM disclosed abuse at the end of the session", "initials with what a client does ('JRM disclosed')"),
    ("J. said he wants to stop coming", "initials with what a client does ('J. said')"),
    ("AR's mother called to cancel", "initials with their family (\"AR's mother\")"),
    ("Marcus no-showed again", "a first name with what a client does ('Marcus no-showed')"),
    ("the 14-year-old I see who keeps skipping 3rd period",
     "an age with a school detail ('14-year-old I see', '3rd period')"),
    ("a student at Lincoln Middle who keeps getting into fights",
     "one child at a named school ('a student at Lincoln Middle')"),
    ("Saw Devon in session today. He lives with his grandmother and works at the Shell station.",
     "a name, then where he or she lives, works or studies ('Devon', 'He lives with')"),
    ("Ms. P cried through the whole session", "a title and an initial with clinical detail ('Ms. P', 'session')"),
])
def test_each_new_finding_says_what_it_found(text, shown):
    assert findings(text) == [shown]


@pytest.mark.parametrize("text", [
    "Finished 'Trauma-Focused CBT' by PESI", "Mon: supervision. Wed: CE webinar. Sept: license renewal.",
    "Ms. P", "Met with Dr. Lee for supervision", "Out Fri; back Mon. A.M. notes first.",
])
def test_session12_false_alarms_stay_silent(text):
    assert findings(text) == []


def test_empty_and_missing_text_pass():
    assert findings("") == [] and findings(None) == []


@pytest.mark.parametrize("text,shown", [
    # session 13: a first name with none of the old cues (a title, a client word, an age, an act)
    ("Supervision with Dr. Patel: she said my pacing with Maria's trauma narrative was good but I rush the "
     "grounding at the end", "a first name with what is a client's (\"Maria's trauma narrative\")"),
    ("Spent the hour on Ava's safety plan", "a first name with what is a client's (\"Ava's safety plan\")"),
    ("Talked with Noah about his court date", "a first name with what is a client's ('Noah ... his court date')"),
    ("Mia's grandma called to cancel her session", "a first name with their family (\"Mia's grandma called\")"),
    ("Eli told me he wants to die", "a first name with what happened to them ('Eli', 'wants to die')"),
    ("Jayden was quiet today. He lives with his grandparents since March.",
     "a name, then where he or she lives, works or studies ('Jayden', 'He lives with')"),
    ("Zoë (14) missed school again", "a name with an age ('Zoë')"),  # accented names are names
    ("Session prep: the Ramirez girl is back on the waitlist", "a family name ('Ramirez')"),
    ("Did TF-CBT with Mateo on the car memory", "a name in a session ('Mateo')"),
    ("Liam (my Monday 3pm) was quiet", "a name with an appointment slot ('Liam', 'my Monday 3pm')"),
    ("Then, my 4pm cancelled; Noa, my 5pm, came early",
     "a name with an appointment slot ('Noa', 'my 5pm')"),  # a word that starts a sentence is no name
])
def test_session13_misses_say_what_decided_them(text, shown):
    assert findings(text) == [shown]


@pytest.mark.parametrize("text", [
    "Emma's mom called to set up a playdate",
    "Karen shared her safety plan template in team meeting",
    "Supervision with Karen: we talked about suicide risk with adolescents",
    "Watched a documentary with Ben about the Parkland shooting",
    "Lunch with Maria; her meds finally kicked in for her migraines",
    "Grandpa's meds are making him dizzy, called Mom",
    "Read Linehan's chapter on suicidal behavior",
    "Jess told me her dad was hospitalized last week",
    "My sister lives with her grandmother now",
    "Supervisee Jordan asked good questions about documentation",
])
def test_session13_near_misses_stay_silent(text):
    assert findings(text) == []


@pytest.mark.parametrize("text,shown", [
    # trial3 #1: initials as the one seen or met, or with a health word; an initial and a surname
    ("Saw J.M. today and the repair attempt worked", "initials of someone seen ('Saw J.M.')"),
    ("Saw J.M. today", "initials of someone seen ('Saw J.M.')"),
    ("Met with JM about her panic attacks", "initials of someone seen ('Met with JM')"),
    ("JM's panic attacks are easing", "initials with clinical detail ('JM', 'panic attacks')"),
    ("Checked work email Saturday after M. Lopez's crisis call", "an initial and a surname ('M. Lopez')"),
    ("Saw M. Lopez today", "an initial and a surname ('M. Lopez')"),
])
def test_trial3_initials_say_what_decided_them(text, shown):
    assert findings(text) == [shown]


@pytest.mark.parametrize("text", [
    "Met with my supervisor J.R. today",
    "Clients with CJ involvement need more case management",
    "Watched the P. Levine webinar on polyvagal theory",
    "Aaron T. Beck on depression, chapter 3",
    "Supervision with Dr. M. Lopez went well",
    "Plan B. Lopez called it a stretch",
    "Saw the NY board update today",
    # trial3 #8: a course title's plural noun ("Relationships") is no surname
    "Ethics in Counseling: Dual Relationships",
    "Ethics: Dual Relationships",
    # the field's topics in a course title are no full name ("Substance Use" was one)
    "Brief Interventions for Substance Use",
    "Suicide Risk",
    "Ethics and Telehealth: Domestic Violence",
    "Grief Work with Adolescents",
    "Trauma Treatment for Couples",
])
def test_trial3_near_misses_stay_silent(text):
    assert findings(text) == []


def test_a_full_name_beside_a_course_topic_is_still_a_name():
    assert findings("Notes for Maria Lopez after the Substance Use course") == ["a full name ('Maria Lopez')"]


@pytest.mark.parametrize("text,shown", [
    # session 14: held-out 13's misses, each with the words that decided it
    ("Ethan's mom called twice about his grades; I need to set boundaries with her",
     "a first name with their family (\"Ethan's mom called\")"),
    ("Grace got the job at Target and is so proud; 6 months sober next week",
     "a first name with what happened to them ('Grace', '6 months sober')"),
    ("I keep replaying what Hannah said about her uncle. Bring it to supervision.",
     "a first name taken to supervision ('Hannah said about her uncle', 'Bring it to supervision')"),
    ("The firefighter I see from Station 9 is finally sleeping through the night",
     "someone you see by their work and place ('The firefighter I see from Station 9')"),
    ("The pastor from First Baptist I started seeing is anxious",
     "someone you see by their work and place ('The pastor from First Baptist I started seeing')"),
    ("Gabe brought his sketchbook and let me see the drawings of his mom", "a first name with a client's story ('Gabe')"),
    # a friend's news is a client's in an entry about clinical work
    ("Jess told me in session she was arrested again", "a first name with what happened to them ('Jess', 'arrested')"),
    ("Met with JT from the county jail about his charges", "initials of someone seen ('Met with JT')"),
    # staff of a body is named by a client word or a session all the same
    ("Session with Maria from the county", "a name in a session ('Maria')"),
    ("Session with JT from the county", "initials in a session ('JT')"),
    ("Client JT from the county no-showed", "initials next to client/patient ('JT')"),
    ("Leo's dad called about his meltdowns at school", "a first name with their family (\"Leo's dad called\")"),
    ("The officer I treat from Precinct 4 is sleeping again",
     "someone you see by their work and place ('The officer I treat from Precinct 4')"),
])
def test_session14_misses_say_what_decided_them(text, shown):
    assert findings(text) == [shown]


@pytest.mark.parametrize("text", [
    # the known false alarms of session 13
    "Jess told me she was arrested at a protest",
    "Sarah disclosed her diagnosis to the team",
    "KM disclosed her pregnancy to the staff",
    "Drove Ava to her dad's",
    "Met with JT from the county",
    "Met with K. Smith from HR",
    "Ms. P from the front desk covered my calls",
    # near misses of this session's rules
    "Email Jenna re: slides", "Ask Marcus to cover Friday", "Thank Priya for the notes",
    "Emma's mom called about the playdate",
    "Olivia's mom asked about her birthday party",
    "My brother Nate has been sober 2 years",
    "Marcus said the new policy is unfair; bring it up at the staff meeting",
    "Supervision with Karen: she said to bring it up with my supervisor",
    "The dentist I see at Smile Dental is retiring",
    "the nurse I work with at Mercy is leaving",
    "the cop I see on Mondays at the gym waved",
    "Drew a picture of my family for the kids' class",
    "Passed the Jurisprudence Exam",
    "Kate said the training was great; bring it up at consultation",
    "Anna shared her slides; bring them to consult group",
    "The coach I see at the Y gave me tips",
    "My neighbor Tom is 5 years sober and runs the AA meeting",
    "Ellie drew her family at my parents' house",
    "Mia's dad called about her grades; proud of my niece",
    # a colleague's topic is no one's harm (the first two warned on main)
    "Karen presented on suicidal ideation screening at the staff meeting",
    "Marcus covered the psych ward rotation today",
    "Olivia read an article about purging in teens",
    "Jenna wrote a great piece on abuse by clergy",
    "Jake finished the marathon; 2 years sober from sugar lol",
])
def test_session14_near_misses_stay_silent(text):
    assert findings(text) == []
