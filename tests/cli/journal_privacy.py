"""What the privacy tests of `goals journal` (without a terminal) check, in one place:
a refused entry is one stderr line naming what decided it, exit 1, nothing saved and the
text kept as a private draft; an ordinary one is saved with nothing on stderr."""

from __future__ import annotations

import json


def assert_kept_as_draft(run, home, text: str, shown: str) -> None:
    result = run("journal", text)
    assert result.code == 1
    [line] = result.err.strip().splitlines()
    assert "Not saved: this entry may identify a client" in line and shown in line, line
    assert run("journal", "list", "--json").json() == []
    [draft] = (home / "drafts").iterdir()
    assert json.loads(draft.read_text())["text"] == text  # nothing typed is lost


def assert_saved_silently(run, text: str) -> None:
    result = run("journal", text, "--json")
    assert result.code == 0 and result.err == "", result
    assert [e["text"] for e in run("journal", "list", "--json").json()] == [text]
