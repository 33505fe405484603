"""The ``goals`` command: the root app, the error boundary, and the
registration of one module per noun. Importing this must stay cheap:
``goals --help`` never loads SQLModel, SQLAlchemy or pydantic."""

from __future__ import annotations

import os
import sqlite3
import sys

import click
import typer
from typer.core import TyperGroup

from clingoals import __version__
from clingoals.errors import ClingoalsError


class ClingoalsGroup(TyperGroup):
    """Turns the project's own errors into one stderr line and exit status 1."""

    def invoke(self, ctx: click.Context):
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
        except sqlite3.OperationalError as error:
            typer.echo(f"error: the database is busy or can't be written ({error}); try again.", err=True)
            ctx.exit(1)
        except Exception as error:  # a bug: one line for the person, details on request
            if os.environ.get("CLINGOALS_DEBUG"):
                raise
            typer.echo(f"error: clingoals hit an unexpected problem ({type(error).__name__}: {error}). "
                       "Run again with CLINGOALS_DEBUG=1 for details, and please report it.", err=True)
            ctx.exit(1)


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
) -> None:
    """With no command: a short dashboard of the goals due soonest."""
    # The subcommand's own arguments are still in ctx.args here.
    if not ctx.resilient_parsing and not {"--help", "-h"} & set(ctx.args):
        from clingoals.cli.review import remind_if_overdue

        remind_if_overdue(ctx.invoked_subcommand)
    if ctx.invoked_subcommand is None:
        from clingoals.cli.goals import dashboard

        dashboard()


# Registration: each module adds its commands to `app` when imported.
from clingoals.cli import goals as _goals  # noqa: E402,F401
from clingoals.cli import db as _db  # noqa: E402,F401
from clingoals.cli import check as _check  # noqa: E402,F401
from clingoals.cli import ce as _ce  # noqa: E402,F401
from clingoals.cli import license as _license  # noqa: E402,F401
from clingoals.cli import review as _review  # noqa: E402,F401
from clingoals.cli import journal as _journal  # noqa: E402,F401
from clingoals.cli import transfer as _transfer  # noqa: E402,F401
from clingoals.cli import profile as _profile  # noqa: E402,F401
from clingoals.cli import path as _path  # noqa: E402,F401
from clingoals.cli import plan as _plan  # noqa: E402,F401


def main() -> None:
    app(prog_name="goals")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
