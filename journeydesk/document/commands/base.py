"""The base of every command: run inside a document batch, so one step announces its changes once."""

from PySide6.QtGui import QUndoCommand

from journeydesk.document.document import JourneyDocument


class DocumentCommand(QUndoCommand):
    def __init__(self, document: JourneyDocument, text: str = "") -> None:
        super().__init__(text)
        self.document = document

    def redo(self) -> None:
        with self.document.batch():
            self.apply()

    def undo(self) -> None:
        with self.document.batch():
            self.revert()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class Macro(DocumentCommand):
    """Several commands as one undo step: they run in order and are undone in reverse.

    The parts stay Python objects of this command rather than Qt children: Qt would own and delete
    them on its side while Python still holds them.
    """

    def __init__(self, document: JourneyDocument, text: str) -> None:
        super().__init__(document, text)
        self.parts: list[DocumentCommand] = []

    def add(self, command: DocumentCommand) -> None:
        self.parts.append(command)

    def apply(self) -> None:
        for part in self.parts:
            part.apply()

    def revert(self) -> None:
        for part in reversed(self.parts):
            part.revert()
