"""judge13 (session 9, new-user trial 12): scorer judgements through the CLI
(exit code, then `goals check --json` or the stored goal)."""

from __future__ import annotations


def criteria(run, *args):
    result = run("check", *args, "--json")
    assert result.code == 0, result
    return result.json()["criteria"]


def test_check_a_sleep_goal_asks_for_a_plan_not_hours(run):
    """Trial 12 C3: the card said "Add the hours a week you can give it, a plan, ...";
    the guided question asks for a plan (a set bedtime, a wind-down routine)."""
    achievable = criteria(run, "Get to bed by 11pm on weeknights so I wake up rested")["achievable"]
    assert achievable["score"] == 1
    assert achievable["suggestion"].startswith("Add a plan (a set bedtime, a wind-down routine)")
    assert "hours a week" not in achievable["suggestion"]


def test_check_call_my_dad_serves_close_to_family(run):
    """Was Relevant 0: "my dad" shared no concept with 'close to family'."""
    for name in ("rested and healthy", "close to family"):
        assert run("aspiration", "add", name).code == 0
    card = criteria(run, "Call my dad every Sunday evening")
    assert card["relevant"]["score"] == 2
    assert card["relevant"]["reason"] == "Serves your aspiration 'close to family' (family)."
    assert card["time_bound"]["reason"] == "'every Sunday evening' is a rhythm without an end date."


def test_check_sunday_evenings_without_on_is_a_rhythm(run):
    """Was Time-bound 0 "There's no deadline."; with "on" it already was a rhythm."""
    time_bound = criteria(run, "Call my dad Sunday evenings")["time_bound"]
    assert (time_bound["score"], time_bound["reason"]) == (1, "'Sunday evenings' is a rhythm without an end date.")


def test_a_target_in_euros_is_shown_as_money(run, add):
    """Was "Target set: 1500 euros."."""
    goal = add("Save for a trip to Lisbon", "2026-12-31", "--target", "1500", "--unit", "euros")
    measurable = goal["score"]["criteria"]["measurable"]
    assert measurable["reason"] == "Target set: €1,500."
    shown = run("show", str(goal["id"]), "--json")
    assert shown.code == 0
    assert shown.json()["score"]["criteria"]["measurable"]["evidence"] == ["€1,500"]


def test_adding_an_aspiration_says_which_goals_serve_it_and_which_none(run, add):
    """Trial 12 C4: a goal at Relevant 1 ("Can't judge without an aspiration") fell to 0 once
    aspirations were declared, and nothing said why."""
    takeout = add("Keep takeout spending under $150 a month", "2027-05-31", "--target", "150", "--unit", "dollars")
    dad = add("Call my dad every Sunday evening", "2027-03-31")
    assert takeout["score"]["criteria"]["relevant"]["score"] == 1
    first = run("aspiration", "add", "rested and healthy")
    assert first.code == 0, first
    assert f"Goals {takeout['id']}, {dad['id']} serve none of your aspirations, so their Relevant is 0/2" in first.err
    second = run("aspiration", "add", "close to family", "--json")
    assert second.code == 0, second
    data = second.json()
    assert (data["name"], data["goals_serving_it"], data["goals_serving_none"]) == (
        "close to family", [dad["id"]], [takeout["id"]])
    relevant = run("show", str(takeout["id"]), "--json").json()["score"]["criteria"]["relevant"]
    assert relevant["score"] == 0
    assert relevant["reason"] == "Nothing links it to your aspirations (close to family, rested and healthy)."
    # (judge20: a personal goal none of them fits is also told which aspiration to declare)
    assert relevant["suggestion"].startswith("Link the one it serves (--aspiration NAME), declare the one it does "
                                             "(goals aspiration add 'debt free'), or say why it matters")
    # the message says the same, in words
    third = run("aspiration", "add", "clinical supervisor")
    assert third.code == 0
    assert (f"Goal {takeout['id']} serves none of your aspirations, so its Relevant is 0/2: link the one it "
            f"serves ('goals edit {takeout['id']} --aspiration NAME')") in third.err


def test_a_refused_aspiration_changes_nothing(run):
    assert run("aspiration", "add", "close to family").code == 0
    again = run("aspiration", "add", "close to family")
    assert again.code == 1
    assert again.out == "" and len(again.err.strip().splitlines()) == 1
    assert [a["name"] for a in run("aspiration", "list", "--json").json()] == ["close to family"]


def test_the_card_cites_no_word_a_longer_item_says_and_json_keeps_the_scorers(run):
    """Evidence repeats are dropped where the card is shown (render.without_repeats), so the
    scorer pays nothing: was "(swim, swims, 27 swims, twice a week)"."""
    shown = run("check", "Swim twice a week, 27 swims by June 30")
    assert shown.code == 0
    flat = " ".join(shown.out.replace("│", " ").split())
    assert "Names what you'll do and the context (swim, 27 swims, twice a week)." in flat
    specific = criteria(run, "Swim twice a week, 27 swims by June 30")["specific"]
    assert specific["evidence"] == ["swim", "swims", "27 swims", "twice a week"]
