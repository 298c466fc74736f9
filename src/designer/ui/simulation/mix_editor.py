"""The visitor-mix editor: who the simulated visitors are, how often they come, when they leave.

One table row per profile (name, weight, country, region, city, page URL,
drop rate), plus the pace of arrivals and chats. The file format is the
engine's (:mod:`designer.engine.profiles`), so a mix saved here runs with
``designer simulate --profiles`` and back. A profile's known fields and
weighted answers have no column: they are kept as loaded and listed in the
name's tooltip, so editing a row in the table never loses them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.atomic_file import write_atomic
from designer.engine.profiles import DEFAULT_MIX, Profile, ProfileMix, load_profile_mix
from designer.errors import DesignerError
from designer.ui.theme import themed_style

COLUMNS = ("name", "weight", "country", "region", "city", "page_url", "drop_rate")
NAME, WEIGHT, DROP = 0, 1, 6
PROFILE_ROLE = Qt.ItemDataRole.UserRole  # the row's loaded Profile (fields and answers)
FILE_FILTER = QT_TRANSLATE_NOOP("MixEditor", "Profile mix (*.json);;All files (*)")

Index = QModelIndex | QPersistentModelIndex


class _NumberDelegate(QStyledItemDelegate):
    """Weight as a plain number; drop rate (a 0-1 chance in files) shown and edited as a percent."""

    def __init__(self, percent: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.percent = percent

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QDoubleSpinBox(parent)
        if self.percent:
            box.setRange(0.0, 100.0)
            box.setDecimals(1)
            box.setSuffix("%")
        else:
            box.setRange(0.01, 1_000_000.0)
            box.setDecimals(2)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = float(index.data(Qt.ItemDataRole.EditRole) or 0.0)
        assert isinstance(editor, QDoubleSpinBox)
        editor.setValue(value * 100 if self.percent else value)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        value = editor.value()
        model.setData(index, value / 100 if self.percent else value, Qt.ItemDataRole.EditRole)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        value = float(index.data(Qt.ItemDataRole.EditRole) or 0.0)
        option.text = f"{value * 100:g}%" if self.percent else f"{value:g}"  # type: ignore[attr-defined]


class MixEditor(QWidget):
    """Edits a :class:`ProfileMix`; ``mix()`` returns it or raises a DesignerError sentence."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("profile-table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Weight"),
                self.tr("Country"),
                self.tr("Region"),
                self.tr("City"),
                self.tr("Page URL"),
                self.tr("Drop rate"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setItemDelegateForColumn(WEIGHT, _NumberDelegate(False, self.table))
        self.table.setItemDelegateForColumn(DROP, _NumberDelegate(True, self.table))
        self.table.horizontalHeaderItem(DROP).setToolTip(
            self.tr("The chance a visitor leaves at each step where they must answer")
        )
        self.table.itemChanged.connect(self._edited)

        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.load_button = QPushButton(self.tr("Load…"), self)
        self.save_button = QPushButton(self.tr("Save…"), self)
        self.default_button = QPushButton(self.tr("Default mix"), self)
        self.add_button.clicked.connect(self.add_profile)
        self.remove_button.clicked.connect(self.remove_selected)
        self.load_button.clicked.connect(self.choose_and_load)
        self.save_button.clicked.connect(self.choose_and_save)
        self.default_button.clicked.connect(self.use_default)

        self.arrival = QDoubleSpinBox(self)
        self.arrival.setObjectName("arrival-seconds")
        self.arrival.setRange(0.1, 86_400.0)
        self.arrival.setDecimals(1)
        self.arrival.setSuffix(self.tr(" s"))
        self.chat = QDoubleSpinBox(self)
        self.chat.setObjectName("chat-minutes")
        self.chat.setRange(0.1, 1_440.0)
        self.chat.setDecimals(1)
        self.chat.setSuffix(self.tr(" min"))
        self.arrival.valueChanged.connect(self._edited)
        self.chat.valueChanged.connect(self._edited)

        self.file_label = QLabel(self)
        self.file_label.setObjectName("mix-file")
        themed_style(self.file_label, "color: {muted};")
        self.error = QLabel(self)
        self.error.setObjectName("mix-error")
        self.error.setWordWrap(True)
        themed_style(self.error, "color: {error};")
        self.error.hide()

        pace = QFormLayout()
        pace.addRow(self.tr("Time between visitors (mean):"), self.arrival)
        pace.addRow(self.tr("Length of a live chat (mean):"), self.chat)
        rows = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            rows.addWidget(button)
        rows.addStretch(1)
        rows.addWidget(self.default_button)
        files = QHBoxLayout()
        files.addWidget(self.load_button)
        files.addWidget(self.save_button)
        files.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(rows)
        layout.addLayout(files)
        layout.addLayout(pace)
        layout.addWidget(self.error)
        self.path: Path | None = None
        self.set_mix(DEFAULT_MIX)

    # --- the mix ----------------------------------------------------------------------------

    def set_mix(self, mix: ProfileMix) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for profile in mix.profiles:
            self._append(profile)
        self.table.blockSignals(False)
        self.arrival.blockSignals(True)
        self.chat.blockSignals(True)
        self.arrival.setValue(mix.arrival_seconds)
        self.chat.setValue(mix.chat_minutes)
        self.arrival.blockSignals(False)
        self.chat.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.show_error("")
        self.changed.emit()

    def use_default(self) -> None:
        self.set_mix(DEFAULT_MIX)
        self._set_path(None)

    def mix(self) -> ProfileMix:
        """The mix as edited; a DesignerError names the row and what to fix."""
        profiles = []
        for row in range(self.table.rowCount()):
            kept = self.table.item(row, NAME).data(PROFILE_ROLE)
            values: dict[str, Any] = kept.model_dump() if isinstance(kept, Profile) else {}
            for column, key in enumerate(COLUMNS):
                item = self.table.item(row, column)
                value = item.data(Qt.ItemDataRole.EditRole) if item else None
                if column in (WEIGHT, DROP):
                    values[key] = float(value or 0.0)
                else:
                    text = str(value or "").strip()
                    values[key] = text or (self.tr("Visitor") if key == "name" else None)
            try:
                profiles.append(Profile.model_validate(values))
            except ValidationError as exc:
                err = exc.errors()[0]
                where = ".".join(str(p) for p in err["loc"])
                raise DesignerError(
                    self.tr("row {0}, {1}: {2}").format(row + 1, where, err["msg"]),
                    code="invalid-profiles",
                ) from None
        if not profiles:
            raise DesignerError(
                self.tr("the mix has no visitor profile; add one, or choose Default mix"),
                code="invalid-profiles",
            )
        return ProfileMix(
            arrival_seconds=self.arrival.value(), chat_minutes=self.chat.value(), profiles=profiles
        )

    def add_profile(self) -> None:
        self.table.blockSignals(True)
        self._append(Profile(name=self.tr("New visitors")))
        self.table.blockSignals(False)
        self.table.setCurrentCell(self.table.rowCount() - 1, NAME)
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def _append(self, profile: Profile) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, key in enumerate(COLUMNS):
            value = getattr(profile, key)
            item = QTableWidgetItem()
            if column in (WEIGHT, DROP):
                item.setData(Qt.ItemDataRole.EditRole, float(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            else:
                item.setData(Qt.ItemDataRole.EditRole, value or "")
            self.table.setItem(row, column, item)
        name = self.table.item(row, NAME)
        name.setData(PROFILE_ROLE, profile)
        name.setToolTip(self._extras(profile))

    def _extras(self, profile: Profile) -> str:
        lines = []
        if profile.fields:
            known = ", ".join(f"{k} = {v}" for k, v in profile.fields.items())
            lines.append(self.tr("Known fields: {0}").format(known))
        for card, weights in profile.answers.items():
            answers = ", ".join(f"{k} × {w:g}" for k, w in weights.items())
            lines.append(self.tr("Answers at {0}: {1}").format(card, answers))
        return "\n".join(lines)

    def _edited(self, *_args: object) -> None:
        self.changed.emit()

    # --- files ------------------------------------------------------------------------------

    def load(self, path: str | Path) -> bool:
        """Read a profile-mix file; a bad one leaves the mix as it was and says why."""
        try:
            mix = load_profile_mix(path)
        except DesignerError as exc:
            self.show_error(str(exc))
            return False
        self.set_mix(mix)
        self._set_path(Path(path))
        return True

    def save(self, path: str | Path) -> bool:
        """Write the mix in the engine's format, atomically."""
        try:
            payload = dumps_mix(self.mix())
            write_atomic(path, payload.encode("utf-8"))
        except DesignerError as exc:
            self.show_error(str(exc))
            return False
        self._set_path(Path(path))
        self.show_error("")
        return True

    def choose_and_load(self) -> None:
        folder = str(self.path.parent) if self.path else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load a visitor mix"), folder, self.tr(FILE_FILTER)
        )
        if name:
            self.load(name)

    def choose_and_save(self) -> None:
        suggested = str(self.path) if self.path else "profiles.json"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the visitor mix"), suggested, self.tr(FILE_FILTER)
        )
        if name:
            self.save(name)

    def _set_path(self, path: Path | None) -> None:
        self.path = path
        self.file_label.setText(path.name if path else "")
        self.file_label.setToolTip(str(path) if path else "")

    def show_error(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.setVisible(bool(sentence))


def dumps_mix(mix: ProfileMix) -> str:
    """The mix as the engine reads it: only the keys a profile sets, two-space JSON."""
    data = mix.model_dump(mode="json", exclude_none=True)
    for profile in data["profiles"]:
        for key in ("fields", "answers"):
            if not profile.get(key):
                profile.pop(key, None)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
