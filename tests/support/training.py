"""Getting a person through the program's required training, as they would in the app."""

from __future__ import annotations

from desktop.services import training
from desktop.services.profiles import Profile


def finish_required_training(profile: Profile) -> None:
    """The person passes every required module of their role (quizzes answered right)."""
    for module in training.list_modules("fr", profile.role):
        if module.required:
            training.complete_module(profile, module.id, [q.answer for q in module.quiz])
