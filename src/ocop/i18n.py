"""Messages in Vietnamese and English, through gettext catalogs managed with babel.

Vietnamese is the source language: every sentence the library prints is written in Vietnamese
and marked with :func:`_`; the English translation lives in the catalog
``ocop/locale/en/LC_MESSAGES/ocop.po`` (compiled to ``ocop.mo``), kept with babel's tools
(``extract``, ``update``, ``compile``; see ``scripts/catalog.py``). A test fails on any
untranslated message or any placeholder that differs between the two.

    >>> from ocop.i18n import _
    >>> m = _("chưa trả lời")
    >>> m.text("vi"), m.text("en")
    ('chưa trả lời', 'unanswered')
    >>> m = _("không có phương án số {value} (chỉ có 1–{options_count})", value=9, options_count=4)
    >>> m.text("en")
    'there is no option 9 (only 1–4)'

Every function that formats takes an explicit ``locale``; nothing here is global state but the
catalog, read once.
"""

from __future__ import annotations

import gettext
import threading
from importlib import resources
from typing import Any

__all__ = [
    "LOCALES",
    "Message",
    "Pair",
    "Plural",
    "check_locale",
    "ntranslate",
    "translate",
]

LOCALES = ("vi", "en")
"""The languages of every message: Vietnamese, the language of the law, first; English."""
DOMAIN = "ocop"

_lock = threading.Lock()
_catalogs: dict[str, gettext.NullTranslations] = {}


def _catalog(locale: str) -> gettext.NullTranslations:
    found = _catalogs.get(locale)
    if found is None:
        with _lock:
            found = _catalogs.get(locale)
            if found is None:
                path = resources.files("ocop") / "locale" / locale / "LC_MESSAGES" / "ocop.mo"
                with path.open("rb") as fh:
                    found = gettext.GNUTranslations(fh)
                _catalogs[locale] = found
    return found


def check_locale(locale: object) -> str:
    """``locale`` itself when it is one the library speaks; else an
    :class:`~ocop.errors.UnknownLocaleError`.

    >>> check_locale("en")
    'en'
    >>> check_locale("fr")
    Traceback (most recent call last):
    ...
    ocop.errors.UnknownLocaleError: Ngôn ngữ 'fr' không được hỗ trợ (có: vi, en).
    Unsupported language 'fr' (available: vi, en).
    """
    if locale == "vi" or locale == "en":
        return locale
    from ocop.errors import UnknownLocaleError

    raise UnknownLocaleError(locale)


def translate(message: str, locale: str) -> str:
    """``message`` (a Vietnamese source message) in ``locale``."""
    if locale == "vi":
        return message
    return _catalog(check_locale(locale)).gettext(message)


def ntranslate(singular: str, plural: str, n: int, locale: str) -> str:
    """The form of a message for the number ``n`` in ``locale`` (``ngettext``).

    Vietnamese has one form; the catalog holds the English singular and plural.
    """
    if locale == "vi":
        return singular
    return _catalog(check_locale(locale)).ngettext(singular, plural, n)


def _writable(value: object) -> object:
    """``value`` itself, or an integer too long to write out as its order of magnitude."""
    if isinstance(value, int) and value.bit_length() > 10_000:
        return f"{'-' if value < 0 else ''}~10^{int(abs(value).bit_length() * 0.30103)}"
    return value


class Message:
    """A message marked for translation, with its parameters; rendered per locale."""

    __slots__ = ("msgid", "params")

    def __init__(self, msgid: str, params: dict[str, Any]) -> None:
        self.msgid = msgid
        self.params = params

    def text(self, locale: str = "vi") -> str:
        template = translate(self.msgid, locale)
        if not self.params:
            return template
        params = {
            k: (v.text(locale) if isinstance(v, Message | Pair) else _writable(v))
            for k, v in self.params.items()
        }
        return template.format(**params)

    def __str__(self) -> str:
        return self.text("vi")

    def __repr__(self) -> str:
        return f"Message({self.msgid!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.msgid, self.params) == (other.msgid, other.params)

    def __hash__(self) -> int:
        return hash(self.msgid)


class Plural(Message):
    """A message with a singular and a plural form, chosen by ``n`` (``ngettext``).

    Vietnamese has one form, so both msgids are the same sentence; the English catalog holds
    "1 criterion" and "{count} criteria".
    """

    __slots__ = ("msgid_plural", "n")

    def __init__(self, msgid: str, msgid_plural: str, n: int, params: dict[str, Any]) -> None:
        super().__init__(msgid, params)
        self.msgid_plural = msgid_plural
        self.n = n

    def text(self, locale: str = "vi") -> str:
        template = ntranslate(self.msgid, self.msgid_plural, self.n, locale)
        params = {
            k: (v.text(locale) if isinstance(v, Message | Pair) else _writable(v))
            for k, v in self.params.items()
        }
        return template.format(**params)

    def __repr__(self) -> str:
        return f"Plural({self.msgid!r}, n={self.n})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Plural):
            return NotImplemented
        return (self.msgid, self.n, self.params) == (other.msgid, other.n, other.params)

    def __hash__(self) -> int:
        return hash((self.msgid, self.n))


class Pair:
    """Text that comes with both languages from data (a label of the rule data, say) rather than
    from the catalog; renders like a :class:`Message`."""

    __slots__ = ("en", "vi")

    def __init__(self, vi: str, en: str) -> None:
        self.vi = vi
        self.en = en

    def text(self, locale: str = "vi") -> str:
        return self.vi if check_locale(locale) == "vi" else self.en

    def __str__(self) -> str:
        return self.vi


def _(msgid: str, **params: Any) -> Message:
    """Mark a Vietnamese message (with ``{named}`` placeholders) for the catalogs."""
    return Message(msgid, params)


def _n(msgid: str, msgid_plural: str, n: int, /, **params: Any) -> Plural:
    """Mark a message whose form depends on the number ``n`` (pass ``n`` among ``params`` too
    when the sentence shows it).

    >>> one = _n("{count} tiêu chí", "{count} tiêu chí", 1, count=1)
    >>> two = _n("{count} tiêu chí", "{count} tiêu chí", 2, count=2)
    >>> one.text("vi"), one.text("en"), two.text("en")
    ('1 tiêu chí', '1 criterion', '2 criteria')
    """
    return Plural(msgid, msgid_plural, n, params)
