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


def test_readme_says_what_db_path_and_demo_print(tmp_path, monkeypatch):
    """`goals db path` prints the database file inside the data folder and the
    demo home sits beside the data folder, as the README says (trial 1, item 15)."""
    import json

    from typer.testing import CliRunner

    from clingoals.cli import app

    readme = (ROOT / "README.md").read_text()
    assert "`goals db path` prints the database file in it (`<data folder>/goals.db`)" in readme
    assert "`<data folder>-demo` beside your data folder" in readme
    home = tmp_path / "cg"
    monkeypatch.setenv("CLINGOALS_HOME", str(home))
    runner = CliRunner()
    printed = runner.invoke(app, ["db", "path"])
    assert printed.exit_code == 0 and printed.stdout.strip() == str(home / "goals.db")
    demo = runner.invoke(app, ["demo", "--json"])
    assert demo.exit_code == 0 and json.loads(demo.stdout)["home"] == str(tmp_path / "cg-demo")
    assert runner.invoke(app, ["demo", "--leave"]).exit_code == 0
