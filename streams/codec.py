"""A Faust codec that makes a topic carry JSON validated by a pydantic v2 model.

``PydanticCodec(Alert)`` given as a topic's ``value_serializer`` turns every message into an ``Alert`` on
the way in (a validation error becomes Faust's ``ValueDecodeError``) and any ``BaseModel`` into compact
JSON on the way out.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from faust.serializers.codecs import Codec
from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


class PydanticCodec(Codec, Generic[M]):
    """Serialises values of one pydantic model as JSON (UTF-8)."""

    def __init__(self, model: type[M], **kwargs: Any) -> None:
        self.model = model
        super().__init__(model=model, **kwargs)

    def _dumps(self, obj: Any) -> bytes:
        if isinstance(obj, BaseModel):
            return obj.model_dump_json().encode()
        # A plain mapping is validated first so nothing unschematised reaches a topic.
        return self.model.model_validate(obj).model_dump_json().encode()

    def _loads(self, s: bytes) -> M:
        return self.model.model_validate_json(s)
