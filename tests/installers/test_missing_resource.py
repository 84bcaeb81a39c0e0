"""An installation missing a resource refuses to start with a plain message naming it."""

from __future__ import annotations

import shutil

import pytest

from desktop.app import EXIT_MISSING_RESOURCE, main
from desktop.resources import BUNDLED, Resources


def test_the_installed_resources_are_complete():
    assert BUNDLED.missing() == []


@pytest.mark.parametrize("name", ["safety/rules_fr.json", "i18n/jumelage_fr.qm"])
def test_app_refuses_to_start_without_a_resource(qapp, tmp_path, capsys, name):
    copy = tmp_path / "resources"
    shutil.copytree(BUNDLED.root, copy, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    (copy / name).unlink()
    assert Resources(copy).missing() == [name]
    args = ["--data-dir", str(tmp_path / "data"), "--language", "en"]
    code = main(args, resources=Resources(copy))
    assert code == EXIT_MISSING_RESOURCE
    err = capsys.readouterr().err
    assert f"the file {name} is missing from this installation" in err
    assert "Traceback" not in err
    assert not (tmp_path / "data" / "profiles").exists()
