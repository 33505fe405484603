"""The profile format: a user's own minimal profile, every extension parsed,
and bad files refused with the file, the field and the problem."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from clingoals.ce.profiles import (
    BUILTIN_FOLDER,
    OWN_PROFILE,
    ProfileError,
    all_profiles,
    builtin_profiles,
    exact_sum,
    find_profile,
    parse_profile,
)
from clingoals.errors import InvalidInput

MINIMAL = 'id = "my-board"\nname = "My board"\ncycle_months = 24\ntotal_hours = 20\n'
FULL = MINIMAL + '''
hour_minutes = 50
[[minimum]]
category = "boundaries"
hours = 3
effective_from = 2023-04-01
[[minimum]]
category = "domestic-violence"
hours = 2
within_months_of_licensure = 6
[[maximum]]
category = "non-clinical"
hours = 6
[[activity]]
name = "presenting"
multiplier = 1.5
max_hours = 10
[provider_share]
fraction = 0.5
provider_types = ["nbcc-approved", "university"]
[[completion]]
name = "jurisprudence exam"
category = "ethics"
hours = 1
[[cap]]
format = "self-study"
fraction = 0.5
renewals_from = "2024-01-01"
'''


def test_a_users_own_profile_needs_four_fields():
    profile = parse_profile(MINIMAL, "mine.toml")
    assert (profile.id, profile.name, profile.cycle_months, profile.total_hours) == ("my-board", "My board", 24, 20)
    assert profile.status == "custom" and profile.label == OWN_PROFILE == "your own profile"
    assert profile.sources == () and profile.effective_from is None and profile.jurisdiction == ""
    assert profile.as_dict()["label"] == "your own profile"


def test_every_extension_parses():
    profile = parse_profile(FULL, "mine.toml")
    assert profile.hour_minutes == 50
    assert profile.minimums[0].effective_from == dt.date(2023, 4, 1)
    assert profile.minimums[1].within_months_of_licensure == 6
    assert profile.maximums[0].hours == 6
    assert profile.activities[0].multiplier == Fraction(3, 2) and profile.activities[0].max_hours == 10
    assert profile.provider_share.fraction == Fraction(1, 2)
    assert profile.completions[0].name == "jurisprudence exam" and profile.completions[0].hours == 1
    assert profile.caps[0].renewals_from == dt.date(2024, 1, 1)
    assert profile.as_dict()["activities"] == [{"name": "presenting", "multiplier": 1.5, "max_hours": 10,
                                                "max_hours_each": None, "effective_from": None,
                                                "renewals_from": None}]


def test_a_profile_marked_example_or_verified_must_cite_sources():
    with pytest.raises(ProfileError, match="sources: a profile marked 'verified' must list"):
        parse_profile(MINIMAL + 'status = "verified"\n', "mine.toml")


def test_built_in_profiles_are_examples_with_sources_and_dates():
    for profile in builtin_profiles():
        assert profile.status == "example" and profile.sources and profile.effective_from and profile.jurisdiction


def test_exact_sum_is_the_sum_of_the_fractions():
    values = [Fraction(1, 3), 0.1, 2, Fraction(5, 6), 0.25, Fraction(-7, 12), 1.5]
    assert exact_sum(values) == sum((Fraction(str(v)) if isinstance(v, float) else Fraction(v) for v in values),
                                    Fraction(0)) == Fraction(133, 30)
    assert exact_sum([]) == 0 and exact_sum([Fraction(2, 4)]).denominator == 2


def test_each_built_in_file_is_named_by_its_profile_id():
    # find_profile parses only the file named by the id it is asked for
    assert sorted(f"{p.id}.toml" for p in builtin_profiles()) == sorted(
        f.name for f in BUILTIN_FOLDER.iterdir() if f.name.endswith(".toml"))


def test_find_profile_finds_what_the_full_list_holds(tmp_path):
    (tmp_path / "tx.toml").write_text(MINIMAL.replace('"my-board"', '"example-tx-lpc"'))
    (tmp_path / "mine.toml").write_text(MINIMAL)
    for folder in (tmp_path, tmp_path / "missing"):
        listed = {p.id: p for p in all_profiles(folder)}
        for profile_id, profile in listed.items():
            assert find_profile(profile_id, folder) == profile
    assert find_profile("example-tx-lpc", tmp_path).origin == "added"  # the user's own replaces the built-in
    with pytest.raises(InvalidInput, match="Unknown profile"):
        find_profile("example-nowhere", tmp_path)
    with pytest.raises(InvalidInput, match="Unknown profile"):
        find_profile("../example-tx-lpc", tmp_path)


@pytest.mark.parametrize("extra,field,problem", [
    ('colour = "red"\n', "colour", "is not a profile field"),
    ('[[minimum]]\ncategory = "ethics"\nhours = 3\nevery = 2\n', "minimum[1].every", "is not a field here"),
    ('[carry_over]\nmax = 3\n', "carry_over.max", "is not a field here"),
    ('[units]\nceu = 1\nsemester = 15\n', "units.semester", "is not a field here"),
    ('[[minimum]]\ncategory = "ethics"\nhours = -3\n', "minimum[1].hours", "must be more than zero (got -3)"),
    ('[carry_over]\nmax_hours = -1\n', "carry_over.max_hours", "must be zero or more (got -1)"),
    ('[[cap]]\nformat = "self-study"\nfraction = 1.5\n', "cap[1].fraction", "must be at most 1 (got 1.5)"),
    ('[[maximum]]\ncategory = "non-clinical"\nfraction = 2\n', "maximum[1].fraction", "must be at most 1 (got 2)"),
    ('[provider_share]\nfraction = 1.2\nprovider_types = ["x"]\n', "provider_share.fraction", "must be at most 1"),
    ('[[activity]]\nname = "presenting"\nmultiplier = 0\n', "activity[1].multiplier", "must be more than zero (got 0)"),
    ('[[activity]]\nname = "podcasting"\n', "activity[1].name", "must be one of course, presenting"),
    ('[[cap]]\nformat = "podcast"\nhours = 3\n', "cap[1].format", "must be one of"),
    ('[[minimum]]\ncategory = "Ethics"\nhours = 3\n', "minimum[1].category", "use lower-case words"),
    ('[first_cycle]\nmode = "fixed"\n', "first_cycle.hours", "is missing"),
    ('hour_minutes = 45\n', "hour_minutes", "must be 50 or 60"),
    ('[[completion]]\nname = "exam"\nhours = 1\n', "completion[1].category", "is missing"),
    ('[[minimum]]\ncategory = "ethics"\nhours = 3\neffective_from = "April"\n', "minimum[1].effective_from",
     "must be a date YYYY-MM-DD"),
])
def test_bad_profiles_name_the_file_field_and_problem(extra, field, problem):
    with pytest.raises(ProfileError) as info:
        parse_profile(MINIMAL + extra, "mine.toml")
    message = str(info.value)
    assert message.startswith(f"mine.toml: {field}: "), message
    assert problem in message


@pytest.mark.parametrize("text,field", [
    ('name = "x"\ncycle_months = 24\ntotal_hours = 20\n', "id"),
    ('id = "x"\ncycle_months = 24\ntotal_hours = 20\n', "name"),
    ('id = "x"\nname = "x"\ntotal_hours = 20\n', "cycle_months"),
    ('id = "x"\nname = "x"\ncycle_months = 24\n', "total_hours"),
    ('id = "x"\nname = "x"\ncycle_months = 24\ntotal_hours = -5\n', "total_hours"),
    ('id = "Bad Id"\nname = "x"\ncycle_months = 24\ntotal_hours = 5\n', "id"),
    ('id = "x"\nname = "x"\ncycle_months = 24\ntotal_hours = 5\nstatus = "draft"\n', "status"),
])
def test_required_fields(text, field):
    with pytest.raises(ProfileError, match=f"^mine.toml: {field}: "):
        parse_profile(text, "mine.toml")


def test_not_toml():
    with pytest.raises(ProfileError, match="^mine.toml: not valid TOML"):
        parse_profile("id = [", "mine.toml")
