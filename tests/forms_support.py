"""Builders for form definitions the tests write themselves (TOML, as in forms/)."""

T = '{ nl = "nl", fr = "fr", en = "en" }'  # a text that is the same shape in each language


def survey_toml(form_id: str, filled_by: str, *, nl: str, fr: str, en: str) -> str:
    """A one-question survey of an internship, filled in by ``filled_by``, with its title
    in the three languages."""
    return f"""
id = "{form_id}"
version = 1
kind = "form"
filled_by = "{filled_by}"
record = "internship"
stages = ["running", "completed"]
title = {{ nl = "{nl}", fr = "{fr}", en = "{en}" }}

[[sections]]
id = "all"
title = {T}

[[sections.fields]]
id = "score"
type = "scale"
label = {T}
"""
