"""The sign-in window on its own: languages, accessible names, keyboard submit, countdown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.ui import i18n
from desktop.ui.accessibility import focusable_widgets, unnamed_focusable
from desktop.ui.sign_in_window import SignInWindow
from tests.support.french import in_french


def visible_texts(window: SignInWindow) -> set[str]:
    texts = {w.text() for w in window.findChildren(QLabel) + window.findChildren(QPushButton)}
    return {t.replace("&", "") for t in texts if t}


def test_french_window_shows_french_text(qtbot, qapp):
    i18n.install_language(qapp, "fr")
    window = SignInWindow()
    qtbot.addWidget(window)
    texts = visible_texts(window)
    assert "Se connecter" in texts
    assert "Phrase de passe" in texts
    assert "Sign in" not in texts
    assert window.passphrase.accessibleName() == "Phrase de passe"


def test_language_switch_at_runtime_retranslates(qtbot, qapp):
    window = SignInWindow()
    qtbot.addWidget(window)
    assert window.sign_in.text() == "Sign in"
    with in_french(qapp):
        assert window.sign_in.text() == "Se connecter"
        assert window.windowTitle() == "Bienvenue"  # the system adds "— Jumelage" (issue 11)
    assert window.sign_in.text() == "Sign in"


def test_every_focusable_widget_has_an_accessible_name(qtbot, qapp):
    for lang in ("en", "fr"):
        i18n.install_language(qapp, lang)
        window = SignInWindow()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        reachable = focusable_widgets(window)
        assert window.username in reachable and window.language in reachable
        assert unnamed_focusable(window) == [], [w.objectName() for w in unnamed_focusable(window)]


def test_tab_order_follows_the_form(qtbot):
    window = SignInWindow()
    qtbot.addWidget(window)
    expected = [
        window.username,
        window.passphrase,
        window.show_passphrase,
        window.remember,
        window.sign_in,
        window.create_profile,
        window.join,
        window.language,
    ]
    chain = [window.username]
    while len(chain) < len(expected):
        chain.append(chain[-1].nextInFocusChain())
        while chain[-1].focusPolicy() == Qt.FocusPolicy.NoFocus:
            chain[-1] = chain[-1].nextInFocusChain()
    assert chain == expected


def test_enter_in_the_passphrase_submits(qtbot):
    window = SignInWindow()
    qtbot.addWidget(window)
    qtbot.keyClicks(window.username, "amelie")
    qtbot.keyClicks(window.passphrase, "a secret phrase")
    with qtbot.waitSignal(window.sign_in_requested) as blocker:
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    assert blocker.args == ["amelie", "a secret phrase", False]


def test_empty_passphrase_is_refused_with_a_sentence(qtbot):
    window = SignInWindow()
    qtbot.addWidget(window)
    qtbot.keyClicks(window.username, "amelie")
    with qtbot.assertNotEmitted(window.sign_in_requested):
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    assert window.message.text() == "Type your passphrase."


def test_countdown_disables_sign_in_and_says_how_long(qtbot):
    window = SignInWindow()
    qtbot.addWidget(window)
    window.start_countdown(4)
    assert not window.sign_in.isEnabled()
    assert "4 seconds" in window.message.text()
    window._tick()  # one second passes
    assert "3 seconds" in window.message.text()
    for _ in range(3):
        window._tick()
    assert window.sign_in.isEnabled()
    assert window.message.text() == ""


def test_remember_hidden_with_reason_on_shared_pc(qtbot):
    window = SignInWindow()
    qtbot.addWidget(window)
    window.show()
    window.set_remember(allowed=False, code="shared_pc")
    assert not window.remember.isVisible()
    assert window.remember_note.isVisible()
    assert "shared computer" in window.remember_note.text()
    window.set_remember(allowed=True)
    assert window.remember.isVisible() and not window.remember_note.isVisible()
