"""The ``goals`` command: the root app, the error boundary, and the
registration of one module per noun. Importing this must stay cheap:
``goals --help`` never loads SQLModel, SQLAlchemy or pydantic."""

from __future__ import annotations

import os
import sys

import click
import typer
import typer.main
from typer.core import TyperGroup

from clingoals import __version__
from clingoals.errors import ClingoalsError


# Commands whose module is imported only when they run (or for full help),
# so that starting `goals list` doesn't load the CE tally, the review or
# the exporters. name -> (module, Typer attribute, one-line help).
LAZY: dict[str, tuple[str, str, str]] = {
    "check": ("clingoals.cli.check", "check_app", "Score a goal against SMART and say what to fix (saves nothing)."),
    "review": ("clingoals.cli.review", "review_app", "The weekly review: what moved, what is due, what is stale; progress logged, goals adjusted, and a reflection recorded."),
    "journal": ("clingoals.cli.journal", "journal_app", "Your reflection journal: 'goals journal \"TEXT\"' adds an entry."),
    "ce": ("clingoals.cli.ce", "ce_app", "Continuing-education credits against each licence's renewal rules. With no command: the renewal status."),
    "license": ("clingoals.cli.license", "license_app", "Your licences and their renewal cycles."),
    "path": ("clingoals.cli.path", "path_app", "Career paths: destinations, their milestones, and your roadmap."),
    "profile": ("clingoals.cli.profile", "profile_app", "Your self-assessment: strengths, areas to grow, interests and skills. With no command: the latest, compared with the one before."),
    "plan": ("clingoals.cli.plan", "plan_app", "Your personal development plan, to take to supervision."),
    "export": ("clingoals.cli.transfer", "export_app", "Export everything: goals, aspirations, licences, CE credits, reviews, reflections."),
    "import": ("clingoals.cli.transfer", "import_app", "Import an export: into an empty home it restores everything; into a full one it adds only records it doesn't have (matched by uuid)."),
    "settings": ("clingoals.cli.review", "settings_app", "Your settings: the review rhythm and its reminder."),
    "db": ("clingoals.cli.db", "db_app", "The database file: where it is, backups, checks."),
}


def load_lazy(name: str) -> click.Command:
    import importlib

    module, attribute, _ = LAZY[name]
    command = typer.main.get_command(getattr(importlib.import_module(module), attribute))
    command.name = name
    return command


class ClingoalsGroup(TyperGroup):
    """The root command: loads noun modules on demand, and turns the
    project's own errors into one stderr line and exit status 1."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*super().list_commands(ctx), *(name for name in LAZY if name not in self.commands)]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        command = super().get_command(ctx, name)
        if command is None and name in LAZY:
            command = self.commands[name] = load_lazy(name)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list from the registry's help lines: no module loads."""
        rows = []
        for name in self.list_commands(ctx):
            command = self.commands.get(name)
            text = command.get_short_help_str(limit=formatter.width) if command else LAZY[name][2]
            rows.append((name, text))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """``--no-pager`` works anywhere on the line, as people type it."""
        if "--no-pager" in args:
            cut = args.index("--") if "--" in args else len(args)
            if "--no-pager" in args[:cut]:
                args = ["--no-pager", *(a for i, a in enumerate(args) if not (i < cut and a == "--no-pager"))]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context):
        from clingoals.cli.common import close_stores

        try:
            return super().invoke(ctx)
        except ClingoalsError as error:
            typer.echo(f"error: {error}", err=True)
            ctx.exit(1)
        except (KeyboardInterrupt, EOFError):
            typer.echo("\nStopped; nothing was saved.", err=True)
            ctx.exit(1)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise  # usage errors (exit 2), --help and typer.Exit are Click's own business
        except Exception as error:  # a bug: one line for the person, details on request
            if os.environ.get("CLINGOALS_DEBUG"):
                raise
            typer.echo(f"error: clingoals hit an unexpected problem ({type(error).__name__}: {error}). "
                       "Run again with CLINGOALS_DEBUG=1 for details, and please report it.", err=True)
            ctx.exit(1)
        finally:
            close_stores()

app = typer.Typer(
    cls=ClingoalsGroup,
    invoke_without_command=True,
    help="SMART career goals, CE credits and weekly reflection for mental-health clinicians.",
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"clingoals {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show the version and exit."),
    no_pager: bool = typer.Option(False, "--no-pager",
                                  help="Print long output directly instead of through $PAGER (default: less -FRX)."),
) -> None:
    """With no command: a short dashboard of the goals due soonest."""
    if no_pager:
        from clingoals import render

        render.disable_pager()
    # The subcommand's own arguments are still in ctx.args here.
    if not ctx.resilient_parsing and not {"--help", "-h"} & set(ctx.args):
        from clingoals.cli.review_state import remind_if_overdue

        remind_if_overdue(ctx.invoked_subcommand)
    if ctx.invoked_subcommand is None:
        from clingoals.cli.goals import dashboard

        dashboard()


# The goal commands are the core and load with the app; the rest is in LAZY.
from clingoals.cli import goals as _goals  # noqa: E402,F401


def main() -> None:
    app(prog_name="goals")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
