"""Tables of training progress and survey answers (issue 13, items 3 and 7).

Both arrive by sync, so references to people, programs and pairs are plain ids. A training
row is one person's one module (merged last-writer-wins); a survey answer is appended once
by its author, sealed to the program's staff. No Qt; used on whichever thread runs a session.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.tables import Base, JsonObject


class TrainingProgress(Base):
    """A training module a person finished (and their quiz score, if it has a quiz)."""

    __tablename__ = "training_progress"

    person_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    module_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    completed_at: Mapped[datetime | None]
    score: Mapped[int | None] = mapped_column(Integer)


class SurveyAnswer(Base):
    """One person's answers to one survey (on one occasion: a pair, or none before matching)."""

    __tablename__ = "survey_answers"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    author_id: Mapped[str] = mapped_column(String(64), index=True)
    survey_id: Mapped[str] = mapped_column(String(64), index=True)
    pair_id: Mapped[str | None] = mapped_column(String(64))
    submitted_at: Mapped[datetime]
    answers: Mapped[JsonObject] = mapped_column(JSON, default=dict)
