"""The health-check panel: what the map suggests needs attention; click a finding to see it on the map,
dismiss it when it does not apply (the dismissal is kept in the file)."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeydesk.document import ChangeSet, JourneyDocument
from journeydesk.document.edits import Edits
from journeydesk.model.health import Finding, Principle, check
from journeydesk.model.words import count
from journeydesk.style.icons import icon

REFRESH_DELAY_MS = 250  # edits come in bursts: check once they pause
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 1


class HealthPanel(QWidget):
    target_clicked = Signal(object)  # Target: ("stage" | "lane" | "card", id)

    def __init__(self) -> None:
        super().__init__()
        self.document: JourneyDocument | None = None
        self.edits: Edits | None = None
        self.journey_id: str | None = None
        self.findings: list[Finding] = []
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.dismiss = QPushButton("Dismiss")
        self.dismiss.setToolTip("Set this finding aside; it stays dismissed in the file")
        self.dismiss.clicked.connect(self._toggle_dismissed)
        self.show_dismissed = QCheckBox("Show dismissed")
        self.show_dismissed.toggled.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(self.dismiss)
        row.addWidget(self.show_dismissed)
        row.addStretch()
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        column.addWidget(self.summary)
        column.addWidget(self.list, 1)
        column.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

    def bind(self, document: JourneyDocument, edits: Edits, journey_id: str) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_changed)
        self.document, self.edits = document, edits
        document.changed.connect(self._on_changed)
        self.show_journey(journey_id)

    def show_journey(self, journey_id: str) -> None:
        self.journey_id = journey_id
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.journey_id in changes.journeys or changes.project:
            self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        if self.document is None or self.journey_id is None:
            return
        journey = self.document.journey(self.journey_id)
        dismissed = set(journey.dismissed)
        every = check(journey)
        self.findings = [f for f in every if self.show_dismissed.isChecked() or f.key not in dismissed]
        open_count = sum(1 for finding in every if finding.key not in dismissed)
        if not journey.cards:
            summary = "Nothing to check yet: suggestions appear as the map fills up."
        elif not open_count:
            summary = "Nothing to report: every rule passes."
        else:
            summary = f"{count(open_count, 'suggestion')} for what to do next"
            summary += f" ({len(every) - open_count} dismissed)" if len(every) > open_count else ""
        self.summary.setText(summary)
        selected = self._selected()
        current = selected.key if selected is not None else None
        self.list.clear()
        self._list_conflicts()
        for principle in Principle:
            findings = [finding for finding in self.findings if finding.rule.principle is principle]
            if not findings:
                continue
            heading = QListWidgetItem(principle.value)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.list.addItem(heading)
            for finding in findings:
                item = QListWidgetItem(finding.message)
                item.setData(Qt.ItemDataRole.UserRole, finding.key)
                item.setToolTip(finding.rule.why)
                item.setIcon(
                    icon(
                        "action-help" if finding.key in dismissed else "card-pain_point",
                        "#8a94a6" if finding.key in dismissed else "#d98a14",
                    )
                )
                self.list.addItem(item)
                if finding.key == current:
                    self.list.setCurrentItem(item)
        self._update_buttons()

    def _list_conflicts(self) -> None:
        """Unresolved merge conflicts of this journey (and of the project) come first."""
        assert self.document is not None
        conflicts = [
            conflict for conflict in self.document.project.conflicts if conflict.journey_id in (None, self.journey_id)
        ]
        if not conflicts:
            return
        heading = QListWidgetItem(f"Resolve merge conflicts ({len(conflicts)})")
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.list.addItem(heading)
        for conflict in conflicts:
            field = f": {conflict.field.replace('_', ' ')}" if conflict.field else ""
            item = QListWidgetItem(
                icon("action-merge", "#c4553b"), f"{conflict.label}{field} differs between the merged versions"
            )
            item.setData(CONFLICT_ROLE, conflict.id)
            item.setToolTip("Open it in the Conflicts panel to choose a side")
            self.list.addItem(item)

    def finding(self, key: str) -> Finding | None:
        return next((finding for finding in self.findings if finding.key == key), None)

    def _selected(self) -> Finding | None:
        item = self.list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item else None
        return self.finding(key) if key else None

    def _update_buttons(self) -> None:
        finding = self._selected()
        dismissed = bool(
            finding
            and self.document
            and self.journey_id
            and finding.key in self.document.journey(self.journey_id).dismissed
        )
        self.dismiss.setEnabled(finding is not None)
        self.dismiss.setText("Restore" if dismissed else "Dismiss")

    def _activated(self, item: QListWidgetItem) -> None:
        conflict_id = item.data(CONFLICT_ROLE)
        if conflict_id:
            self.target_clicked.emit(("conflict", conflict_id))
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        finding = self.finding(key) if key else None
        if finding is not None:
            self.target_clicked.emit(finding.target)

    def _toggle_dismissed(self) -> None:
        finding = self._selected()
        if finding is None or self.edits is None or self.document is None or self.journey_id is None:
            return
        dismissed = finding.key in self.document.journey(self.journey_id).dismissed
        self.edits.dismiss_finding(self.journey_id, finding.key, dismissed=not dismissed)
        self.refresh()
