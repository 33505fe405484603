"""New-user trial 10 (misc10): family goals read as personal, the Relevant
reason names every aspiration (or says how many more), and the smaller
fixes of that trial."""

from __future__ import annotations


def _aspirations(run, *names):
    for name in names:
        assert run("aspiration", "add", name).code == 0


def test_a_family_goal_is_filed_as_personal_and_left_out_of_the_plan(run, add):
    """Trial 10 B2: "Call my parents every Sunday" was filed as professional without a word."""
    _aspirations(run, "clinical supervisor")
    added = run("add", "Call my parents every Sunday", "--due", "2027-03-31", "--json")
    assert added.code == 0, added
    assert added.json()["domain"] == "personal"
    said = run("add", "Spend Saturday mornings with my kids", "--due", "2027-03-31")
    assert said.code == 0 and "Filed as a personal goal" in said.err
    for statement in ("Call mom every Sunday", "Have dinner with my family 3 times a week"):
        assert add(statement, "2027-03-31")["domain"] == "personal", statement

    plan = run("plan", "--json")
    assert plan.code == 0
    assert [g["statement"] for g in plan.json()["goals"]] == []


def test_work_with_families_and_couples_stays_professional(run, add):
    """Trial 10 B2, the reverse: the work senses of "family" and "couples" are work."""
    for statement in ("Complete family therapy training", "Read two books on family systems",
                      "Attend the Gottman couples workshop", "Run a parenting group for parents of teens"):
        goal = add(statement, "2027-03-31")
        assert goal["domain"] == "professional", statement
        assert run("show", goal["id"], "--json").json()["domain"] == "professional"


def test_the_relevant_reason_names_every_aspiration_or_how_many_more(run):
    """Trial 10 C2: with 4 aspirations the reason listed 3, with no "and 1 more"."""
    _aspirations(run, "clinical supervisor", "debt free", "private practice", "rested and healthy")
    four = run("check", "Call my parents every Sunday", "--json")
    assert four.code == 0
    reason = four.json()["criteria"]["relevant"]["reason"]
    assert "(clinical supervisor, debt free, private practice, rested and healthy)" in reason
    _aspirations(run, "trauma specialist")
    five = run("check", "Call my parents every Sunday", "--json").json()["criteria"]["relevant"]["reason"]
    assert "(clinical supervisor, debt free, private practice and 2 more)" in five
