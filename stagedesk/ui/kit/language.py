"""The language of the interface: which one, loading it, and switching it while running.

StageDesk speaks Dutch, French and English. The language is the one chosen (at first start
or in Settings: ``settings.UI_LANGUAGE``), else the system's when it is one of the three,
else Dutch. Choosing it installs two translators, StageDesk's own
(``resources/translations/stagedesk_xx.qm``) and Qt's (``qtbase_xx.qm``: Yes, Cancel, the
calendar), and makes the Belgian locale of that language the default: 1.234,5 and
dd/MM/yyyy (see ``labels``).

Widgets set their texts when they are built, so a new language shows by building the main
window again (``ui/shell/language_switch.py``, asked for through the shell).

``STAGEDESK_PSEUDO=1`` or ``--pseudo-translation`` shows every text of StageDesk
pseudo-translated ("[!! Ŝţàĝéḋéšķ ~~~ !!]", 40% longer, accented), so a text that is cut,
overflows or was never marked for translation shows at a glance.
"""

import math
import os
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Slot,
)
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QWidget

from stagedesk.core.db.paths import resource_dir
from stagedesk.ui.kit.settings import chosen_language

LANGUAGES = ("nl", "fr", "en")
DEFAULT_LANGUAGE = "nl"
# Each language named in itself, as language pickers do everywhere.
LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English"}
# Dates and numbers the Belgian way, whatever the language.
LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_BE"}
PSEUDO_VARIABLE = "STAGEDESK_PSEUDO"
PSEUDO_OPTION = "--pseudo-translation"
# Object names of the translators installed here, so a switch finds and removes them.
OWN, QT, PSEUDO = "stagedesk-translator", "stagedesk-qt-translator", "stagedesk-pseudo"


def translations_dir() -> Path:
    """StageDesk's .qm files: in the checkout, or where the built program unpacks them."""
    return resource_dir() / "resources" / "translations"


def system_language() -> str:
    """The first of the system's interface languages StageDesk speaks; else Dutch."""
    for name in QLocale.system().uiLanguages():
        language = name[:2].lower()
        if language in LANGUAGES:
            return language
    return DEFAULT_LANGUAGE


def preferred_language(settings: QSettings) -> str:
    return chosen_language(settings) or system_language()


def current_language() -> str:
    """The language installed now (the default locale's), "nl" before any."""
    language = QLocale().name()[:2]
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def pseudo_requested(app: QCoreApplication) -> bool:
    variable = os.environ.get(PSEUDO_VARIABLE, "").strip().lower()
    return variable in ("1", "yes", "true", "on") or PSEUDO_OPTION in app.arguments()


def pseudo_installed(app: QCoreApplication) -> bool:
    return app.findChild(QTranslator, PSEUDO) is not None


def remove_translators(app: QCoreApplication) -> None:
    """Take out every translator ``install_language`` put in."""
    for name in (PSEUDO, OWN, QT):
        for translator in app.findChildren(QTranslator, name):
            app.removeTranslator(translator)
            translator.setParent(None)
            translator.deleteLater()


def install_language(app: QCoreApplication, language: str, *, pseudo: bool = False) -> bool:
    """Texts, dates and numbers in ``language`` from now on (widgets built from now on,
    and those that retranslate on ``LanguageChange``). False if StageDesk's own
    translation file is missing: the interface then stays in English."""
    assert language in LANGUAGES, language
    remove_translators(app)
    locale = QLocale(LOCALES[language])
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    qt.setObjectName(QT)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    own = QTranslator(app)
    own.setObjectName(OWN)
    found = own.load(str(translations_dir() / f"stagedesk_{language}.qm"))
    if found:
        app.installTranslator(own)
    if pseudo:  # installed last: asked first
        app.installTranslator(PseudoTranslator(app))
    return found


def start_language(app: QCoreApplication, settings: QSettings) -> str:
    """At start-up: the preferred language, pseudo-translated if asked for."""
    language = preferred_language(settings)
    install_language(app, language, pseudo=pseudo_requested(app))
    return language


class LanguageBox(QGroupBox):
    """Settings: the language of the interface, switched at once by ``switch``, which
    returns None when the user chose to stay (unsaved changes)."""

    def __init__(self, switch: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Language of StageDesk"), parent)
        self.switch = switch
        self.choice = QComboBox(self)
        for code in LANGUAGES:
            self.choice.addItem(LANGUAGE_NAMES[code], code)
        self.choice.setCurrentIndex(LANGUAGES.index(current_language()))
        self.choice.setAccessibleName(self.tr("Language of StageDesk"))
        self.choice.setToolTip(self.tr("Menus, buttons and messages; forms follow their reader"))
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.choice)
        self.choice.activated.connect(self._on_chosen)

    @Slot(int)
    def _on_chosen(self, index: int) -> None:
        language = str(self.choice.itemData(index))
        if language == current_language():
            return
        if self.switch(language) is None:
            self.choice.setCurrentIndex(LANGUAGES.index(current_language()))


# -- pseudo-translation --------------------------------------------------------------------
# What must stay as it is: placeholders, HTML tags and entities, file patterns, links.
_KEPT = re.compile(r"(\{[^{}]*\}|%n|%L?\d|<[^>]*>|&[A-Za-z#0-9]+;|\*\.[\w*]+|https?://\S+)")
_ACCENTED = str.maketrans(
    "aAcCdDeEgGhHiIkKlLnNoOrRsStTuUwWyYzZ",
    "àÅçÇḋḊéÉĝĜĥĤîÎķĶļĻñÑöÖŕŔšŠţŢüÜŵŴýÝžŽ",
)


def pseudo_text(text: str) -> str:
    """``text`` accented, 40% longer and bracketed; placeholders and tags untouched."""
    if not text:
        return text
    parts = _KEPT.split(text)
    accented = "".join(p if i % 2 else p.translate(_ACCENTED) for i, p in enumerate(parts))
    wanted = math.ceil(len(text) * 1.4)
    padding = max(1, wanted - len(text) - len("[!!  !!]"))
    # Words of tildes, not one long one: a translation is longer, but it still wraps.
    words = " ".join("~" * min(6, padding - at) for at in range(0, padding, 7))
    return f"[!! {accented} {words} !!]"


class PseudoTranslator(QTranslator):
    """Every text of StageDesk pseudo-translated; Qt's own (contexts "QSomething") left to
    Qt's translations."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(PSEUDO)

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None, not "": an empty text would be taken as the translation; None lets the
        # next translator answer.
        if not source_text or (len(context) > 1 and context[0] == "Q" and context[1].isupper()):
            return None
        return pseudo_text(source_text)

    def isEmpty(self) -> bool:
        return False
