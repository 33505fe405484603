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
    "drafts": ("clingoals.cli.journal", "drafts_app", "Your private drafts of every kind (journal, review answers, goals, self-assessments): text kept out of the database."),
    "ce": ("clingoals.cli.ce", "ce_app", "Continuing-education credits against each license's renewal rules. With no command: the renewal status."),
    "license": ("clingoals.cli.license", "license_app", "Your licenses and their renewal cycles."),
    "path": ("clingoals.cli.path", "path_app", "Career paths: destinations, their milestones, and your roadmap."),
    "profile": ("clingoals.cli.profile", "profile_app", "Your self-assessment: strengths, areas to grow, interests and skills. With no command: the latest, compared with the one before."),
    "plan": ("clingoals.cli.plan", "plan_app", "Your development plan, to take to supervision (personal goals only with --include-personal)."),
    "export": ("clingoals.cli.transfer", "export_app", "Export everything: goals, aspirations, licenses, CE credits, reviews, reflections."),
    "import": ("clingoals.cli.transfer", "import_app", "Import an export: into an empty home it restores everything; into a full one it adds only records it doesn't have (matched by uuid)."),
    "settings": ("clingoals.cli.review", "settings_app", "Your settings: the review rhythm and its reminder."),
    "db": ("clingoals.cli.db", "db_app", "The database file: where it is, backups, checks."),
    "demo": ("clingoals.cli.demo", "demo_app", "Open a sample clinician in a demo home of its own; every command uses it until 'goals demo --leave'."),
}


# Other spellings people type, accepted without being listed.
ALIASES = {"licence": "license"}
# Words people guess for a command that has another name: the usage error names it.
GUESSED = {"undo": "resume", "reopen": "resume", "undone": "resume", "unarchive": "restore", "undelete": "restore"}


def registered(source: typer.Typer) -> dict:
    """The commands and groups registered on ``source`` by name, in the order
    Typer would list them (commands, then groups)."""
    named = {info.name or typer.main.get_command_name(info.callback.__name__): info
             for info in source.registered_commands}
    named.update((info.name, info) for info in source.registered_groups)
    return named


def build_registered(info, name: str) -> click.Command:
    """Build one registered command (or group) through Typer, as the app it
    is registered on would have built it."""
    from typer.models import TyperInfo

    holder = typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False, add_completion=False)
    if isinstance(info, TyperInfo):
        holder.registered_groups.append(info)
        return typer.main.get_command(holder).commands[name]  # the holder wraps a lone group in one of its own
    holder.registered_commands.append(info)
    return typer.main.get_command(holder)


def registered_short_help(info, name: str, limit: int) -> str:
    """A registered command's line in a command list, worked out as Click
    would from the help Typer gives it, without building the command."""
    import inspect

    from typer.models import TyperInfo

    if isinstance(info, TyperInfo):
        info = typer.main.solve_typer_info_defaults(info)
        text = info.help
    else:
        text = inspect.getdoc(info.callback) if info.help is None else inspect.cleandoc(info.help)
    return click.Command(name, help=text, short_help=info.short_help,
                         deprecated=info.deprecated).get_short_help_str(limit=limit)


class OnDemandGroup(TyperGroup):
    """A group whose commands are registered on a plain Typer app
    (``source``) and built only when one is asked for. Typer builds a Click
    command from the signature of every command of an app it runs, each
    time the program starts: milliseconds spent on commands that don't run.
    Make one with :func:`on_demand`."""

    source: typer.Typer | None = None

    def registered(self) -> dict:
        return registered(self.source)

    def list_commands(self, ctx: click.Context) -> list[str]:
        known = list(self.registered())
        return [*known, *(name for name in super().list_commands(ctx) if name not in known)]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        command = super().get_command(ctx, name)
        if command is None:
            info = self.registered().get(name)
            if info is not None:
                command = self.commands[name] = build_registered(info, name)
                if getattr(self, "_one_style", False):
                    one_style(command)
        return command

    def resolve_command(self, ctx: click.Context, args: list[str]):
        try:
            return super().resolve_command(ctx, args)
        except click.exceptions.NoSuchCommand:
            for name in self.registered():  # a typo's suggestion is drawn from every command, so build them
                self.get_command(ctx, name)
            return super().resolve_command(ctx, args)


def on_demand(source: typer.Typer) -> type[OnDemandGroup]:
    """The group class for a Typer app whose commands register on ``source``:
    ``typer.Typer(cls=on_demand(source), ...)``."""
    return type("OnDemandGroup", (OnDemandGroup,), {"source": source})


def core_commands() -> dict:
    """The goal commands and groups by name, in the order they were registered.
    Their module loads on first use: `goals ce status` and the other nouns
    in LAZY never need it."""
    from clingoals.cli import goals  # noqa: F401  (registers them on goal_app)

    return registered(goal_app)


def load_lazy(name: str) -> click.Command:
    import importlib

    module, attribute, _ = LAZY[name]
    sub_app = getattr(importlib.import_module(module), attribute)
    sub_app._add_completion = False  # completion options belong to the root alone
    command = typer.main.get_command(sub_app)
    command.name = name
    return command


def one_style(command: click.Command) -> click.Command:
    """Every command's help in the root's plain style (no Rich boxes that
    break choices mid-word), and one suggestion on a typo (Click's)."""
    if getattr(command, "_one_style", False):
        return command
    command._one_style = True
    if hasattr(command, "rich_markup_mode"):
        command.rich_markup_mode = None
    if isinstance(command, TyperGroup):
        command.suggest_commands = False
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            one_style(sub)
    return command


class ClingoalsGroup(OnDemandGroup):
    """The root command: builds the goal commands and loads the noun modules
    on demand, and turns the project's own errors into one stderr line and
    exit status 1."""

    def registered(self) -> dict:
        return core_commands()

    def list_commands(self, ctx: click.Context) -> list[str]:
        known = [*core_commands(), *LAZY]
        return [*known, *(name for name in TyperGroup.list_commands(self, ctx) if name not in known)]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        name = ALIASES.get(name, name)
        if name in LAZY and name not in self.commands:
            self.commands[name] = load_lazy(name)
        command = super().get_command(ctx, name)
        return one_style(command) if command is not None else None

    def resolve_command(self, ctx: click.Context, args: list[str]):
        """A typo gets one suggestion, from every command (lazy ones too)."""
        try:
            return click.Group.resolve_command(self, ctx, args)
        except click.exceptions.NoSuchCommand as error:
            from clingoals.suggest import did_you_mean

            guessed = GUESSED.get(args[0].lower())
            hint = (f" Did you mean '{guessed}'? ('goals {guessed} ID' makes a goal active again)"
                    if guessed == "resume" else f" Did you mean {guessed!r}?" if guessed
                    else did_you_mean(args[0], self.list_commands(ctx)))
            raise click.UsageError(f"No such command {args[0]!r}.{hint}", ctx) from None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list from the registry's help lines: no module loads."""
        rows = []
        core = core_commands()
        for name in self.list_commands(ctx):
            command = self.commands.get(name)
            if command is not None:
                text = command.get_short_help_str(limit=formatter.width)
            else:
                text = (registered_short_help(core[name], name, formatter.width) if name in core
                        else LAZY[name][2])
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

        failed = True  # until the command returns: an error removes a database it only just created
        try:
            result = super().invoke(ctx)
            failed = False
            return result
        except ClingoalsError as error:
            say_error(str(error))
            ctx.exit(1)
        except BrokenPipeError:  # `goals list | head`: the reader has enough
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(0)
        except (KeyboardInterrupt, EOFError, click.exceptions.Abort):
            # Ctrl-C at any prompt (Click turns it into Abort): one clear line, never a raw "Aborted!"
            from clingoals.cli.common import stopped

            stopped()
        except click.MissingParameter as error:
            # `goals check` with no sentence (trial 24 F17): say what the command needs in one line, exit 1
            say_error(missing_words(error))
            ctx.exit(1)
        except click.BadParameter as error:
            # A value given that can't be used ('--target lots', 'goals log 1 1,00', '--activity juggling')
            # is a user error like any other: one line, exit 1 (README, "Errors and exit status").
            error.message = plain_words(error.message)
            say_error(error.format_message())
            ctx.exit(1)
        except (click.exceptions.ClickException, click.exceptions.Exit) as error:
            failed = getattr(error, "exit_code", 1) != 0
            raise  # usage errors (exit 2), --help and typer.Exit are Click's own business
        except BrokenPipeError:  # the reader stopped (goals export | head): nothing to say
            quiet_stdout()
            ctx.exit(141)
        except OSError as error:  # a file the person named can't be used: say which and why
            name = str(error.filename or "a file")
            name = name if len(name) <= 80 else name[:38] + "…" + name[-38:]
            say_error(f"can't use {name}: {error.strerror or error}; nothing was changed.")
            ctx.exit(1)
        except OverflowError:
            say_error("a number given is too large to use (ids and values go up to "
                      "9223372036854775807); nothing was changed.")
            ctx.exit(1)
        except Exception as error:  # a bug: one line for the person, details on request
            if os.environ.get("CLINGOALS_DEBUG"):
                raise
            if "sqlite3" in sys.modules:  # the database's own errors, in words
                from clingoals.store.db import describe_sqlite_error

                described = describe_sqlite_error(error)
                if described is not None:
                    say_error(described)
                    ctx.exit(1)
            say_error(f"clingoals hit an unexpected problem ({type(error).__name__}: {error}). "
                      "Run again with CLINGOALS_DEBUG=1 for details, and please report it.")
            ctx.exit(1)
        finally:
            close_stores(failed=failed)

def say_error(text: str) -> None:
    """A user error: one line on stderr, wrapped at words at a terminal."""
    from clingoals.cli.common import say

    say(f"error: {text}")


def missing_words(error: click.MissingParameter) -> str:
    """What a command left without its argument or required option needs, in
    one line: its name, its help's first sentence when it has one, and the
    command's usage ("goals check needs STATEMENT. Usage: goals check
    [OPTIONS] STATEMENT. Nothing was changed.")."""
    param, ctx = error.param, error.ctx
    if param is None or ctx is None:
        return f"{error.format_message()} Nothing was changed."
    path = " ".join(["goals", *ctx.command_path.split()[1:]])  # as typed, whatever the runner calls the root
    name = max(param.opts, key=len) if isinstance(param, click.Option) else param.human_readable_name.upper()
    first = " ".join((getattr(param, "help", None) or "").split()).split(". ")[0].rstrip(".")
    about = f", {first[:1].lower()}{first[1:]}" if first and len(first) <= 80 else ""
    usage = " ".join([path, *ctx.command.collect_usage_pieces(ctx)])
    return f"{path} needs {name}{about}. Usage: {usage}. Nothing was changed."


# Click's words for a value of the wrong type -> words a clinician uses.
_PLAIN_TYPE_WORDS = {"is not a valid float": "is not a number", "is not a valid integer": "is not a whole number"}


def plain_words(message: str) -> str:
    for click_words, plain in _PLAIN_TYPE_WORDS.items():
        message = message.replace(click_words, plain)
    return message


# The goal commands (cli/goals.py) register on this app, not on the root:
# Typer builds a Click command from every signature of an app it runs, and
# the root builds only the one that is asked for (see load_core).
goal_app = typer.Typer()

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
    if ctx.invoked_subcommand != "demo" and sys.stderr.isatty():
        from clingoals.store.db import demo_active

        if demo_active():
            typer.echo("demo: the sample clinician's data; 'goals demo --leave' goes back to yours.", err=True)
    # The subcommand's own arguments are still in ctx.args here.
    if not ctx.resilient_parsing and not {"--help", "-h"} & set(ctx.args):
        from clingoals.store.sweep import sweep_unfinished

        sweep_unfinished()  # what a command killed mid-write (kill -9) left behind
        from clingoals.cli.review_state import remind_if_overdue

        remind_if_overdue(ctx.invoked_subcommand)
    if ctx.invoked_subcommand is None:
        from clingoals.cli.goals import dashboard

        dashboard()



def quiet_stdout() -> None:
    """After a closed pipe: send what is left for stdout nowhere, so the
    interpreter's final flush can't complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def undecodable_argument() -> int | None:
    """The position of the first command-line argument that isn't valid
    text in the terminal's encoding (Python keeps its bytes as surrogates)."""
    for index, arg in enumerate(sys.argv[1:], start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return index
    return None


def main() -> None:
    position = undecodable_argument()
    if position is not None:
        sys.stderr.write(f"error: argument {position} is not valid UTF-8 text (check the terminal's "
                         "character encoding); nothing was changed.\n")
        sys.exit(1)
    try:
        app(prog_name="goals")
    except BrokenPipeError:
        quiet_stdout()
        sys.exit(141)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
