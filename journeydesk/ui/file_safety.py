"""The open file's lock, and a watch on it for changes made by someone else.

The watch compares what is on disk with what we last read or wrote (a digest of the contents), so our
own saves and a mere touch are not news. Qt stops watching a file that is replaced by a rename (which
is how most programs, this one included, save), so the folder is watched too.
"""

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from journeydesk.io import locks
from journeydesk.io.disk_state import DiskState, disk_state

SETTLE_MS = 300  # a save by another program is several events: look once they have settled


class FileSafety(QObject):
    changed_on_disk = Signal()
    vanished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self._known: DiskState | None = None  # what we last read or wrote
        self._told: DiskState | None = None  # what we last told about
        self._locked = False
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._look_soon)
        self._watcher.directoryChanged.connect(self._look_soon)
        self._look = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._look.timeout.connect(self.look)

    def take(self, path: Path | None, lock: bool) -> None:
        """The document shown is now ``path``: watch it, and lock it unless it is open read-only."""
        self.release()
        self.path = path
        if path is None:
            return
        self._known = self._told = disk_state(path)
        self._locked = lock and locks.acquire(path)
        self._watch()

    def saved(self, path: Path) -> None:
        """We wrote ``path``: that is what is on disk now, and it is ours."""
        if path != self.path:
            self.take(path, lock=True)
        else:
            self._known = self._told = disk_state(path)
            self._watch()

    def release(self) -> None:
        if self.path is not None and self._locked:
            locks.release(self.path)
        self._locked = False
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self.path = None

    def changed_since_read(self) -> bool:
        """Whether someone else wrote the file (or removed it) since we read or wrote it."""
        return self.path is not None and disk_state(self.path) != self._known

    def look(self) -> None:
        """Compare the disk with what was last told about; announce a change or a disappearance once."""
        if self.path is None:
            return
        self._watch()
        state = disk_state(self.path)
        if state == self._told:
            return
        self._told = state
        if state is None:
            self.vanished.emit()
        elif state != self._known:
            self.changed_on_disk.emit()

    def _look_soon(self) -> None:
        self._look.start()

    def _watch(self) -> None:
        assert self.path is not None
        for path in (self.path, self.path.parent):
            if path.exists() and str(path) not in self._watcher.files() + self._watcher.directories():
                self._watcher.addPath(str(path))
