"""Every blank JSON form fits the generated schema of ``ocop-form/1``."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

import ocop
from ocop import forms


def schema() -> dict[str, object]:
    text = (resources.files("ocop") / "schemas" / "form.schema.json").read_text(encoding="utf-8")
    data: dict[str, object] = json.loads(text)
    return data


@pytest.mark.parametrize("number", range(1, 27))
def test_every_blank_form_fits_its_schema(number: int) -> None:
    sheet = ocop.rules.get("26/2026").sheet(number)
    cases = [None] if not sheet.cases else [None, *(c.number for c in sheet.cases)]
    for case in cases:
        data = forms.form_data(forms.blank(number, case=case))
        jsonschema.validate(data, schema())


def test_a_form_with_an_unknown_key_does_not_fit() -> None:
    data = forms.form_data(forms.blank(1))
    data["weight"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema())
