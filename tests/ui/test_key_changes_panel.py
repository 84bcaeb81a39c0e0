"""The supervision page warns when the server serves someone a new key; staff confirm it.

A real staff profile (SQLCipher) whose pinned directory entry the server served anew; the
panel on a real SupervisionPage, offscreen.
"""

from __future__ import annotations

from desktop.services.key_pins import confirm_changed_key, list_changed_keys
from desktop.services.messaging.service import MessagingService
from desktop.services.profiles import ProfileDirectory
from desktop.sync.directory import pin
from desktop.ui.supervision_page import SupervisionPage
from desktop.vault.kdf import KdfParams


def test_changed_key_shows_a_warning_and_staff_confirm_it(qtbot, tmp_path):
    directory = ProfileDirectory(tmp_path, kdf_params_factory=KdfParams.fast_for_tests)
    profile = directory.create(
        username="coord", passphrase="correct horse staff", display_name="Coord", role="staff"
    )
    try:
        with profile.sessionmaker.begin() as s:
            pin(s, "p_mentee", "mentee", b"a" * 32, b"b" * 32)
        page = SupervisionPage(
            lambda: [],
            MessagingService.for_profile(profile),
            key_changes=(
                lambda: list_changed_keys(profile),
                lambda pid: confirm_changed_key(profile, pid),
            ),
        )
        qtbot.addWidget(page)
        page.show()
        panel = page.key_changes
        page.refresh()
        qtbot.waitUntil(lambda: panel.list.count() == 0 and not panel.isVisible())

        with profile.sessionmaker.begin() as s:  # the server serves another key and role
            pin(s, "p_mentee", "staff", b"c" * 32, b"b" * 32)
        page.refresh()
        qtbot.waitUntil(lambda: not panel.loading and panel.list.count() == 1)
        assert panel.isVisible() and "Warning" in panel.warning.text()
        assert "role is staff" in panel.list.item(0).text()
        assert panel.confirm.accessibleName() and panel.list.accessibleName()
        assert not panel.confirm.isEnabled()
        panel.list.setCurrentRow(0)
        panel.confirm.click()
        qtbot.waitUntil(lambda: panel.list.count() == 0 and not panel.isVisible())
        assert list_changed_keys(profile) == []
    finally:
        profile.close()
