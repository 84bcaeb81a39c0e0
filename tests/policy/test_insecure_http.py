"""Plain http:// only to this computer unless the administrator's policy allows it (issue 9,
defect 8): the check, the policy key, and the refusal at sign-in before any request."""

from __future__ import annotations

import asyncio

import pytest

from desktop.policy import Settings, load_policy
from desktop.services.accounts import sign_in
from desktop.services.profiles import ProfileDirectory
from desktop.sync.client import ServerClient, check_server_url
from desktop.sync.errors import SyncError


@pytest.mark.parametrize(
    "url",
    [
        "https://jumelage.example.ca",
        "http://127.0.0.1:8765",
        "http://127.8.0.1",
        "http://[::1]:8765",
        "http://localhost:8765/",
    ],
)
def test_https_anywhere_and_http_to_this_computer_are_accepted(url):
    assert check_server_url(url) == url


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("http://jumelage.example.ca", "insecure_server_url"),
        ("http://192.168.1.20:8765", "insecure_server_url"),
        ("http://localhost.example.ca", "insecure_server_url"),
        ("http://127.0.0.1.nip.io", "insecure_server_url"),
        ("ftp://jumelage.example.ca", "bad_server_url"),
        ("jumelage.example.ca", "bad_server_url"),
        ("https://", "bad_server_url"),
    ],
)
def test_plain_http_elsewhere_is_refused_with_a_code(url, code):
    with pytest.raises(SyncError) as info:
        check_server_url(url)
    assert info.value.code == code


def test_the_policy_allows_http_on_a_local_network_but_no_other_scheme():
    url = "http://192.168.1.20:8765"
    assert check_server_url(url, allow_insecure_http=True) == url
    with pytest.raises(SyncError):
        check_server_url("ftp://192.168.1.20", allow_insecure_http=True)


def test_the_client_refuses_before_it_sends_anything():
    with pytest.raises(SyncError) as info:
        ServerClient("http://jumelage.example.ca", "a-bearer-token")
    assert info.value.code == "insecure_server_url"

    async def allowed() -> None:
        async with ServerClient("http://192.168.1.20:8765", allow_insecure_http=True) as c:
            assert c.reopen_args() == ("http://192.168.1.20:8765", None, 30.0, True)

    asyncio.run(allowed())


def test_only_the_administrator_can_allow_it(tmp_path, write_policy):
    user_file = tmp_path / "settings.json"
    mine = Settings(load_policy([]), user_file)
    mine.set("allow_insecure_http", True)  # a person's own choice does not count
    assert mine.from_policy("allow_insecure_http") is False
    managed = write_policy({"managed": {"allow_insecure_http": True}})
    assert Settings(load_policy([managed]), user_file).from_policy("allow_insecure_http") is True
    broken = write_policy("{ not json", name="broken.json")
    safest = Settings(load_policy([managed, broken]), user_file)
    assert safest.from_policy("allow_insecure_http") is False  # a broken policy: the safe side


def test_sign_in_to_a_plain_http_server_is_refused_plainly(tmp_path):
    directory = ProfileDirectory(tmp_path / "data")
    with pytest.raises(SyncError) as info:
        asyncio.run(sign_in(directory, "http://10.0.0.5:8765", "someone", "a pass phrase"))
    assert info.value.code == "insecure_server_url"
    assert not (tmp_path / "data" / "profiles").exists() or not any(
        (tmp_path / "data" / "profiles").iterdir()
    )
