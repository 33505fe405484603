"""The privacy corpus: ordinary reflections a clinician writes (none may raise
a warning) and texts that identify a client (every one must be caught).

Both lists are plain data so the same corpus measures any version of
``clingoals.privacy``: ``python benchmarks/privacy_corpus.py`` prints the two
figures. The ordinary texts include the false alarms found while trying the
tool as a new user would ("I was born to do this work"); the identifying texts
include what the earlier check missed ("Mr. Johnson", a street address, an SSN).
"""

ORDINARY = [
    # supervision
    "Group supervision on Friday helped me think about boundaries",
    "My supervisor said my case conceptualisation is clearer",
    "Supervision with Dr. Patel helped me see my countertransference",
    "Dr. Okafor, my supervisor, suggested I slow down with exposure work",
    "Brought a hard case to supervision and felt less alone with it",
    "Asked my supervisor about documentation timelines for the state audit",
    "Individual supervision got moved to Thursday at 3 pm",
    "Logged 2 supervision hours toward licensure this week",
    "I want to record 120 direct hours before June",
    "Case 3 in the consultation group was about grief and it stayed with me",
    # fatigue and self-care
    "I was born to do this work",
    "Felt grounded in group today; the DBT skills module landed",
    "A difficult client session left me drained; I took a walk after",
    "Saw 6 clients today and finished all notes by 5 pm",
    "Each client deserves my full attention; I was distracted today",
    "Compassion fatigue is creeping in; need to protect my lunch break",
    "Slept badly after a crisis call; cancelled my evening plans",
    "Trying to stay patient Tuesday even though I was exhausted",
    "Took a mental health day and did not check email once",
    "Felt numb after back-to-back intakes; need a buffer between sessions",
    "My own therapist reminded me that rest is not earned",
    "Noticed I was irritable with my partner after a heavy week",
    # colleagues and the clinic
    "The new client intake process at the clinic is slow",
    "My colleague Sarah covered my Friday groups while I was out",
    "Team member Jordan offered to co-lead the anxiety group",
    "Co-led a session with Priya, our new intern, and she did well",
    "Medicaid clients are the hardest to schedule around transport",
    "Telehealth clients drop off more often in the winter",
    "Spanish speaking clients wait longest for an intake slot",
    "Our clinic director wants everyone on the new EHR by March",
    "The DOB field in the EHR template is confusing to new staff",
    "Need to file 2026 license renewal paperwork before the deadline",
    "Called Child Protective Services for guidance on the reporting rules",
    "The front desk asked for help with the Client Portal login",
    "Patient Health Questionnaire scores are now part of every intake",
    "Trauma clients need more pacing than I gave this week",
    # trainings and CE
    "Completed 3 CE hours on telehealth ethics",
    "Finished a training on Client Centered Therapy with a great trainer",
    "Signed up for the Child Parent Psychotherapy training in the fall",
    "The Internal Family Systems workshop gave me a new way to think about parts",
    "Watched the Couples Institute webinar on repair after conflict",
    "Read two chapters of the Gottman Method manual on the train",
    "Finished session notes for 2026-05-12 before lunch",
    "The EMDR basic training runs from 3/14/2027 to 3/16/2027",
    "Passed the NCE practice exam with 112 out of 160",
    "The ethics course covered HIPAA, duty to warn and record keeping",
    "Registered for the CPT 90837 billing update on 04/02/2027",
    "Call the CE provider at the number on their website about my certificate",
    "Motivational Interviewing refresher: open questions, affirmations, reflections",
    "Read an article on ICD-10 code F41.1 and when to use it",
    "Applied to present at the state conference in room 204",
    "The Trauma Informed Care module took 90 minutes",
    "Presented a case to the consultation team; clients' stories stay private",
    "Client Satisfaction Survey results came back mostly positive",
    "Attended the Teen Mental Health First Aid course",
    "Next goal: 40 hours of EMDR consultation by December",
    "Worked through 12 practice vignettes on risk assessment",
    "Felt proud presenting at grand rounds at 1 pm in building 5",
    "Finally understood how to score the PCL-5 and the GAD-7",
    "Renewed my license on 2026-06-30 and paid the $150 fee",
]

IDENTIFYING = [
    # names with titles or roles
    "Mr. Johnson cancelled again and I felt relieved",
    "Mr Johnson missed his third appointment",
    "Mrs. Alvarez brought her son to session and cried",
    "Ms. Chen's insurance denied the claim",
    "Saw Mrs. Patel's daughter for the first time",
    "Session with client Maria Lopez was hard",
    "My patient John had a panic attack in group",
    "Jordan, my client, disclosed a relapse",
    "Client named Sam kept the appointment",
    "Kevin (client) no-showed again",
    "Supervision about my client Dana, who is 16",
    "Teen client Ashley S. disclosed self-harm",
    "Patient: Robert Smith, 45, depression",
    "call patient Mary Jones at 512-555-0100",
    "The Garcia family missed their session again",
    "Intake with Maria went long and I ran late",
    "Met with client J.D. about court-ordered treatment",
    # initials with dates of birth
    "Worked with R.T., DOB 4/2/1990, on exposure",
    "J.M. (DOB 11/05/2009) was brought in by his mother",
    "Intake for DOB 03/14/1988 went long",
    "K.L. born 02/17/1975 reported suicidal ideation",
    "DOB: 1990-04-02, referred by the school counselor",
    "A.B., date of birth March 3, 2001, needs a safety plan",
    # record numbers
    "Chart #48213 still needs a treatment plan",
    "MRN 00123456 missing consent form",
    "Record number A-55821 needs a signature",
    "Case no. 2024-0173 went to court today",
    "Client ID: 77812 was double-booked",
    "Medicaid ID 123456789A was rejected by billing",
    # addresses
    "Home visit at 1423 Maple Avenue ran long",
    "Dropped paperwork at 88 W. Oak St. Apt 4B",
    "Her new address is 5100 Lakeshore Drive, Austin, TX 78701",
    "Left the release form at 22 Birch Lane for the family",
    # social security numbers
    "SSN 123-45-6789 was on the intake form",
    "Billing needed his social security number 078-05-1120",
    # e-mail addresses
    "Her mom emailed from jane.doe@example.com",
    "Send the release to mark.t@gmail.com",
    # phone numbers
    "Need to call back at (512) 555-0147 about scheduling",
    "His cell is 512.555.0199, call before 5",
    "Left a voicemail at +1 415 555 2671",
]
