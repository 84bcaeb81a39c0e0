"""Accounts on the sync server: enrol, sign in (here or on a new PC), make pairs, sign out.

Async functions meant for the app's NetworkLoop (the UI awaits them through the runtime,
never on the UI thread); Argon2id and database work go to worker threads with
`asyncio.to_thread`. One passphrase opens both the local profile and the server account:
the profile is created with the SAME Argon2id parameters the server holds, and the person
id is the server's. Errors are coded (`SyncError`, `VaultError`, `StoreError`); the UI
translates the code.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypedDict, Unpack

from desktop.models.errors import StoreError
from desktop.models.tables import Pair
from desktop.services.profiles import Profile, ProfileDirectory
from desktop.sync import grants, staff_keys
from desktop.sync.client import ServerClient
from desktop.sync.directory import sealing_keys
from desktop.sync.engine import Submit, SyncEngine
from desktop.sync.errors import SyncError
from desktop.sync.keystore import get_state, put_directory, put_own_keys, put_scope_key, set_state
from desktop.sync.ops import b64d, b64e
from desktop.sync.outbox import record_change, record_sealed_change
from desktop.sync.residency import check_residency
from desktop.sync.status import SyncStatus
from desktop.vault.errors import NoSuchProfile, VaultError
from desktop.vault.kdf import KdfParams, MasterKeys
from desktop.vault.keys import (
    KeyMaterialError,
    PersonKeyPair,
    new_pair_key,
    new_staff_key,
    person_op_key,
    program_op_key,
    unwrap_private,
)
from jumelage_protocol import (
    EnrolRequest,
    LoginRequest,
    PairCreate,
    PairMembers,
    PersonKeys,
    Residency,
    Role,
    Scope,
    ScopeKind,
    SessionInfo,
    staff_recipient,
)
from jumelage_protocol import (
    KdfParams as WireKdf,
)

Progress = Callable[[int, int], None]


class EngineOptions(TypedDict, total=False):
    """`SyncEngine`'s keyword options that `engine_for` passes on."""

    on_status: Callable[[SyncStatus], None] | None
    poll_interval: float
    backoff: tuple[float, float]
    live: bool
    submit: Submit | None
    on_purged: Callable[[list[str]], None] | None


def _directory(data_dir: Path | ProfileDirectory) -> ProfileDirectory:
    return data_dir if isinstance(data_dir, ProfileDirectory) else ProfileDirectory(Path(data_dir))


def _program_of(info: SessionInfo) -> str | None:
    return next(
        (m.scope.id for m in info.memberships if m.scope.kind is ScopeKind.PROGRAM),
        None,
    )


def _store_account(
    profile: Profile, server_url: str, info: SessionInfo, person: PersonKeyPair
) -> None:
    """Own keys, own scope key, own public keys and the session, inside SQLCipher."""
    with profile.sessionmaker.begin() as s:
        put_own_keys(s, info.person_id, person)
        put_scope_key(s, Scope.person(info.person_id), 1, person_op_key(bytes(person.box_private)))
        put_directory(s, info.person_id, info.role, person.box_public, person.sign_public)
        set_state(s, "server_url", server_url)
        set_state(s, "session_token", info.token)


def client_for(profile: Profile, server_url: str | None = None) -> ServerClient:
    """A client with this profile's stored session token."""
    with profile.sessionmaker() as s:
        url = server_url or get_state(s, "server_url")
        token = get_state(s, "session_token")
    if not url:
        raise SyncError("no_server", "this profile has no server")
    return ServerClient(url, token, allow_insecure_http=profile.allow_insecure_http)


def engine_for(
    profile: Profile, server_url: str | None = None, **kwargs: Unpack[EngineOptions]
) -> SyncEngine:
    """The background sync engine of a signed-in profile (the caller closes its client)."""
    return SyncEngine(
        profile.sessionmaker,
        client_for(profile, server_url),
        profile.person_id,
        display_name=profile.display_name,
        role=profile.role,
        **kwargs,
    )


async def enrol(
    data_dir: Path | ProfileDirectory,
    server_url: str,
    invite_code: str,
    username: str,
    passphrase: str,
    display_name: str,
    *,
    kdf_params: KdfParams | None = None,
    require_canadian_hosting: bool = False,
) -> Profile:
    """Join a program with an invite: server account, local profile, keys, first sync."""
    directory = _directory(data_dir)
    params = kdf_params or KdfParams.new()
    code, root_fingerprint = staff_keys.split_invite(invite_code)
    async with ServerClient(
        server_url, allow_insecure_http=directory.allow_insecure_http
    ) as client:
        await check_residency(client, require_canadian_hosting=require_canadian_hosting)
        master: MasterKeys = await asyncio.to_thread(directory.derive, params, passphrase)
        person = PersonKeyPair.generate()
        info = await client.enrol(
            EnrolRequest(
                invite_code=code,
                username=username,
                auth_key=b64e(master.auth_key),
                kdf=WireKdf(**params.to_dict()),
                keys=PersonKeys(
                    box_public=b64e(person.box_public),
                    sign_public=b64e(person.sign_public),
                    wrapped_private=b64e(person.wrap_private(master.kek)),
                ),
            )
        )
        profile = await asyncio.to_thread(
            directory.create,
            username=username,
            passphrase=passphrase,
            display_name=display_name,
            role=info.role,
            person_id=info.person_id,
            program_id=_program_of(info),
            kdf_params=params,
            keys=master,
        )
        _store_account(profile, server_url, info, person)
        with profile.sessionmaker.begin() as s:  # our name, for our own other PCs
            record_change(
                s,
                scope=Scope.person(info.person_id),
                entity="person",
                author=info.person_id,
                entity_id=info.person_id,
                fields={"display_name": display_name, "role": info.role},
            )
        program = _program_of(info)
        if program is not None:
            # the organisation root the invite names (first staff: none yet, they make it)
            try:
                root = await staff_keys.pin_root(
                    client, profile.sessionmaker, program, root_fingerprint
                )
            except SyncError:
                profile.close()
                await asyncio.to_thread(directory.wipe, info.person_id)  # never half a profile
                raise
            if info.role == Role.STAFF and root is None:
                await _first_staff_key(client, profile, info, program)
        await SyncEngine(
            profile.sessionmaker,
            client,
            info.person_id,
            display_name=display_name,
            role=info.role,
            live=False,
        ).sync_once()
        if program is not None and info.role != Role.STAFF:
            _introduce_to_staff(profile, program, display_name, info.role)
    return profile


def _introduce_to_staff(profile: Profile, program_id: str, display_name: str, role: str) -> None:
    """Our name, sealed to the program's staff, so their People list links the invite they
    sent to the account we made (pushed at the next sync; skipped without a staff key)."""
    try:
        with profile.sessionmaker.begin() as s:
            record_sealed_change(
                s,
                scope=Scope.program(program_id),
                entity="person",
                author=profile.person_id,
                entity_id=profile.person_id,
                fields={"display_name": display_name, "role": role},
            )
    except SyncError as exc:
        if exc.code != "no_staff_key":
            raise


async def _first_staff_key(
    client: ServerClient, profile: Profile, info: SessionInfo, program_id: str
) -> None:
    """The first staff member makes the program's staff key; later ones receive it."""
    scope = Scope.program(program_id)
    staff = [e for e in await client.directory(scope) if e.role == Role.STAFF]
    if [e.person_id for e in staff] != [info.person_id]:
        return  # existing staff will seal the key to us on their next sync
    secret = bytes(new_staff_key())
    staff_keys.make_root(profile.sessionmaker)
    with profile.sessionmaker.begin() as s:
        put_scope_key(s, scope, 1, program_op_key(secret), secret=secret)
    await grants.grant_staff_key(client, profile.sessionmaker)
    await staff_keys.publish_staff_keys(client, profile.sessionmaker, info.person_id)


async def sign_in(
    data_dir: Path | ProfileDirectory,
    server_url: str,
    username: str,
    passphrase: str,
    progress: Progress | None = None,
    *,
    require_canadian_hosting: bool = False,
) -> Profile:
    """Open the local profile, or rebuild it from the server (new PC, or unreadable wrap).

    The new-PC path downloads, verifies and decrypts everything with `progress(done,
    total)`. A local profile that cannot be opened while the server accepts the passphrase
    is wiped and rebuilt; with a wrong passphrase the local error stands.
    """
    directory = _directory(data_dir)
    try:
        return await asyncio.to_thread(directory.unlock, username, passphrase)
    except NoSuchProfile:
        local_error: Exception | None = None
    except (VaultError, StoreError) as exc:
        if exc.code == "sign_in_throttled":
            raise
        local_error = exc
    async with ServerClient(
        server_url, allow_insecure_http=directory.allow_insecure_http
    ) as client:
        try:
            await check_residency(client, require_canadian_hosting=require_canadian_hosting)
            pre = await client.prelogin(username)
            params = KdfParams.from_dict(pre.kdf.model_dump())
            master: MasterKeys = await asyncio.to_thread(directory.derive, params, passphrase)
            info = await client.login(
                LoginRequest(username=username, auth_key=b64e(master.auth_key))
            )
        except SyncError as exc:
            if local_error is not None and exc.code in ("bad_credentials", "offline", "timeout"):
                raise local_error from exc
            raise
        try:
            person = unwrap_private(master.kek, b64d(info.keys.wrapped_private))
        except KeyMaterialError as exc:
            raise SyncError("keys_unreadable", "the account keys cannot be opened") from exc
        if local_error is not None:
            await asyncio.to_thread(directory.wipe, info.person_id)
        profile = await asyncio.to_thread(
            directory.create,
            username=username,
            passphrase=passphrase,
            display_name=username,  # replaced by our own person op during the first pull
            role=info.role,
            person_id=info.person_id,
            program_id=_program_of(info),
            kdf_params=params,
            keys=master,
        )
        _store_account(profile, server_url, info, person)
        engine = SyncEngine(profile.sessionmaker, client, info.person_id, live=False)
        try:
            await engine.sync_once(progress)
        except SyncError:
            profile.close()
            await asyncio.to_thread(directory.wipe, info.person_id)  # never half a profile
            raise
    profile.close()  # reopen so the restored name is what the profile shows
    return await asyncio.to_thread(directory.unlock, username, passphrase, keys=master)


async def create_pair(
    profile: Profile,
    *,
    program_id: str,
    mentor_id: str,
    mentee_id: str,
    pair_id: str | None = None,
    server_url: str | None = None,
) -> str:
    """Staff: make the pair on the server, give its key to mentor, mentee and the staff key."""
    pair_id = pair_id or os.urandom(12).hex()
    scope = Scope.pair(pair_id)
    staff = grants.staff_key_public(profile.sessionmaker, program_id)
    if staff is None:
        raise SyncError("no_staff_key", "this PC does not hold the program's staff key yet")
    async with client_for(profile, server_url) as client:
        await client.create_pair(
            PairCreate(
                pair_id=pair_id, program_id=program_id, mentor_id=mentor_id, mentee_id=mentee_id
            )
        )
        entries = {e.person_id: e for e in await client.directory(scope)}
        if mentor_id not in entries or mentee_id not in entries:
            raise SyncError("not_in_program", "mentor and mentee must be in the program")
        recipients = sealing_keys(profile.sessionmaker, [entries[mentor_id], entries[mentee_id]])
        recipients[staff_recipient(program_id)] = staff[1]
        key = new_pair_key()
        await grants.share_scope_key(client, scope=scope, key_id=1, key=key, recipients=recipients)
        with profile.sessionmaker.begin() as s:
            put_scope_key(s, scope, 1, key)
            record_change(
                s,
                scope=scope,
                entity="pair",
                author=profile.person_id,
                entity_id=pair_id,
                fields={
                    "program_id": program_id,
                    "mentor_id": mentor_id,
                    "mentee_id": mentee_id,
                    "status": "active",
                },
            )
    return pair_id


def _pair_program(profile: Profile, pair_id: str) -> str:
    with profile.sessionmaker() as s:
        pair = s.get(Pair, pair_id)
    if pair is None:
        raise SyncError("no_such_pair", "this PC does not know this pair")
    return pair.program_id


def _record_pair(profile: Profile, pair_id: str, fields: dict[str, Any]) -> None:
    with profile.sessionmaker.begin() as s:
        record_change(
            s,
            scope=Scope.pair(pair_id),
            entity="pair",
            author=profile.person_id,
            entity_id=pair_id,
            fields=fields,
        )


async def rotate_pair_key(
    profile: Profile, pair_id: str, *, min_key_id: int = 1, server_url: str | None = None
) -> int:
    """Staff: a new key for the pair (key_id + 1), granted to its current members and the
    staff key; old keys stay for history. Returns the new key id."""
    program_id = _pair_program(profile, pair_id)
    async with client_for(profile, server_url) as client:
        return await grants.rotate_pair_key(
            client,
            profile.sessionmaker,
            pair_id=pair_id,
            program_id=program_id,
            min_key_id=min_key_id,
        )


async def change_pair_members(
    profile: Profile,
    pair_id: str,
    *,
    mentor_id: str,
    mentee_id: str,
    server_url: str | None = None,
) -> int:
    """Staff re-pair: the server drops whoever left, the pair key rotates, the change syncs
    under the new key (so the person removed cannot read it). Returns the new key id."""
    async with client_for(profile, server_url) as client:
        floor = await client.change_pair_members(
            PairMembers(pair_id=pair_id, mentor_id=mentor_id, mentee_id=mentee_id)
        )
    key_id = await rotate_pair_key(
        profile, pair_id, min_key_id=floor.min_key_id, server_url=server_url
    )
    _record_pair(profile, pair_id, {"mentor_id": mentor_id, "mentee_id": mentee_id})
    return key_id


async def close_pair(profile: Profile, pair_id: str, server_url: str | None = None) -> None:
    """Staff: close the pair (its members keep reading, nobody but staff writes)."""
    _record_pair(profile, pair_id, {"status": "closed", "closed_at": _now_ms()})
    async with client_for(profile, server_url) as client:
        await client.close_pair(pair_id)


async def reopen_pair(profile: Profile, pair_id: str, server_url: str | None = None) -> int:
    """Staff: reopen a closed pair under a new key; returns the new key id."""
    async with client_for(profile, server_url) as client:
        floor = await client.reopen_pair(pair_id)
    key_id = await rotate_pair_key(
        profile, pair_id, min_key_id=floor.min_key_id, server_url=server_url
    )
    _record_pair(profile, pair_id, {"status": "active", "closed_at": None})
    return key_id


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


async def invite(
    profile: Profile, program_id: str, role: str, server_url: str | None = None
) -> str:
    """Staff: a one-time invite code for `role` in `program_id`, followed by the fingerprint
    of the organisation root (`CODE/FINGERPRINT`) so the new member's PC can pin it."""
    async with client_for(profile, server_url) as client:
        code = (await client.invite(program_id, Role(role))).code
    return staff_keys.invite_text(code, profile.sessionmaker)


async def server_residency(
    url: str, *, require_canadian_hosting: bool, allow_insecure_http: bool = False
) -> Residency:
    """Where the server at `url` keeps data (before joining it); `residency_not_canadian`
    when policy requires Canadian hosting and it does not declare Canada, and
    `insecure_server_url` for plain http beyond this computer unless policy allows it."""
    async with ServerClient(url, timeout=10.0, allow_insecure_http=allow_insecure_http) as client:
        return await check_residency(client, require_canadian_hosting=require_canadian_hosting)
