"""Trial 7: `goals journal list` keeps a review's sections apart ("started
saving · What got in the way: ..."); the stored text keeps its lines."""

from __future__ import annotations

import json


def test_a_reviews_sections_are_kept_apart_in_the_list(run, tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"achieved": "started saving", "obstacles": "Late sessions", "energy": 3}))
    assert run("review", "--answers", answers).code == 0
    [entry] = run("journal", "list", "--json").json()
    assert entry["text"] == "Achieved: started saving\nWhat got in the way: Late sessions\nEnergy and stress: energy 3/5"
    listed = run("journal", "list")
    assert listed.code == 0
    flat = " ".join(listed.out.split())
    assert "started saving · What got in the way: Late sessions · Energy and stress" in flat


def test_a_line_that_ends_a_sentence_needs_no_separator(run):
    assert run("journal", "Short note.\nAnother line\nand a third", "--yes").code == 0
    flat = " ".join(run("journal", "list").out.split())
    assert "Short note. Another line · and a third" in flat


def test_the_readme_describes_check_json_as_it_is(run):
    """Trial 7: the shape of `goals check --json` is documented, and the README's example is real output."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    section = readme[readme.index("`goals check --json` prints the card itself"):]
    section = section[:section.index("Nothing is saved.")]
    card = run("check", "Walk more by the end of January", "--json")
    assert card.code == 0
    card = card.json()
    for key in [*card, *card["criteria"], *card["criteria"]["specific"]]:
        assert f'"{key}"' in section or f"`{key}`" in section, key
    example = re.search(r'"specific": (\{.*?\}),\n', section, re.S).group(1)
    assert json.loads(example) == {k: v for k, v in card["criteria"]["specific"].items()}
    assert f'"deadline": "{card["deadline"]}"' in section and f'"total": {card["total"]}' in section


def test_the_digests_ce_heading_counts_the_credits_it_lists(run):
    """Trial 7: "Continuing education (2)" counted lines (a credits line and a license line) over 1 credit."""
    assert run("license", "add", "TX LPC", "--profile", "example-tx-lpc", "--renews", "2027-04-30").code == 0
    assert "Continuing education (" not in run("review", "--summary").out  # no credit this week: no count
    assert run("ce", "add", "Ethics and boundaries", "--hours", "3", "--date", "2026-05-12",
               "--format", "live-online").code == 0
    digest = run("review", "--summary", "--json")
    assert digest.code == 0 and len(digest.json()["ce"]["credits"]) == 1
    shown = run("review", "--summary").out
    assert "Continuing education (1 credit)" in shown and "3 h logged in 1 credit" in shown
