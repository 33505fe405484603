"""`goals demo`: look around a sample clinician's data in a home of its
own; your real data folder stays as it is. `goals demo --leave` goes back."""

from __future__ import annotations

import typer

from clingoals.cli.common import JSON_HELP, opened_store, respond
from clingoals.usecases import data as use

demo_app = typer.Typer()


@demo_app.command()
def demo(leave: bool = typer.Option(False, "--leave", help="Go back to your own data (the demo is kept for next time)."),
         json_out: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Open a sample clinician in a demo home of its own; every command uses
    it until 'goals demo --leave'. Your own data is never touched."""
    if leave:
        result = use.leave_demo()
        respond(result, json_out=json_out,
                message=(f"Left the demo. Back to your own data in {result['own_home']}."
                         if result["was_active"] else "The demo wasn't on; you are using your own data."))
        return
    result = use.enter_demo()
    with opened_store() as store:
        result["added"] = use.load_sample(store)
    respond(result, json_out=json_out, message=(
        f"Demo on: a sample clinician's goals, CE credits and reflections, in {result['home']}.\n"
        "Look around: goals, goals list, goals show 3, goals ce, goals review --summary, goals plan.\n"
        "Change anything you like; your own data is untouched. Leave with: goals demo --leave"))
