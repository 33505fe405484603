"""The tables, as SQLModel classes. The schema on disk is built by the Alembic
revisions in ``migrations/``; a test checks the two never drift apart.

The export's field lists are read from this file (``export_fields.py``): a
column added here is exported, checked and imported with nothing else to
edit; only a NOT NULL column that older export files lack needs naming in
its ``old_files_lack``. Keep the declarations plain (annotations, literal
defaults, ``Field(...)`` keywords), as ``export_fields`` reads them without
importing SQLModel; a test says when it can't.

Dates are stored as ISO text (``YYYY-MM-DD``) and timestamps as ISO text in
local time with its UTC offset (``clock.now_iso``), so the standard-library
read path in ``queries.py`` sees plain strings.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from sqlmodel import Field, SQLModel


class Goal(SQLModel, table=True):
    __tablename__ = "goal"

    id: Optional[int] = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    title: str
    statement: str
    specific: Optional[str] = None
    metric: Optional[str] = None
    target: Optional[float] = None
    unit: Optional[str] = None
    baseline: Optional[float] = None
    plan: Optional[str] = None
    hours_per_week: Optional[float] = None
    why: Optional[str] = None
    start_date: dt.date
    deadline: dt.date = Field(index=True)
    horizon_override: Optional[str] = None
    domain: str = "professional"
    category: Optional[str] = None
    parent_id: Optional[int] = Field(default=None, foreign_key="goal.id", ondelete="SET NULL")
    confidence: Optional[int] = None
    status: str = Field(default="active", index=True)
    created_at: str
    updated_at: str
    # The aspiration the card linked when the goal was saved (the person gave
    # none that it serves); empty for one the person linked, and for links
    # made before this was kept (who made them is not known). Cleared when
    # that aspiration is unlinked.
    card_aspiration_id: Optional[int] = Field(default=None, foreign_key="aspiration.id", ondelete="SET NULL")
    deleted_at: Optional[str] = None


class GoalTag(SQLModel, table=True):
    __tablename__ = "goal_tag"

    goal_id: int = Field(foreign_key="goal.id", primary_key=True, ondelete="CASCADE")
    tag: str = Field(primary_key=True)


class Aspiration(SQLModel, table=True):
    __tablename__ = "aspiration"

    id: Optional[int] = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    name: str = Field(unique=True)
    description: Optional[str] = None
    created_at: str


class GoalAspiration(SQLModel, table=True):
    __tablename__ = "goal_aspiration"

    goal_id: int = Field(foreign_key="goal.id", primary_key=True, ondelete="CASCADE")
    aspiration_id: int = Field(foreign_key="aspiration.id", primary_key=True, ondelete="CASCADE")


class StatusChange(SQLModel, table=True):
    __tablename__ = "status_change"

    id: Optional[int] = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    goal_id: int = Field(foreign_key="goal.id", index=True, ondelete="CASCADE")
    previous: Optional[str] = None
    status: str
    reason: Optional[str] = None
    changed_at: str


class Step(SQLModel, table=True):
    __tablename__ = "step"

    id: Optional[int] = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    goal_id: int = Field(foreign_key="goal.id", index=True, ondelete="CASCADE")
    text: str
    due: Optional[dt.date] = None
    done: bool = False
    done_at: Optional[str] = None
    created_at: str


class Progress(SQLModel, table=True):
    __tablename__ = "progress"

    id: Optional[int] = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    goal_id: int = Field(foreign_key="goal.id", index=True, ondelete="CASCADE")
    entry_date: dt.date
    value: float
    note: Optional[str] = None
    # The review that logged it: applying a review again the same day replaces these.
    review_id: Optional[int] = Field(default=None, foreign_key="review.id", ondelete="SET NULL")
    created_at: str


class Revision(SQLModel, table=True):
    __tablename__ = "revision"

    id: Optional[int] = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    goal_id: int = Field(foreign_key="goal.id", index=True, ondelete="CASCADE")
    field: str
    old_value: Optional[str] = None
    new_value: Optional[str] = None
    reason: Optional[str] = None
    changed_at: str


class Setting(SQLModel, table=True):
    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str


class License(SQLModel, table=True):
    __tablename__ = "license"

    id: Optional[int] = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    name: str = Field(unique=True)
    profile_id: str
    renews: dt.date
    issued: Optional[dt.date] = None
    number: Optional[str] = None
    supervisor: bool = False
    # Since when (the one clock's day --supervisor was set, or --supervisor-since):
    # supervisor-only minimums apply to cycles ending on or after it; empty = not known, every cycle.
    supervisor_since: Optional[dt.date] = None
    cycle_number: int = 1
    carry_over_hours: float = 0.0
    cycle_start: Optional[dt.date] = None   # known after a renewal: the day after the previous end
    created_at: str
    updated_at: str
    deleted_at: Optional[str] = None
    # The cycle before the last renewal (JSON: renews, cycle_number,
    # carry_over_hours), so 'goals license renew NAME --undo' can go back.
    undo_renewal: Optional[str] = None


class LicenseCycle(SQLModel, table=True):
    """A cycle that ended with a renewal: its dates and the carry-over it began with."""

    __tablename__ = "license_cycle"

    id: Optional[int] = Field(default=None, primary_key=True)
    license_id: int = Field(foreign_key="license.id", index=True, ondelete="CASCADE")
    cycle_number: int
    start: dt.date
    end: dt.date
    carry_over_hours: float
    renewed_at: str


class LicenseDone(SQLModel, table=True):
    """A requirement met by completion (an exam, a named course), ticked on a date."""

    __tablename__ = "license_done"

    id: Optional[int] = Field(default=None, primary_key=True)
    license_id: int = Field(foreign_key="license.id", index=True, ondelete="CASCADE")
    requirement: str
    done_on: dt.date
    counts_in: Optional[dt.date] = None   # ticked late: a day inside the (earlier) cycle it makes up
    created_at: str


class CeCredit(SQLModel, table=True):
    __tablename__ = "ce_credit"

    id: Optional[int] = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    title: str
    amount: float
    unit: str = "hours"
    entry_date: dt.date = Field(index=True)
    format: str
    provider: Optional[str] = None
    approver: Optional[str] = None
    certificate: Optional[str] = None           # file name inside the data home's certificates/
    certificate_original: Optional[str] = None  # the name it had when added
    goal_id: Optional[int] = Field(default=None, foreign_key="goal.id", ondelete="SET NULL")
    activity: str = Field(default="course", sa_column_kwargs={"server_default": "course"})
    provider_type: Optional[str] = None
    counts_in: Optional[dt.date] = None         # a make-up credit counts in the cycle holding this date
    created_at: str
    updated_at: str
    deleted_at: Optional[str] = None


class CeCreditCategory(SQLModel, table=True):
    __tablename__ = "ce_credit_category"

    credit_id: int = Field(foreign_key="ce_credit.id", primary_key=True, ondelete="CASCADE")
    category: str = Field(primary_key=True)


class CeCreditLicense(SQLModel, table=True):
    """A credit linked to particular licenses; with no rows it applies to all."""

    __tablename__ = "ce_credit_license"

    credit_id: int = Field(foreign_key="ce_credit.id", primary_key=True, ondelete="CASCADE")
    license_id: int = Field(foreign_key="license.id", primary_key=True, ondelete="CASCADE")


class Review(SQLModel, table=True):
    """The weekly review of one day (at most one a day): started when the
    first goal is confirmed, completed when the reflection is saved."""

    __tablename__ = "review"

    id: Optional[int] = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    review_date: dt.date = Field(index=True)
    since: dt.date
    completed_at: Optional[str] = None


class ReviewGoal(SQLModel, table=True):
    """A goal confirmed in a review, so an interrupted review resumes after it."""

    __tablename__ = "review_goal"

    review_id: int = Field(foreign_key="review.id", primary_key=True, ondelete="CASCADE")
    goal_id: int = Field(foreign_key="goal.id", primary_key=True, ondelete="CASCADE")
    decision: str
    reviewed_at: str


class Reflection(SQLModel, table=True):
    """A journal entry: a note, feedback received, or a review's reflection."""

    __tablename__ = "reflection"

    id: Optional[int] = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    kind: str = Field(default="note", index=True)   # note | reflection | supervisor | peer | client
    entry_date: dt.date = Field(index=True)
    text: str
    achieved: Optional[str] = None
    obstacles: Optional[str] = None
    still_care: Optional[str] = None
    focus: Optional[str] = None
    energy: Optional[int] = None
    stress: Optional[int] = None
    review_id: Optional[int] = Field(default=None, foreign_key="review.id", ondelete="SET NULL")
    created_at: str
    updated_at: str
    deleted_at: Optional[str] = None


class ReflectionGoal(SQLModel, table=True):
    __tablename__ = "reflection_goal"

    reflection_id: int = Field(foreign_key="reflection.id", primary_key=True, ondelete="CASCADE")
    goal_id: int = Field(foreign_key="goal.id", primary_key=True, ondelete="CASCADE")


class ReflectionTag(SQLModel, table=True):
    __tablename__ = "reflection_tag"

    reflection_id: int = Field(foreign_key="reflection.id", primary_key=True, ondelete="CASCADE")
    tag: str = Field(primary_key=True)


class SelfAssessment(SQLModel, table=True):
    """A dated self-assessment: strengths, areas to grow, interests, skills."""

    __tablename__ = "self_assessment"

    id: Optional[int] = Field(default=None, primary_key=True)
    uuid: str = Field(unique=True)
    assessed_on: dt.date = Field(index=True)
    strengths: str = "[]"   # JSON lists and maps: read whole, never queried inside
    growth: str = "[]"
    interests: str = "[]"
    skills: str = "{}"      # {"clinical": {"CBT": 4}, "interpersonal": {...}, "administrative": {...}}
    created_at: str
