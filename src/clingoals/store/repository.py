"""Every write, through SQLModel. Each function takes an open session (one
write transaction, see ``Store.session``) and either completes or raises a
:class:`ClingoalsError` before anything is committed.
"""

from __future__ import annotations

import datetime as dt
import uuid as _uuid
from typing import Any, Iterable

from sqlmodel import Session, func, select

from clingoals.ce.licenses import check_name as check_license_name
from clingoals.ce.licenses import not_found_words, typed_id
from clingoals.errors import InvalidInput, NotFound
from clingoals.goal import check_aspiration_name, check_step_text, check_transition, unknown_aspiration
from clingoals.journal import check_entry_text
from clingoals.store.queries import goal_not_found
from clingoals.store.models import (
    Aspiration,
    CeCredit,
    CeCreditCategory,
    CeCreditLicense,
    License,
    LicenseCycle,
    LicenseDone,
    Goal,
    GoalAspiration,
    GoalTag,
    Progress,
    Reflection,
    ReflectionGoal,
    ReflectionTag,
    Review,
    ReviewGoal,
    Revision,
    SelfAssessment,
    Setting,
    StatusChange,
    Step,
)

# Fields a user may change with `goals edit`, in the order history shows them.
EDITABLE = (
    "title", "statement", "specific", "metric", "target", "unit", "baseline", "plan",
    "hours_per_week", "why", "start_date", "deadline", "horizon_override", "domain",
    "category", "parent_id", "confidence",
)


def new_uuid() -> str:
    return str(_uuid.uuid4())


def _live(session: Session, model, row_id: int, missing: str):
    """A row that exists and isn't deleted, or NotFound with ``missing``."""
    row = session.get(model, row_id)
    if row is None or row.deleted_at:
        raise NotFound(missing)
    return row


def _apply_changes(session: Session, row, changes: dict[str, Any], now: str) -> None:
    for key, value in changes.items():
        setattr(row, key, value)
    row.updated_at = now
    session.add(row)


def live_goal(session: Session, goal_id: int) -> Goal:
    row = session.get(Goal, goal_id)
    if row is None or row.deleted_at:
        raise goal_not_found(goal_id, deleted=row is not None)
    return row


def check_parent(session: Session, goal_id: int | None, parent_id: int | None) -> None:
    if parent_id is None:
        return
    if parent_id == goal_id:
        raise InvalidInput("A goal can't be its own parent.")
    parent = live_goal(session, parent_id)
    seen = {goal_id}
    while parent is not None:  # refuse cycles: the parent may not descend from this goal
        if parent.id in seen:
            raise InvalidInput(f"Goal {parent_id} is already below goal {goal_id}; that would make a loop.")
        seen.add(parent.id)
        parent = session.get(Goal, parent.parent_id) if parent.parent_id else None


def _aspiration_by_name(session: Session, name: str) -> Aspiration | None:
    """Exact name first, then the same name in any letter case."""
    row = session.exec(select(Aspiration).where(Aspiration.name == name)).first()
    if row is None:
        row = session.exec(select(Aspiration).where(func.lower(Aspiration.name) == name.lower())).first()
    return row


def _aspiration_hint(session: Session, name: str) -> str:
    """" Did you mean '...'?" for an aspiration name typed slightly wrong."""
    from clingoals.suggest import did_you_mean

    return did_you_mean(name, session.exec(select(Aspiration.name)).all())


def aspirations_named(session: Session, names: Iterable[str], *, option: str = "--aspiration") -> list[Aspiration]:
    """The declared aspirations ``names`` name. One unknown is refused with
    the fix: a name typed slightly wrong gets the declared one to give
    ``option`` instead (trial 15 C8: "Add it first: goals aspiration add
    'privat practise'" suggested adding the typo); another, how to add it."""
    found = []
    for name in dict.fromkeys(n.strip() for n in names):
        row = _aspiration_by_name(session, name)
        if row is None:
            raise NotFound(unknown_aspiration(name, session.exec(select(Aspiration.name)).all(), option=option))
        found.append(row)
    return found



def create_goal(session: Session, fields: dict[str, Any], *, tags: Iterable[str] = (),
                aspirations: Iterable[str] = (), steps: Iterable[tuple[str, dt.date | None]] = (),
                now: str, card_aspiration: str | None = None) -> int:
    """A new goal; ``card_aspiration``: the one of ``aspirations`` the card
    linked (kept apart from the ones the person linked)."""
    check_parent(session, None, fields.get("parent_id"))
    linked = aspirations_named(session, aspirations)
    goal = Goal(uuid=new_uuid(), created_at=now, updated_at=now, **fields)
    if card_aspiration is not None:
        goal.card_aspiration_id = aspirations_named(session, [card_aspiration])[0].id
    session.add(goal)
    session.flush()
    for tag in dict.fromkeys(t.strip() for t in tags if t.strip()):
        session.add(GoalTag(goal_id=goal.id, tag=tag))
    for aspiration in linked:
        session.add(GoalAspiration(goal_id=goal.id, aspiration_id=aspiration.id))
    for text, due in steps:
        session.add(Step(uuid=new_uuid(), goal_id=goal.id, text=text, due=due, created_at=now))
    session.add(StatusChange(uuid=new_uuid(), goal_id=goal.id, previous=None,
                             status=goal.status, reason="created", changed_at=now))
    return goal.id


def _shown(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def update_goal(session: Session, goal_id: int, changes: dict[str, Any], *, reason: str | None,
                add_tags: Iterable[str] = (), remove_tags: Iterable[str] = (),
                add_aspirations: Iterable[str] = (), remove_aspirations: Iterable[str] = (),
                now: str) -> list[str]:
    """Apply changes, one revision per field that really changed.
    ``remove_aspirations``: names of linked aspirations to unlink (each must
    be linked; the aspiration itself stays)."""
    goal = live_goal(session, goal_id)
    if "parent_id" in changes:
        check_parent(session, goal_id, changes["parent_id"])
    changed = []

    def record(field: str, old: Any, new: Any) -> None:
        session.add(Revision(uuid=new_uuid(), goal_id=goal_id, field=field, old_value=_shown(old),
                             new_value=_shown(new), reason=reason, changed_at=now))
        changed.append(field)

    for field in EDITABLE:
        if field in changes and getattr(goal, field) != changes[field]:
            record(field, getattr(goal, field), changes[field])
            setattr(goal, field, changes[field])

    current_tags = {t.tag for t in session.exec(select(GoalTag).where(GoalTag.goal_id == goal_id))}
    wanted = (current_tags | {t.strip() for t in add_tags if t.strip()}) - set(remove_tags)
    if wanted != current_tags:
        for tag in wanted - current_tags:
            session.add(GoalTag(goal_id=goal_id, tag=tag))
        for row in session.exec(select(GoalTag).where(GoalTag.goal_id == goal_id)):
            if row.tag not in wanted:
                session.delete(row)
        record("tags", ", ".join(sorted(current_tags)), ", ".join(sorted(wanted)))

    linked_ids = {row.aspiration_id for row in session.exec(
        select(GoalAspiration).where(GoalAspiration.goal_id == goal_id))}
    new_links = [a for a in aspirations_named(session, add_aspirations) if a.id not in linked_ids]
    if new_links:
        for aspiration in new_links:
            session.add(GoalAspiration(goal_id=goal_id, aspiration_id=aspiration.id))
        record("aspirations", None, ", ".join(a.name for a in new_links))
    unlinked = aspirations_named(session, remove_aspirations, option="--unlink-aspiration")
    if unlinked:
        for aspiration in unlinked:
            link = session.get(GoalAspiration, (goal_id, aspiration.id))
            if link is None:
                raise InvalidInput(f"Goal {goal_id} isn't linked to {aspiration.name!r}; nothing changed.")
            session.delete(link)
            if goal.card_aspiration_id == aspiration.id:
                goal.card_aspiration_id = None
        record("aspirations", ", ".join(a.name for a in unlinked), None)

    if changed:
        goal.updated_at = now
        session.add(goal)
    return changed


def change_status(session: Session, goal_id: int, status: str, *, reason: str | None, now: str,
                  allowed_from: Iterable[str] | None = None, changed_at: str | None = None) -> str:
    """Move a goal to ``status``; returns the previous one. With
    ``allowed_from`` (goal.TRANSITIONS[status], as the commands pass it) a
    change it doesn't allow is refused with goal.check_transition's message. ``changed_at``
    dates the change when it happened earlier than ``now`` ("done last Friday")."""
    goal = live_goal(session, goal_id)
    previous = goal.status
    if previous == status or (allowed_from is not None and previous not in allowed_from):
        check_transition(goal_id, previous, status)  # raises, with the messages of the one table
        raise InvalidInput(f"Goal {goal_id} is {previous}; it can't become {status} here.")
    goal.status = status
    goal.updated_at = now
    session.add(goal)
    session.add(StatusChange(uuid=new_uuid(), goal_id=goal_id, previous=previous,
                             status=status, reason=reason, changed_at=changed_at or now))
    return previous


def log_progress(session: Session, goal_id: int, value: float, *, entry_date: dt.date,
                 note: str | None, now: str, review_id: int | None = None) -> int:
    live_goal(session, goal_id)
    entry = Progress(uuid=new_uuid(), goal_id=goal_id, entry_date=entry_date, value=value,
                     note=note, review_id=review_id, created_at=now)
    session.add(entry)
    session.flush()
    return entry.id


def add_step(session: Session, goal_id: int, text: str, *, due: dt.date | None, now: str) -> int:
    """Returns the new step's number within its goal."""
    live_goal(session, goal_id)
    step = Step(uuid=new_uuid(), goal_id=goal_id, text=check_step_text(text), due=due, created_at=now)
    session.add(step)
    session.flush()
    return len(_steps(session, goal_id))


def _steps(session: Session, goal_id: int) -> list[Step]:
    return list(session.exec(select(Step).where(Step.goal_id == goal_id).order_by(Step.id)))


def step_numbered(session: Session, goal_id: int, number: int) -> Step:
    """A goal's step by its number within the goal (1, 2, 3...)."""
    live_goal(session, goal_id)
    steps = _steps(session, goal_id)
    if not 1 <= number <= len(steps):
        listed = f"steps 1 to {len(steps)}" if steps else "no steps yet"
        raise NotFound(f"Goal {goal_id} has no step {number} ({listed}); 'goals show {goal_id}' lists them.")
    return steps[number - 1]


def complete_step(session: Session, goal_id: int, number: int, *, now: str) -> None:
    step = step_numbered(session, goal_id, number)
    if step.done:
        raise InvalidInput(f"Step {number} of goal {goal_id} is already done.")
    step.done = True
    step.done_at = now
    session.add(step)


def undo_step(session: Session, goal_id: int, number: int) -> None:
    step = step_numbered(session, goal_id, number)
    if not step.done:
        raise InvalidInput(f"Step {number} of goal {goal_id} is not done yet.")
    step.done = False
    step.done_at = None
    session.add(step)


def edit_step(session: Session, goal_id: int, number: int, text: str) -> None:
    step = step_numbered(session, goal_id, number)
    step.text = check_step_text(text, editing=True)
    session.add(step)


def remove_step(session: Session, goal_id: int, number: int) -> str:
    """Removes the step for good; the steps after it move up one number.
    Returns the removed text."""
    step = step_numbered(session, goal_id, number)
    session.delete(step)
    session.flush()
    return step.text


def _soft_delete(session: Session, row, now: str) -> None:
    """Deletes are recoverable: the row is only marked."""
    row.deleted_at = now
    session.add(row)


def _restore(session: Session, model, row_id: int, what: str, now: str) -> None:
    row = session.get(model, row_id)
    if row is None or not row.deleted_at:
        raise NotFound(f"No deleted {what} with id {row_id}.")
    row.deleted_at = None
    row.updated_at = now
    session.add(row)


def soft_delete(session: Session, goal_id: int, *, now: str, reason: str | None = None) -> None:
    """Marks the goal deleted; its history says so, with the reason given."""
    _soft_delete(session, live_goal(session, goal_id), now)
    session.add(Revision(uuid=new_uuid(), goal_id=goal_id, field="deleted", old_value=None, new_value="deleted",
                         reason=reason, changed_at=now))


def restore(session: Session, goal_id: int, *, now: str) -> None:
    _restore(session, Goal, goal_id, "goal", now)
    session.add(Revision(uuid=new_uuid(), goal_id=goal_id, field="deleted", old_value="deleted",
                         new_value="restored", reason=None, changed_at=now))


def add_aspiration(session: Session, name: str, description: str | None, *, now: str) -> int:
    name = check_aspiration_name(name)
    exists = _aspiration_by_name(session, name)
    if exists is not None:
        raise InvalidInput(f"The aspiration {exists.name!r} already exists.")
    row = Aspiration(uuid=new_uuid(), name=name, description=description, created_at=now)
    session.add(row)
    session.flush()
    return row.id


def rename_aspiration(session: Session, old: str, new: str) -> Aspiration:
    """Rename an aspiration; the goals linked to it keep the link (by id)."""
    row = _aspiration_by_name(session, old)
    if row is None:
        raise NotFound(f"No aspiration named {old!r}.{_aspiration_hint(session, old)} "
                       "'goals aspiration list' shows them.")
    new = new.strip()
    if not new:
        raise InvalidInput("The new name is empty.")
    other = _aspiration_by_name(session, new)
    if other is not None and other.id != row.id:
        raise InvalidInput(f"The aspiration {other.name!r} already exists.")
    row.name = new
    session.add(row)
    return row


def delete_aspiration(session: Session, name: str, *, reason: str, now: str) -> list[int]:
    """Remove an aspiration and its links; each goal that served it keeps
    working and gets a revision saying so. Returns those goals' ids."""
    row = _aspiration_by_name(session, name)
    if row is None:
        raise NotFound(f"No aspiration named {name!r}.{_aspiration_hint(session, name)} "
                       "'goals aspiration list' shows them.")
    links = list(session.exec(select(GoalAspiration).where(GoalAspiration.aspiration_id == row.id)))
    for link in links:
        session.add(Revision(uuid=new_uuid(), goal_id=link.goal_id, field="aspirations", old_value=row.name, new_value=None,
                             reason=reason, changed_at=now))
        session.delete(link)
    session.flush()
    session.delete(row)
    return [link.goal_id for link in links]


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        row = Setting(key=key, value=value)
    row.value = value
    session.add(row)


# --- continuing education ----------------------------------------------------------

def license_named(session: Session, name: str, *, deleted: bool = False) -> License:
    """The live license called ``name`` (any letter case), or with that ID
    when none is called so; with ``deleted``, the deleted one instead."""
    state = License.deleted_at.is_not(None) if deleted else License.deleted_at.is_(None)
    row = session.exec(select(License).where(License.name == name, state)).first()
    if row is None:
        row = session.exec(select(License).where(func.lower(License.name) == name.lower(), state)).first()
    if row is None and typed_id(name) is not None:  # the ID `license list` shows
        row = session.exec(select(License).where(License.id == typed_id(name), state)).first()
    if row is None:
        from clingoals.suggest import did_you_mean

        hint = did_you_mean(name, session.exec(select(License.name).where(state)).all())
        if deleted:
            raise NotFound(f"No deleted license named {name!r}.{hint}")
        raise NotFound(f"{not_found_words(name)}.{hint} 'goals license list' shows yours.")
    return row


def delete_license(session: Session, name: str, *, now: str) -> License:
    """Deletes are recoverable: the license is only marked (its credits stay)."""
    row = license_named(session, name)
    _soft_delete(session, row, now)
    return row


def restore_license(session: Session, name: str, *, now: str) -> License:
    row = license_named(session, name, deleted=True)
    row.deleted_at = None
    row.updated_at = now
    session.add(row)
    return row


def undo_renewal(session: Session, name: str, *, now: str) -> License:
    """Back to the cycle before the last renewal (once): its end date, start,
    cycle number and carry-over; the ended cycle leaves the history."""
    import json

    row = license_named(session, name)
    if not row.undo_renewal:
        raise InvalidInput(f"{row.name} has no renewal to undo.")
    before = json.loads(row.undo_renewal)
    row.renews = dt.date.fromisoformat(before["renews"])
    row.cycle_number, row.carry_over_hours = before["cycle_number"], before["carry_over_hours"]
    row.cycle_start = dt.date.fromisoformat(before["cycle_start"]) if before.get("cycle_start") else None
    ended = session.exec(select(LicenseCycle).where(LicenseCycle.license_id == row.id)
                         .where(LicenseCycle.end == row.renews)).first()
    if ended is not None:
        session.delete(ended)
    row.undo_renewal = None
    row.updated_at = now
    session.add(row)
    return row


def add_license(session: Session, fields: dict[str, Any], *, now: str) -> int:
    name = check_license_name(fields["name"])
    same = session.exec(select(License).where(func.lower(License.name) == name.lower())).first()
    if same is not None and same.deleted_at:
        raise InvalidInput(f"A deleted license named {same.name!r} exists; bring it back with "
                           f"'goals license restore {same.name}'.")
    if same is not None:
        raise InvalidInput(f"A license named {name!r} already exists.")
    row = License(uuid=new_uuid(), created_at=now, updated_at=now, **{**fields, "name": name})
    session.add(row)
    session.flush()
    return row.id


def update_license(session: Session, name: str, changes: dict[str, Any], *, now: str) -> License:
    row = license_named(session, name)
    if "name" in changes and changes["name"].lower() != row.name.lower():
        if session.exec(select(License).where(func.lower(License.name) == changes["name"].lower())).first():
            raise InvalidInput(f"A license named {changes['name']!r} already exists.")
    _apply_changes(session, row, changes, now)
    return row


def record_renewal(session: Session, name: str, ended: dict[str, Any], changes: dict[str, Any], *, now: str) -> License:
    """Keep the cycle that ended (its dates and the carry-over it began with)
    and move the license to the next one, in one transaction; the cycle
    before is remembered so 'goals license renew NAME --undo' can go back."""
    import json

    row = license_named(session, name)
    session.add(LicenseCycle(license_id=row.id, renewed_at=now, **ended))
    row.undo_renewal = json.dumps({"renews": row.renews.isoformat(), "cycle_number": row.cycle_number,
                                   "carry_over_hours": row.carry_over_hours,
                                   "cycle_start": row.cycle_start.isoformat() if row.cycle_start else None})
    _apply_changes(session, row, changes, now)
    return row


def add_license_done(session: Session, name: str, requirement: str, done_on, *, counts_in=None, now: str) -> int:
    row = license_named(session, name)
    done = LicenseDone(license_id=row.id, requirement=requirement, done_on=done_on, counts_in=counts_in,
                       created_at=now)
    session.add(done)
    session.flush()
    return done.id


def _licenses_named(session: Session, names: Iterable[str]) -> list[License]:
    """Each license named (or given by ID) once: "CA LMFT", "ca lmft" and
    its ID are one license."""
    return list({row.id: row for row in (license_named(session, name) for name in names)}.values())


def add_credit(session: Session, fields: dict[str, Any], *, categories: Iterable[str],
               license_names: Iterable[str], now: str) -> int:
    if fields.get("goal_id") is not None:
        live_goal(session, fields["goal_id"])
    licenses = _licenses_named(session, license_names)
    credit = CeCredit(uuid=new_uuid(), created_at=now, updated_at=now, **fields)
    session.add(credit)
    session.flush()
    for category in dict.fromkeys(categories):
        session.add(CeCreditCategory(credit_id=credit.id, category=category))
    for row in licenses:
        session.add(CeCreditLicense(credit_id=credit.id, license_id=row.id))
    return credit.id


def live_credit(session: Session, credit_id: int) -> CeCredit:
    return _live(session, CeCredit, credit_id, f"No CE credit with id {credit_id}. 'goals ce list' shows them.")


def update_credit(session: Session, credit_id: int, changes: dict[str, Any], *,
                  categories: Iterable[str] | None, license_names: Iterable[str] | None, now: str) -> None:
    credit = live_credit(session, credit_id)
    if changes.get("goal_id") is not None:
        live_goal(session, changes["goal_id"])
    _apply_changes(session, credit, changes, now)
    if categories is not None:
        for row in session.exec(select(CeCreditCategory).where(CeCreditCategory.credit_id == credit_id)):
            session.delete(row)
        session.flush()
        for category in dict.fromkeys(categories):
            session.add(CeCreditCategory(credit_id=credit_id, category=category))
    if license_names is not None:
        licenses = _licenses_named(session, license_names)
        for row in session.exec(select(CeCreditLicense).where(CeCreditLicense.credit_id == credit_id)):
            session.delete(row)
        session.flush()
        for row in licenses:
            session.add(CeCreditLicense(credit_id=credit_id, license_id=row.id))


def delete_credit(session: Session, credit_id: int, *, now: str) -> None:
    _soft_delete(session, live_credit(session, credit_id), now)


def restore_credit(session: Session, credit_id: int, *, now: str) -> None:
    _restore(session, CeCredit, credit_id, "CE credit", now)


# --- reviews and the journal ---------------------------------------------------------

def add_reflection(session: Session, fields: dict[str, Any], *, goal_ids: Iterable[int] = (),
                   tags: Iterable[str] = (), now: str) -> int:
    check_entry_text(fields.get("text"))
    goal_ids = list(dict.fromkeys(goal_ids))
    for goal_id in goal_ids:
        live_goal(session, goal_id)
    entry = Reflection(uuid=new_uuid(), created_at=now, updated_at=now, **fields)
    session.add(entry)
    session.flush()
    for goal_id in goal_ids:
        session.add(ReflectionGoal(reflection_id=entry.id, goal_id=goal_id))
    for tag in dict.fromkeys(t.strip() for t in tags if t.strip()):
        session.add(ReflectionTag(reflection_id=entry.id, tag=tag))
    return entry.id


def live_reflection(session: Session, entry_id: int) -> Reflection:
    return _live(session, Reflection, entry_id,
                 f"No journal entry with id {entry_id}. 'goals journal list' shows them.")


def update_reflection(session: Session, entry_id: int, changes: dict[str, Any], *,
                      add_tags: Iterable[str] = (), goal_ids: Iterable[int] = (), now: str) -> None:
    _apply_changes(session, live_reflection(session, entry_id), changes, now)
    existing = {t.tag for t in session.exec(select(ReflectionTag).where(ReflectionTag.reflection_id == entry_id))}
    for tag in dict.fromkeys(t.strip() for t in add_tags if t.strip()):
        if tag not in existing:
            session.add(ReflectionTag(reflection_id=entry_id, tag=tag))
    linked = {g.goal_id for g in session.exec(select(ReflectionGoal).where(ReflectionGoal.reflection_id == entry_id))}
    for goal_id in dict.fromkeys(goal_ids):
        live_goal(session, goal_id)
        if goal_id not in linked:
            session.add(ReflectionGoal(reflection_id=entry_id, goal_id=goal_id))


def delete_reflection(session: Session, entry_id: int, *, now: str) -> None:
    _soft_delete(session, live_reflection(session, entry_id), now)


def review_for_day(session: Session, *, review_date: dt.date, since: dt.date) -> int:
    """The id of that day's review, started now if there is none yet (one review a day)."""
    review = session.exec(select(Review).where(Review.review_date == review_date).order_by(Review.id)).first()
    if review is None:
        review = Review(uuid=new_uuid(), review_date=review_date, since=since)
        session.add(review)
        session.flush()
    return review.id


def forget_review_progress(session: Session, review_id: int, goal_id: int) -> int:
    """Remove the progress a review logged on a goal (before it is applied
    again); returns how many entries went."""
    entries = list(session.exec(select(Progress).where(Progress.review_id == review_id,
                                                       Progress.goal_id == goal_id)))
    for entry in entries:
        session.delete(entry)
    session.flush()
    return len(entries)


def mark_reviewed(session: Session, review_id: int, goal_id: int, decision: str, *, now: str) -> None:
    row = session.get(ReviewGoal, (review_id, goal_id))
    if row is None:
        row = ReviewGoal(review_id=review_id, goal_id=goal_id, decision=decision, reviewed_at=now)
    row.decision = decision
    row.reviewed_at = now
    session.add(row)
    session.flush()


def save_review_reflection(session: Session, review_id: int, fields: dict[str, Any], *,
                           goal_ids: Iterable[int], now: str) -> int:
    """The review's one reflection (replaced when the review is applied
    again), and the review marked complete. Returns the reflection's id."""
    review = session.get(Review, review_id)
    existing = session.exec(select(Reflection).where(Reflection.review_id == review_id,
                                                     Reflection.deleted_at.is_(None))).first()
    if existing is None:
        entry_id = add_reflection(session, {**fields, "review_id": review_id}, goal_ids=goal_ids,
                                  tags=["review"], now=now)
    else:
        entry_id = existing.id
        _apply_changes(session, existing, fields, now)
        linked = {g.goal_id for g in session.exec(select(ReflectionGoal).where(ReflectionGoal.reflection_id == entry_id))}
        for goal_id in dict.fromkeys(goal_ids):
            if goal_id not in linked:
                live_goal(session, goal_id)
                session.add(ReflectionGoal(reflection_id=entry_id, goal_id=goal_id))
    review.completed_at = now
    session.add(review)
    return entry_id


def add_assessment(session: Session, *, assessed_on: dt.date, strengths: list[str], growth: list[str],
                   interests: list[str], skills: dict, now: str) -> int:
    import json

    row = SelfAssessment(uuid=new_uuid(), assessed_on=assessed_on, strengths=json.dumps(strengths),
                         growth=json.dumps(growth), interests=json.dumps(interests),
                         skills=json.dumps(skills, sort_keys=True), created_at=now)
    session.add(row)
    session.flush()
    return row.id


# --- deleted means gone, when asked -----------------------------------------------------------

PURGED_TABLES = (("goals", "goal"), ("ce_credits", "ce_credit"), ("licenses", "license"),
                 ("journal_entries", "reflection"))


def purge_deleted(session: Session) -> dict:
    """Remove every deleted goal (with its steps, progress and history),
    CE credit, license and journal entry for good. Returns the counts and
    ``certificates``: the certificate files no remaining credit uses."""
    from sqlalchemy import text

    session.execute(text("PRAGMA secure_delete = ON"))
    purged_certificates = {row[0] for row in session.execute(text(
        "SELECT DISTINCT certificate FROM ce_credit WHERE deleted_at IS NOT NULL AND certificate IS NOT NULL"))}
    counts = {}
    for name, table in PURGED_TABLES:
        counts[name] = session.execute(text(f"DELETE FROM {table} WHERE deleted_at IS NOT NULL")).rowcount
    still_used = {row[0] for row in session.execute(text(
        "SELECT DISTINCT certificate FROM ce_credit WHERE certificate IS NOT NULL"))}
    counts["certificates"] = sorted(purged_certificates - still_used)
    return counts
