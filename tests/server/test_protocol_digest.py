"""The op digest's fast path gives exactly the canonical JSON's bytes, for any valid op."""

from __future__ import annotations

import hashlib
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from jumelage_protocol import ID_PATTERN, SCOPE_PATTERN, OpEnvelope, op_digest

ids = st.from_regex(rf"\A{ID_PATTERN}\Z")
entity_ids = st.from_regex(r"\A[A-Za-z0-9_.:-]{1,64}\Z")  # composite ids keep '.' and ':'


def canonical_digest(op: OpEnvelope) -> bytes:
    raw = json.dumps(op.model_dump(exclude_none=True), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(raw.encode()).digest()


@settings(max_examples=200, deadline=None)
@given(
    op_id=ids,
    author=ids,
    entity_id=entity_ids,
    scope=st.from_regex(rf"\A{SCOPE_PATTERN}\Z"),
    hlc=st.from_regex(r"\A\d{13}-\d{5}-[A-Za-z0-9]{1,32}\Z"),
    entity=st.none() | st.from_regex(r"\A[a-z_]{1,32}\Z"),  # None: body format 2
    key_id=st.integers(1, 2**40),
    body=st.from_regex(r"\A[A-Za-z0-9_-]{0,200}\Z"),
)
def test_fast_digest_equals_canonical_json(**fields):
    op = OpEnvelope(**fields)
    assert op_digest(op) == canonical_digest(op)


def test_unvalidated_values_take_the_json_path():
    odd = OpEnvelope.model_construct(
        op_id='a"b', scope="pair:x", hlc="1", author="é", entity="m", entity_id="e",
        key_id=1, body="\\",
    )  # fmt: skip
    assert op_digest(odd) == canonical_digest(odd)


def test_format_1_digest_is_unchanged():
    """Ops pushed before the kind moved into the body keep their signed digest."""
    old = OpEnvelope(op_id="o1", scope="pair:p", hlc="1700000000000-00000-n1", author="a",
                     entity="message", entity_id="o1", key_id=1, body="AAAA")  # fmt: skip
    raw = (
        '{"author":"a","body":"AAAA","entity":"message","entity_id":"o1",'
        '"hlc":"1700000000000-00000-n1","key_id":1,"op_id":"o1","scope":"pair:p"}'
    )
    assert op_digest(old) == hashlib.sha256(raw.encode()).digest()
