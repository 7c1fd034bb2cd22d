"""One wording per term: the closed vocabularies have one home, read by the screen and by
every file StageDesk writes, complete in the three languages and never ambiguous."""

from enum import StrEnum
from typing import Any

import pytest

from stagedesk.core.models import FollowUpKind, InternshipKind
from stagedesk.output.words.enums import ENUM_WORDS, enum_word

LANGUAGES = ("nl", "fr", "en")


@pytest.mark.parametrize("enum", list(ENUM_WORDS), ids=lambda enum: enum.__name__)
def test_every_member_has_a_word_in_each_language_and_no_two_share_one(
    enum: type[StrEnum],
) -> None:
    words = ENUM_WORDS[enum]
    assert set(words) == {member.value for member in enum}
    for language in LANGUAGES:
        said = [text.get(language) for text in words.values()]
        assert all(word.strip() for word in said), (enum, language)
        assert len(set(said)) == len(said), (enum, language, said)


def test_the_screen_and_the_files_say_the_same(qapp: Any) -> None:
    from PySide6.QtCore import QLocale

    from stagedesk.ui.kit.labels import enum_label
    from stagedesk.ui.kit.language import install_language, remove_translators

    before = QLocale()
    try:
        assert enum_label(FollowUpKind.FEEDBACK) == "Feedback moment"  # no language yet
        for language in LANGUAGES:
            install_language(qapp, language)
            for member in (*FollowUpKind, *InternshipKind):
                assert enum_label(member) == enum_word(member, language)
        install_language(qapp, "nl")
        assert enum_label(FollowUpKind.FEEDBACK) == "Feedbackmoment"
    finally:
        remove_translators(qapp)
        QLocale.setDefault(before)
