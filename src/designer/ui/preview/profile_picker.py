"""Who the preview visitor is: location, page, fields already known; a few saved profiles.

Custom routing rules and Condition cards test these values, so a marketer
picks "Paris, pricing page" or "Tokyo" to see each branch without typing
them again. Saved profiles live in QSettings (a preference of this
computer, not part of the dialog file).
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.engine.routing import Visitor
from designer.ui.translations import installed_language
from designer.ui.value_completer import ValueCompleter, country_choices, country_text

SETTINGS_KEY = "preview/profiles"
CHOSEN_KEY = "preview/profile"
PLACES = ("country", "region", "city", "page_url")
KNOWN_FIELDS = ("first_name", "last_name", "email", "phone", "company", "job_title")

Profile = dict[str, Any]

DEFAULT_PROFILES: list[Profile] = [
    {
        "name": QT_TRANSLATE_NOOP("ProfilePicker", "Paris, pricing page"),
        "country": "FR",
        "region": "Île-de-France",
        "city": "Paris",
        "page_url": "https://acme.example/pricing",
        "fields": {},
    },
    {
        "name": QT_TRANSLATE_NOOP("ProfilePicker", "New York"),
        "country": "US",
        "region": "New York",
        "city": "New York",
        "page_url": "https://acme.example/",
        "fields": {},
    },
    {
        "name": QT_TRANSLATE_NOOP("ProfilePicker", "Tokyo"),
        "country": "JP",
        "region": "Tokyo",
        "city": "Tokyo",
        "page_url": "https://acme.example/ja/",
        "fields": {},
    },
]


DEFAULT_NAMES = frozenset(str(p["name"]) for p in DEFAULT_PROFILES)
"""The saved profiles the app ships: shown in the app's language, stored in English."""


def load_profiles() -> list[Profile]:
    """The saved profiles, or the defaults on a first start or when the setting is unreadable."""
    raw = QSettings().value(SETTINGS_KEY)
    if isinstance(raw, str):
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
        if isinstance(data, list) and all(isinstance(p, dict) and p.get("name") for p in data):
            return data
    return [dict(p) for p in DEFAULT_PROFILES]


def save_profiles(profiles: list[Profile]) -> None:
    QSettings().setValue(SETTINGS_KEY, json.dumps(profiles, ensure_ascii=False))


def parse_other(text: str) -> dict[str, str]:
    """``key=value; key=value`` into fields; pieces without ``=`` are ignored."""
    fields: dict[str, str] = {}
    for piece in text.replace("\n", ";").split(";"):
        key, sep, value = piece.partition("=")
        if sep and key.strip() and value.strip():
            fields[key.strip()] = value.strip()
    return fields


class ProfilePicker(QWidget):
    """A saved-profile chooser over an editable form (folded away until asked for)."""

    changed = Signal()  # any change, typed or picked
    picked = Signal()  # another saved profile was chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profiles = load_profiles()
        self.choice = QComboBox(self)
        self.choice.setObjectName("profile-choice")
        self.choice.setToolTip(self.tr("Who visits: routing rules and conditions test this"))
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("profile-edit")
        self.toggle.setText(self.tr("Edit"))
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(self.tr("Show the visitor's location, page and known fields"))
        self.inputs: dict[str, QLineEdit] = {}
        self.form = QWidget(self)
        self._build_form()
        self.form.setVisible(False)
        self.toggle.toggled.connect(self.form.setVisible)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(self.tr("Visitor:"), self))
        top.addWidget(self.choice, 1)
        top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.form)

        self._fill_choices()
        chosen = str(QSettings().value(CHOSEN_KEY, "") or "")
        self.select(chosen if self._index_of(chosen) >= 0 else self.profiles[0]["name"])
        self.choice.currentIndexChanged.connect(self._chosen)

    def _build_form(self) -> None:
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 4, 0, 4)
        labels = {
            "country": self.tr("Country"),
            "region": self.tr("Region"),
            "city": self.tr("City"),
            "page_url": self.tr("Page URL"),
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "company": self.tr("Company"),
            "job_title": self.tr("Job title"),
            "other": self.tr("Other fields"),
        }
        hints = {
            "country": self.tr("e.g. FR"),
            "page_url": self.tr("https://…"),
            "other": self.tr("key=value; key=value"),
        }
        for key in (*PLACES, *KNOWN_FIELDS, "other"):
            edit = QLineEdit(self.form)
            edit.setObjectName(f"profile-{key.replace('_', '-')}")
            edit.setPlaceholderText(hints.get(key, self.tr("unknown")))
            edit.textEdited.connect(self._edited)
            self.inputs[key] = edit
            form.addRow(labels[key], edit)
        # Visitors' countries are codes (FR): the box completes names too and keeps the code.
        country = self.inputs["country"]
        self.countries = ValueCompleter(country, self)
        self.countries.choices = country_choices(installed_language())
        self.countries.activated[str].connect(self._country_picked)
        country.setCompleter(self.countries)
        country.editingFinished.connect(self._country_finished)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save as…"), self.form)
        self.save_button.setObjectName("profile-save")
        self.save_button.clicked.connect(self.save_as)
        self.delete_button = QPushButton(self.tr("Delete"), self.form)
        self.delete_button.setObjectName("profile-delete")
        self.delete_button.clicked.connect(self.delete_current)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        form.addRow(buttons)

    def _country_picked(self, code: str) -> None:
        self.inputs["country"].setText(code)
        self._edited()

    def _country_finished(self) -> None:
        """Leaving the box turns a whole country name ("France") into its code (FR)."""
        box = self.inputs["country"]
        code = country_text(box.text(), listed=False)
        if code != box.text():
            box.setText(code)
            self._edited()

    # --- values -------------------------------------------------------------------------------

    def values(self) -> Profile:
        """What the form says now, as a profile without a name."""
        fields = {k: self.inputs[k].text().strip() for k in KNOWN_FIELDS}
        fields = {k: v for k, v in fields.items() if v}
        fields.update(parse_other(self.inputs["other"].text()))
        profile: Profile = {k: self.inputs[k].text().strip() for k in PLACES}
        profile["fields"] = fields
        return profile

    def visitor(self) -> Visitor:
        values = self.values()
        return Visitor(
            country=values["country"] or None,
            region=values["region"] or None,
            city=values["city"] or None,
            page_url=values["page_url"] or None,
            fields=dict(values["fields"]),
        )

    def set_values(self, profile: Profile) -> None:
        """Fill the form (the choice shows "Custom" unless it is a saved profile's values)."""
        fields = dict(profile.get("fields") or {})
        for key in PLACES:
            self.inputs[key].setText(str(profile.get(key) or ""))
        for key in KNOWN_FIELDS:
            self.inputs[key].setText(str(fields.pop(key, "") or ""))
        self.inputs["other"].setText("; ".join(f"{k}={v}" for k, v in fields.items()))
        self._edited()

    def summary(self) -> str:
        """One line naming the visitor, for the chat's first system line."""
        values = self.values()
        place = ", ".join(v for v in (values["city"], values["country"]) if v)
        return place or self.tr("unknown location")

    # --- saved profiles -----------------------------------------------------------------------

    def select(self, name: str) -> None:
        index = self._index_of(name)
        if index >= 0:
            self.choice.setCurrentIndex(index)
            self._load(self.profiles[index])

    def save_as(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save visitor profile"), self.tr("Name of this profile:")
        )
        name = name.strip()
        if not ok or not name:
            return
        profile = {"name": name, **self.values()}
        self.profiles = [p for p in self.profiles if p["name"] != name] + [profile]
        save_profiles(self.profiles)
        self._fill_choices()
        self.select(name)

    def delete_current(self) -> None:
        index = self.choice.currentIndex()
        if 0 <= index < len(self.profiles):
            del self.profiles[index]
            save_profiles(self.profiles)
            self._fill_choices()
            if self.profiles:
                self.select(self.profiles[0]["name"])

    def _fill_choices(self) -> None:
        self.choice.blockSignals(True)
        self.choice.clear()
        for profile in self.profiles:
            name = str(profile["name"])
            self.choice.addItem(self.tr(name) if name in DEFAULT_NAMES else name)
        self.choice.addItem(self.tr("Custom"))
        self.choice.blockSignals(False)

    def _index_of(self, name: str) -> int:
        return next((i for i, p in enumerate(self.profiles) if p["name"] == name), -1)

    def _chosen(self, index: int) -> None:
        if 0 <= index < len(self.profiles):
            self._load(self.profiles[index])
            QSettings().setValue(CHOSEN_KEY, self.profiles[index]["name"])
        self.delete_button.setEnabled(0 <= index < len(self.profiles))
        self.changed.emit()
        self.picked.emit()

    def _load(self, profile: Profile) -> None:
        for edit in self.inputs.values():
            edit.blockSignals(True)
        self.set_values(profile)
        for edit in self.inputs.values():
            edit.blockSignals(False)

    def _edited(self, *_args: object) -> None:
        """Typing in the form makes the visitor a custom one (saved profiles stay as they were)."""
        index = self.choice.currentIndex()
        if 0 <= index < len(self.profiles):
            saved = {k: v for k, v in self.profiles[index].items() if k != "name"}
            saved["fields"] = dict(saved.get("fields") or {})
            current = self.values()
            if all(str(saved.get(k) or "") == current[k] for k in PLACES) and (
                saved["fields"] == current["fields"]
            ):
                return
            self.choice.blockSignals(True)
            self.choice.setCurrentIndex(len(self.profiles))
            self.choice.blockSignals(False)
            self.delete_button.setEnabled(False)
        self.changed.emit()
