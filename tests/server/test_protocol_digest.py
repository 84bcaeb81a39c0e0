"""The op digest's fast path gives exactly the canonical JSON's bytes, for any valid op."""

from __future__ import annotations

import hashlib
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from jumelage_protocol import OpEnvelope, op_digest

ids = st.from_regex(r"\A[A-Za-z0-9_.:-]{1,64}\Z")


def canonical_digest(op: OpEnvelope) -> bytes:
    raw = json.dumps(op.model_dump(), sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(raw).digest()


@settings(max_examples=200, deadline=None)
@given(
    op_id=ids,
    author=ids,
    entity_id=ids,
    scope=st.from_regex(r"\A(pair|program|person):[A-Za-z0-9_-]{1,64}\Z"),
    hlc=st.from_regex(r"\A\d{13}-\d{5}-[A-Za-z0-9]{1,32}\Z"),
    entity=st.from_regex(r"\A[a-z_]{1,32}\Z"),
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
