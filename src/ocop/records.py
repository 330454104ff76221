"""Records of an OCOP register: producers (*chủ thể OCOP*) and their products.

>>> from ocop.records import producer_type
>>> producer_type("HTX").label_en, producer_type("Công ty TNHH").code
('Cooperative', 'DN')
>>> producer_type("hộ kinh doanh").label("vi")
'Hộ sản xuất, hộ gia đình có đăng ký kinh doanh'
"""

from __future__ import annotations

import difflib
import json
import threading
from importlib import resources

from attrs import frozen

from ocop.errors import UnknownProducerTypeError, shown
from ocop.geo.names import fold
from ocop.i18n import check_locale

__all__ = [
    "ProducerType",
    "producer_type",
    "producer_types",
]


@frozen
class ProducerType:
    """A kind of OCOP producer (Điều 2.3 of 26/2026); ``tourism_only`` for the kinds that may
    register only tourism products (hội, hiệp hội, trung tâm điều hành).

    >>> import ocop
    >>> kind = ocop.producer_type("HTX")
    >>> kind.code, kind.label_vi, kind.label_en
    ('HTX', 'Hợp tác xã', 'Cooperative')
    """

    #: The type's short code (``"HTX"``, ``"DN"``, ``"HKD"`` …).
    code: str
    #: The type as the decision names it, in Vietnamese (``"Hợp tác xã"``).
    label_vi: str
    #: The type in English (``"Cooperative"``).
    label_en: str
    #: True for the kinds that may register only tourism products.
    tourism_only: bool
    #: Other spellings seen in registers, matched without diacritics or case.
    aliases: tuple[str, ...] = ()

    def label(self, locale: str = "vi") -> str:
        return self.label_vi if check_locale(locale) == "vi" else self.label_en


_TYPES: dict[str, ProducerType] = {}
_LOCK = threading.Lock()


def _index() -> dict[str, ProducerType]:
    if not _TYPES:
        with _LOCK:
            if not _TYPES:
                raw = json.loads(
                    (resources.files("ocop") / "data" / "producer_types.json").read_text(
                        encoding="utf-8"
                    )
                )
                built: dict[str, ProducerType] = {}
                for t in raw["types"]:
                    kind = ProducerType(
                        t["code"],
                        t["label_vi"],
                        t["label_en"],
                        t["tourism_only"],
                        tuple(t["aliases"]),
                    )
                    for spelling in (kind.code, kind.label_vi, kind.label_en, *kind.aliases):
                        built.setdefault(fold(spelling), kind)
                _TYPES.update(built)  # published whole
    return _TYPES


def producer_types() -> tuple[ProducerType, ...]:
    """The kinds of producer, in the order of the decision."""
    seen: list[ProducerType] = []
    for kind in _index().values():
        if kind not in seen:
            seen.append(kind)
    return tuple(seen)


def producer_type(text: str) -> ProducerType:
    """The producer type for a code, a label or a common spelling ("HTX", "Công ty TNHH").

    >>> import ocop
    >>> ocop.producer_type("hợp tác xã").code, ocop.producer_type("co-op").code
    ('HTX', 'HTX')
    """
    index = _index()
    found = index.get(fold(text)) if isinstance(text, str) else None
    if found is None:
        close = (
            difflib.get_close_matches(fold(text), list(index), n=3, cutoff=0.6)
            if isinstance(text, str)
            else []
        )
        suggestions = list(dict.fromkeys(index[c].label_vi for c in close))
        raise UnknownProducerTypeError(text if isinstance(text, str) else shown(text), suggestions)
    return found
