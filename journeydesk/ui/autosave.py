"""Unsaved work copied to the recovery folder as it happens.

A copy is written once editing pauses, and never later than a few seconds after the first change it
has not kept, even while typing goes on: a crash loses at most the last 5 seconds. The project is
turned into bytes on the main thread (a few milliseconds) and written, atomically, by a thread of its
own, so a slow or network disk never holds up the interface. Saving the document, or closing it, removes the copy.
"""

import logging
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress

from PySide6.QtCore import QObject, QTimer, Signal

from journeydesk.document import JourneyDocument
from journeydesk.io import JourneyDeskError, dumps
from journeydesk.io.recovery import RecoveryStore

log = logging.getLogger(__name__)
MOST_LOST_S = 5.0  # what a crash may cost, at most
PAUSE_MS = 1500  # a copy this long after the last edit
DEADLINE_MS = 4000  # and no later than this after the first change not yet kept (writing takes the rest of 5 s)
WAIT_ON_CRASH_S = 10.0


class Autosaver(QObject):
    kept = Signal()  # a copy was written (from the writer thread; received in the main one)

    def __init__(self, store: RecoveryStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.key = uuid.uuid4().hex
        self._document: JourneyDocument | None = None
        self._closed = False
        self._copy_kept = False  # whether a copy under the current key may be on disk
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._pause.timeout.connect(self.keep_now)
        self._deadline = QTimer(self, singleShot=True, interval=DEADLINE_MS)  # not restarted by edits
        self._deadline.timeout.connect(self.keep_now)

    def follow(self, document: JourneyDocument, key: str | None = None) -> None:
        """Keep copies of ``document`` from now on (under ``key``, to go on with a recovered copy); the
        previous document's copy goes, as that document was saved or given up."""
        self._let_go()
        self.discard()
        self.key = key or uuid.uuid4().hex
        self._copy_kept = key is not None  # a recovered copy is there already
        self._document = document
        document.undo_stack.indexChanged.connect(self._edited)
        document.undo_stack.cleanChanged.connect(self._edited)
        document.changed.connect(self._edited)  # also what others change in a live session
        self._edited()

    def _edited(self, *_: object) -> None:
        document = self._document
        if document is None or not document.is_modified:
            self.discard()  # saved, or undone back to what was saved
            return
        self._pause.start()  # (re)starts: waits for a pause in editing
        if not self._deadline.isActive():
            self._deadline.start()

    def keep_now(self, wait: bool = False) -> bool:
        """Write a copy of the unsaved work now; False when there is none to keep. With ``wait``,
        return only once the copy is on disk (raising what kept it from getting there)."""
        self._pause.stop()
        self._deadline.stop()
        document = self._document
        if document is None or not document.is_modified:
            return False
        self._copy_kept = True
        data = dumps(document.project)
        title = document.path.name if document.path else document.project.title or "Untitled"
        written = self._writer.submit(self.store.save, self.key, data, title, document.path)
        written.add_done_callback(self._written)
        if wait:
            written.result(timeout=WAIT_ON_CRASH_S)
        return True

    def _written(self, written: Future) -> None:
        error = written.exception()
        if error is None:
            self.kept.emit()
        elif isinstance(error, JourneyDeskError):
            log.warning("could not keep a recovery copy: %s", error)
        else:
            log.error("could not keep a recovery copy", exc_info=error)

    def discard(self) -> None:
        """No unsaved work: the copy goes (after any write still under way)."""
        self._pause.stop()
        self._deadline.stop()
        if self._copy_kept and not self._closed:
            self._writer.submit(self.store.discard, self.key)
        self._copy_kept = False

    def close(self) -> None:
        """The document was closed on purpose: its copy goes, and the writer ends."""
        self._let_go()
        self.discard()
        self._closed = True
        self._writer.shutdown(wait=True)

    def _let_go(self) -> None:
        if self._document is not None:
            with suppress(RuntimeError):  # already gone, and its connections with it
                self._document.undo_stack.indexChanged.disconnect(self._edited)
                self._document.undo_stack.cleanChanged.disconnect(self._edited)
                self._document.changed.disconnect(self._edited)
            self._document = None
