"""The errors of reading a filled form (defined with every error in :mod:`ocop.errors`)."""

from __future__ import annotations

from ocop.errors import FormError, MissingExtraError

__all__ = ["FormError", "MissingExtraError"]
