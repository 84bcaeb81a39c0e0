"""Key derivation (Argon2id + HKDF split) and key wrapping."""

from __future__ import annotations

import os
import unicodedata

import pytest

import jumelage_protocol as protocol
from desktop.vault.errors import WrongPassphrase
from desktop.vault.kdf import KdfParams, derive_master_key, split_master_key
from desktop.vault.wrap import unwrap, wrap


def test_derivation_is_deterministic_and_nfc_normalised(fast_params: KdfParams) -> None:
    composed = unicodedata.normalize("NFC", "clé d'été")
    decomposed = unicodedata.normalize("NFD", "clé d'été")
    assert composed != decomposed
    key = derive_master_key(composed, fast_params)
    assert len(key) == 32
    assert derive_master_key(decomposed, fast_params) == key
    assert derive_master_key("clé d'ete", fast_params) != key


def test_salt_changes_the_key(fast_params: KdfParams) -> None:
    other = KdfParams.fast_for_tests()
    assert other.salt != fast_params.salt
    assert derive_master_key("same", fast_params) != derive_master_key("same", other)


def test_split_gives_two_unrelated_keys(fast_params: KdfParams) -> None:
    master = derive_master_key("passphrase", fast_params)
    keys = split_master_key(master)
    assert len(keys.auth_key) == len(keys.kek) == 32
    assert keys.auth_key != keys.kek
    assert master not in (keys.auth_key, keys.kek)
    assert split_master_key(master) == keys
    assert "hidden" in repr(keys) and keys.kek.hex() not in repr(keys)
    with pytest.raises(ValueError):
        split_master_key(b"short")


def test_production_parameters_cost_more_than_bitwardens_defaults() -> None:
    params = KdfParams.new()
    assert params.memory_kib >= 64 * 1024
    assert params.passes >= 3
    assert params.memory_kib * params.passes > 64 * 1024 * 3
    assert len(params.salt) == 16
    assert KdfParams.new().salt != params.salt


def test_params_round_trip_and_match_the_wire_contract(fast_params: KdfParams) -> None:
    data = fast_params.to_dict()
    assert KdfParams.from_dict(data) == fast_params
    assert "=" not in data["salt"]
    wire = protocol.KdfParams(**data)
    assert KdfParams.from_dict(wire.model_dump()) == fast_params


@pytest.mark.parametrize(
    "change",
    [
        {"memory_kib": 0},
        {"passes": 0},
        {"lanes": 1000},
        {"version": "1"},
        {"salt": "!!"},
        {"salt": "AAAA"},
        {"algorithm": "scrypt"},
        {"passes": None},
    ],
)
def test_bad_params_are_refused(fast_params: KdfParams, change: dict) -> None:
    with pytest.raises(ValueError):
        KdfParams.from_dict({**fast_params.to_dict(), **change})


def test_wrap_round_trip_and_wrong_key() -> None:
    kek, secret = os.urandom(32), os.urandom(32)
    blob = wrap(kek, secret)
    assert secret not in blob
    assert unwrap(kek, blob) == secret
    with pytest.raises(WrongPassphrase) as caught:
        unwrap(os.urandom(32), blob)
    assert caught.value.code == "wrong_passphrase"
    tampered = bytearray(blob)
    tampered[-1] ^= 1
    with pytest.raises(WrongPassphrase):
        unwrap(kek, bytes(tampered))
    with pytest.raises(WrongPassphrase):
        unwrap(kek, blob[:10])
