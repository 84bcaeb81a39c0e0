"""Person keys, wraps, sealed grants and derived scope keys."""

import pytest

from desktop.vault import keys


def test_wrap_round_trip_restores_both_key_pairs():
    kp = keys.generate()
    kek = bytes(range(32))
    blob = kp.wrap_private(kek)
    assert kp.private_bytes() not in blob
    back = keys.unwrap_private(kek, blob)
    assert back.box_public == kp.box_public
    assert back.sign_public == kp.sign_public
    assert back.signing_key.sign(b"m").signature == kp.signing_key.sign(b"m").signature


@pytest.mark.parametrize("mangle", [lambda b: b[:-1] + bytes([b[-1] ^ 1]), lambda b: b[:20]])
def test_unwrap_with_damage_or_wrong_kek_is_unwrap_failed(mangle):
    kp = keys.generate()
    blob = kp.wrap_private(bytes(32))
    for kek, b in ((bytes(range(32)), blob), (bytes(32), mangle(blob))):
        with pytest.raises(keys.KeyMaterialError) as info:
            keys.unwrap_private(kek, b)
        assert info.value.code == "unwrap_failed"


def test_sealed_grant_opens_only_for_recipient():
    alice, bob = keys.generate(), keys.generate()
    pair_key = keys.new_pair_key()
    grant = keys.seal_to(alice.box_public, pair_key)
    assert keys.open_sealed(alice.box_private, grant) == pair_key
    assert keys.open_sealed(bytes(alice.box_private), grant) == pair_key
    with pytest.raises(keys.KeyMaterialError) as info:
        keys.open_sealed(bob.box_private, grant)
    assert info.value.code == "unreadable_grant"


def test_staff_key_grants_and_derived_scope_keys_are_distinct_and_stable():
    staff = keys.new_staff_key()
    raw = bytes(staff)
    assert keys.staff_public(raw) == bytes(staff.public_key)
    pair_key = keys.new_pair_key()
    assert keys.open_sealed(raw, keys.seal_to(keys.staff_public(raw), pair_key)) == pair_key
    assert keys.program_op_key(raw) == keys.program_op_key(raw)
    assert keys.program_op_key(raw) != keys.person_op_key(raw)
    assert len(keys.program_op_key(raw)) == 32
    assert keys.new_pair_key() != keys.new_pair_key()
