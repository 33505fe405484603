"""The field's words, as the SMART scorer reads them: verbs, hedges, the
clinical vocabulary (modalities, credentials, exams, populations, settings),
measurable units, instruments, and the concept map that links a goal to an
aspiration. Data only; the rules live in ``scorer.py``."""

from __future__ import annotations

import re

# Observable actions (base forms; the scorer also accepts -s/-ed/-ing).
ACTION_VERBS = {
    "complete", "finish", "pass", "obtain", "earn", "attend", "submit", "publish", "present",
    "lead", "run", "facilitate", "launch", "open", "apply", "enroll", "enrol", "register",
    "join", "log", "accrue", "see", "schedule", "read", "write", "conduct", "deliver",
    "implement", "administer", "reduce", "increase", "hire", "create", "build", "teach",
    "train", "supervise", "mentor", "practice", "practise", "meditate", "walk", "exercise",
    "take", "study", "file", "become", "start", "establish", "volunteer", "organize",
    "organise", "design", "record", "track", "limit", "leave", "stop", "use", "screen",
    "renew", "attain", "achieve", "secure", "receive", "get", "set", "draft", "send",
    "close", "book", "collect", "raise", "lower", "cut", "keep", "hold", "co-lead",
    "co-facilitate", "lead", "defend", "graduate", "launch", "treat", "provide", "offer",
    "certify", "sign", "contact", "interview", "shadow", "spend", "block", "swim", "run",
    "attend", "schedule", "protect", "turn", "switch", "decline", "say", "end", "finalize",
    "complete", "accumulate", "document", "pilot", "evaluate", "measure", "develop", "gain",
    "reach", "add", "bill", "credential", "market", "network", "contact", "email", "call",
    "meet", "apply", "go", "attain", "serve", "chair", "review",
}
# Verbs and hedges that say little about what will actually be done.
VAGUE = (
    "improve", "work on", "be better", "get better", "try to", "try and", "hope to", "hope",
    "maybe", "perhaps", "explore", "learn about", "learn more", "consider", "think about",
    "look into", "eventually", "someday", "some day", "one day", "at some point", "focus on",
    "enhance", "grow", "strengthen", "understand", "be more", "become more", "get more",
    "do more", "do better", "feel better", "feel more", "want to", "wish", "might", "could",
    "be a better", "become a better", "stay on top", "keep up with", "somehow", "as much as possible",
    "better care", "take care of", "be more of", "get my", "get done",
)
HEDGES_FOR_TIME = ("eventually", "someday", "some day", "one day", "at some point", "soon",
                   "in the future", "sometime", "when i can", "when i have time")

MODALITIES = ("cbt", "dbt", "emdr", "tf-cbt", "act", "mbsr", "mbct", "gottman", "eft", "cpt",
              "prolonged exposure", "motivational interviewing", "ifs", "internal family systems",
              "play therapy", "sand tray", "pcit", "narrative therapy", "solution-focused",
              "psychodynamic", "schema therapy", "exposure and response prevention", "erp",
              "somatic", "mindfulness", "trauma-informed", "family systems", "cognitive processing",
              "acceptance and commitment", "dialectical", "cognitive behavioral", "brainspotting",
              "hypnosis", "art therapy", "group therapy", "couples therapy", "crisis intervention",
              "evidence-based", "telehealth", "safety planning", "columbia protocol", "c-ssrs")
CREDENTIALS = ("lpc", "lpc-s", "lpc associate", "lpcc", "lmhc", "lcpc", "lcsw", "lcsw-s", "lmsw",
               "lmft", "lmft-s", "ncc", "ccmhc", "cadc", "lcadc", "lcdc", "casac", "acs", "rpt",
               "cctp", "psyd", "phd", "msw", "dsw", "license", "licensure", "licensed",
               "certification", "certificate", "certified", "credential", "approved supervisor",
               "board certification", "npi")
EXAMS = ("nce", "ncmhce", "aswb", "eppp", "amftrb", "jurisprudence exam", "exam", "examination")
# Generic words of the field (clients, therapy, sessions, team) are left out
# on purpose: "see more clients" names no population.
POPULATIONS = ("adolescent", "adolescents", "teen", "teens", "children", "child", "kids", "youth",
               "adults", "adult clients", "older adults", "geriatric", "veterans", "couples",
               "families", "family", "students", "parents", "lgbtq", "associates", "lpc associates",
               "interns", "supervisor", "clinical supervisor", "rural clients", "foster care",
               "perinatal", "postpartum", "first responders", "refugees", "substance use",
               "anxiety", "depression", "ptsd", "trauma", "grief", "eating disorders", "ocd",
               "adhd", "autism", "bipolar", "psychosis", "suicidal", "self-harm", "supervisees",
               "dementia", "caregivers", "physicians", "referral partners")
SETTINGS = ("community mental health", "private practice", "group practice", "hospital",
            "inpatient", "outpatient", "school", "clinic", "agency", "telehealth", "iop", "php",
            "residential", "university", "counseling center", "practice", "conference",
            "association", "journal", "workshop", "training", "course", "webinar", "program",
            "supervision", "consultation", "consultation group", "peer consultation", "group",
            "committee", "board", "state", "chapter", "network", "panel", "insurance panels",
            "dissertation", "article", "articles", "book", "podcast", "newsletter", "website",
            "business plan", "fee schedule", "gym", "yoga", "lunch break", "calendar",
            "work emails", "session notes", "documentation", "vacation", "pto", "weekends",
            "meditation", "mentor", "research", "irb", "study", "proposal", "proposals", "grant",
            "manuscript", "poster", "networking", "networking events", "ce", "ces", "ce hours",
            "continuing education", "ethics", "degree", "master's degree", "social work",
            "supervised hours", "intake", "shifts", "intake shifts", "committee", "policy",
            "insurance panels", "psychology today", "outpatient team", "quality improvement",
            "management course", "director", "program director", "therapy with a licensed therapist",
            "my own therapy", "tf-cbtweb", "outcomes", "consultation team")
CONTEXT_TERMS = MODALITIES + CREDENTIALS + EXAMS + POPULATIONS + SETTINGS

# The patterns below are compiled without IGNORECASE: the scorer matches them
# against lower-cased text (much faster in Python's re). Write them in lower case.

# Units that make a number a measure.
MEASURE_UNITS = (
    r"(?:ce|ceu|contact|supervised|clinical|direct|training|study|practicum|internship|"
    r"consultation|billable|face-to-face|client)?\s*(?:hours?|hrs?|h)\b",
    r"ceus?\b", r"credits?\b", r"%", r"percent\b", r"sessions?\b", r"clients?\b", r"patients?\b",
    r"meetings?\b", r"groups?\b", r"workshops?\b", r"trainings?\b", r"courses?\b", r"modules?\b",
    r"articles?\b", r"papers?\b", r"chapters?\b", r"books?\b", r"presentations?\b", r"talks?\b",
    r"posters?\b", r"minutes?\b", r"mins?\b", r"times?\b", r"referrals?\b", r"cases?\b",
    r"supervisees?\b", r"applications?\b", r"people\b", r"members?\b", r"events?\b",
    r"webinars?\b", r"conferences?\b", r"interviews?\b", r"posts?\b", r"steps?\b", r"miles?\b",
    r"km\b", r"nights?\b", r"days? (?:a|per|each) (?:week|month)", r"evenings?\b",
    r"weekends?\b", r"emails?\b", r"calls?\b", r"visits?\b", r"points?\b", r"students?\b",
    r"interns?\b", r"families\b", r"couples\b", r"chapters?\b", r"pages?\b", r"notes?\b",
    r"no-shows?\b", r"panels?\b", r"reports?\b", r"clinicians?\b", r"partners?\b",
    r"colleagues\b", r"proposals?\b", r"shifts?\b",
    # any plural noun after the number: "3 insurance panels", "6 local referral partners"
    r"(?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*[a-rt-z]s\b",
)
UNIT_PATTERN = re.compile(
    r"(?<![\w.])(\d+(?:[.,]\d+)?)\s*(?:-\s*)?(?:" + "|".join(MEASURE_UNITS) + r")"
)
NUMBER_WORD_UNIT = re.compile(
    r"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|"
    r"a hundred|hundred|a dozen|dozen|both|all three|all four)\s+(?:[\w-]+\s+)?(?:"
    + "|".join(MEASURE_UNITS) + r")")
FROM_TO = re.compile(r"\bfrom\s+\$?\d+(?:\.\d+)?\s*%?\s*\w*\s+to\s+\$?\d+(?:\.\d+)?")
INSTRUMENTS = re.compile(
    r"\b(phq-?9|gad-?7|pcl-?5|bdi(?:-ii)?|bai|ors|srs|oq-?45|cgi|cssrs|c-ssrs|dass-?21|k10|"
    r"audit-?c|audit|dast|scared|cdi|ace|who-?5|mbi|maslach|proqol)\b")
THRESHOLD = re.compile(
    r"\b(below|under|above|over|less than|more than|at least|at most|no more than|fewer than|"
    r"or (?:less|more|fewer|lower|higher)|reduce[sd]? by|increase[sd]? by|lower than|higher than)"
    r"\s*\$?\d+|[<>≤≥]\s*\d+|\d+\s*(?:or (?:less|more|fewer|lower|higher|below|above))")
FREQUENCY_COUNT = re.compile(
    r"\b(?:\d+|one|two|three|four|five|once|twice|thrice)\s*(?:x\s*|times\s*)?"
    r"(?:(?:a|per|each|every)\s+)(?:day|week|month|quarter|year|morning|evening)|"
    r"\bevery\s+\d+(?:st|nd|rd|th)?\s+(?:session|week|month|day)|\b(?:before|after|by)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|"
    r"\b(?:once|twice)\s+(?:a|per|each|every)\s+\w+|\b(?:daily|every (?:single )?day|every workday|every (?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)|weekly|monthly)\b")
BINARY_OUTCOME = re.compile(
    r"\b(pass(?:ed|ing)?|obtain(?:ed|ing)?|earn(?:ed|ing)?|submit(?:ted|ting)?|publish(?:ed|ing)?|"
    r"(?:get|become|be|am)\s+(?:an?\s+)?(?:fully\s+)?licensed|receive|attain|defend|graduate|launch|open|"
    r"enroll in|enrol in|register for|apply for|sign up for|file|hire|join|present|attend|"
    r"become\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:approved|certified|registered|credentialed|licensed)|"
    r"complete|finish|sign|secure|close|leave|end|write|draft|create|build|design|start|begin|"
    r"volunteer|read|publish|teach|run|lead|onboard)\b")
# A binary outcome needs a checkable object: a named program, credential, exam or document.
NAMED_OBJECT = re.compile(
    r"\b(training|course|certification|certificate|program|programme|license|licensure|exam|"
    r"application|paper|article|manuscript|dissertation|thesis|proposal|degree|msw|phd|psyd|"
    r"ncc|nce|ncmhce|aswb|eppp|lpc|lcsw|lmft|lmhc|lpcc|ccmhc|cadc|acs|rpt|cctp|emdr|tf-cbt|"
    r"dbt|cbt|gottman|level \d|business plan|fee schedule|npi|llc|website|grant|poster|"
    r"presentation|practice|panel|supervisor|contract|policy|protocol|workshop|intensive|"
    r"module|webinar|credential|designation|membership|association|committee|board|conference|"
    r"therapy|therapist|psychologist|counselor|book|log|report|profile|study|outcomes study|"
    r"group|course)\b",)
COMPARATIVE = re.compile(
    r"\b(more|better|less|fewer|improve[sd]?|increase[sd]?|reduce[sd]?|decrease[sd]?|"
    r"lower|higher|stronger|grow|enhance|boost|maximi[sz]e|minimi[sz]e)\b")
ABSOLUTE = re.compile(
    r"\b(always|never|every single|all (?:of )?my clients|all clients|100 ?%|perfect(?:ly)?|"
    r"zero (?:no-shows|cancellations|mistakes)|without exception|every client|no client)\b",)
RATIONALE = re.compile(
    r"\b(so that|so i can|because|to qualify for|in order to|to become|to prepare for|"
    r"to meet|to support|which will|to be able to|to reduce burnout|to prevent burnout|"
    r"to serve|to help|toward|towards|for my (?:goal|plan))\b")

# Concepts of the field: a goal serves an aspiration when they share one,
# directly or through a neighbouring concept.
CONCEPTS: dict[str, tuple[str, ...]] = {
    "supervision": ("supervisor", "supervision", "supervise", "supervising", "supervisee",
                    "supervisees", "approved supervisor", "acs", "lpc-s", "lcsw-s", "lmft-s",
                    "supervision training", "clinical supervisor", "mentor", "mentoring",
                    "supervision of supervision", "interns"),
    "private_practice": ("private practice", "practice owner", "own practice", "business plan",
                         "fee schedule", "billing", "insurance panel", "insurance panels",
                         "credentialing", "credentialed", "npi", "llc", "marketing", "referral",
                         "referrals", "sliding scale", "ehr", "group practice", "solo practice",
                         "caseload", "self-pay", "private-pay", "in-network", "business",
                         "psychology today", "website", "office space", "rent", "bookkeeping",
                         "no-show", "no-shows", "no-show rate", "cancellations", "private-pay"),
    "trauma": ("trauma", "traumatic", "emdr", "tf-cbt", "tf-cbtweb", "cpt", "cognitive processing",
               "prolonged exposure", "trauma-informed", "ptsd", "cctp", "somatic", "complex trauma",
               "pcl-5", "first responders", "veterans", "abuse", "brainspotting"),
    "addiction": ("addiction", "addictions", "substance use", "substance-use", "sud", "cadc",
                  "lcadc", "lcdc", "casac", "recovery", "alcohol", "opioid", "asam",
                  "motivational interviewing", "harm reduction", "audit-c", "dast", "relapse"),
    "child_family": ("child", "children", "adolescent", "adolescents", "teen", "teens", "youth",
                     "family", "families", "play therapy", "rpt", "parenting", "parents", "pcit",
                     "school", "schools", "scared", "cdi", "kids", "play therapist", "foster care",
                     "attachment"),
    "couples": ("couples", "couple", "marriage", "marital", "gottman", "eft", "emotionally focused",
                "relationship", "relationships", "lmft", "premarital"),
    "geriatric": ("older adults", "geriatric", "aging", "ageing", "dementia", "elderly",
                  "late life", "late-life", "caregivers", "medicare"),
    "leadership": ("director", "program director", "clinic director", "manager", "management",
                   "leadership", "leader", "lead", "operations", "budget", "administration",
                   "administrative", "team lead", "clinical director", "strategic", "hiring", "hire",
                   "onboard", "recruit", "staff turnover", "retention", "policy", "policies",
                   "quality improvement", "nonprofit"),
    # Generic words (course, workshop, training) are left out: taking a course
    # is not teaching one.
    "teaching": ("trainer", "teach", "teaching", "educator", "instructor", "adjunct", "faculty",
                 "curriculum", "lecture", "training others", "conference proposal",
                 "conference proposals", "present a workshop", "teach a workshop", "guest lecture"),
    "research": ("research", "researcher", "publish", "publication", "article", "journal",
                 "manuscript", "study", "dissertation", "grant", "irb", "phd", "poster",
                 "peer-reviewed", "data", "outcomes research", "literature"),
    "licensure": ("license", "licensure", "licensed", "lpc", "lmhc", "lpcc", "lcpc", "lcsw",
                  "lmft", "supervised hours", "nce", "ncmhce", "aswb", "eppp", "exam",
                  "jurisprudence", "board", "independent practice", "associate", "ce", "ces",
                  "ce hours", "ceu", "ceus", "continuing education", "renewal", "msw",
                  "social work", "social worker", "mft"),
    "wellbeing": ("self-care", "burnout", "boundaries", "boundary", "my own therapy", "own therapy",
                  "exercise", "sleep", "mindfulness", "meditation", "meditate", "walk", "walks",
                  "vacation", "work-life", "rest", "balance", "support network", "yoga",
                  "compassion fatigue", "well-being", "wellbeing", "wellness", "pto", "sustainable",
                  "time off", "lunch break", "after hours", "weekends", "evenings", "gym", "hobby",
                  "friends", "proqol", "maslach", "mbi", "energy", "stress", "health",
                  # boundaries at work
                  "work emails", "emails after", "after 6", "after hours", "weekdays", "workday",
                  "workdays", "lunch break", "session notes", "caseload", "extra shifts",
                  "intake shifts", "leave the clinic", "leave work", "on time", "overtime",
                  "say no", "decline"),
    "clinical_skills": ("cbt", "dbt", "act", "mbsr", "mbct", "modality", "modalities",
                        "evidence-based", "clinical skills", "therapy skills", "ifs", "erp",
                        "exposure", "phq-9", "gad-7", "measurement-based", "outcomes", "anxiety",
                        "depression", "ocd", "eating disorders", "suicide", "c-ssrs",
                        "safety planning", "assessment", "diagnosis", "treatment planning"),
    "telehealth": ("telehealth", "tele-mental health", "online therapy", "virtual", "video sessions",
                   "telemental"),
    "advocacy": ("advocacy", "advocate", "policy", "legislation", "legislative", "association",
                 "nasw", "aca", "aamft", "apa", "committee", "board", "lobby", "community",
                 "outreach"),
    "networking": ("network", "networking", "association", "conference", "conferences",
                   "colleagues", "peer consultation", "consultation group", "meetup",
                   "professional community", "linkedin", "referral partners"),
    "specialist": ("specialist", "specialty", "specialize", "specialise", "niche", "expert",
                   "certification", "certified", "advanced training"),
}
# Concepts that lead naturally to one another (a licence comes before
# supervising and before a private practice, and so on).
NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "supervision": ("licensure", "leadership", "teaching"),
    "private_practice": ("licensure", "networking", "telehealth", "specialist"),
    "leadership": ("supervision",),
    "teaching": ("research", "supervision"),
    "research": ("teaching",),
    "trauma": ("specialist", "clinical_skills"),
    "addiction": ("specialist", "clinical_skills"),
    "child_family": ("specialist", "clinical_skills"),
    "couples": ("specialist", "clinical_skills"),
    "geriatric": ("specialist", "clinical_skills"),
    "specialist": ("clinical_skills",),
    "licensure": (),
    "wellbeing": (),
    "clinical_skills": (),
    "telehealth": (),
    "advocacy": ("networking", "leadership"),
    "networking": ("advocacy",),
}
