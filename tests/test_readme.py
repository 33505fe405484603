"""README's two lines are the contract with new users and with CI."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _block_after(heading: str) -> str:
    lines = (ROOT / "README.md").read_text().splitlines()
    start = lines.index(heading)
    fence = next(i for i in range(start, len(lines)) if lines[i].startswith("```sh"))
    return lines[fence + 1]


def test_quickstart_installs_and_starts_the_tool():
    line = _block_after("## Quickstart")
    assert "pip install" in line and line.rstrip().endswith("goals")


def test_ci_runs_the_readme_test_line():
    line = _block_after("## Tests")
    assert "pytest" in line and "[test]" in line
    assert "awk" in (ROOT / ".ci" / "run").read_text()  # it reads the line, never a copy
