"""Live sessions: a project shared as a Yjs document (pycrdt), carried by a y-websocket relay.

- :mod:`~journeydesk.collab.mapping`: where each object and field of a project lives in the Doc;
  writing objects into it (local edits) and reading them out. No Qt.
- :mod:`~journeydesk.collab.view`: the project the Doc holds, object by object, checked against the
  models and with references left dangling by concurrent edits repaired alike on every peer. No Qt.
- :mod:`~journeydesk.collab.mirror`: each completed local step written into the Doc. No Qt.
- :mod:`~journeydesk.collab.reconcile`: remote changes to the Doc turned into operations applied
  to the document, all or nothing; invalid ones refused. No Qt.
- :mod:`~journeydesk.collab.replica`: one peer of a session: its Doc, its awareness and the
  y-websocket messages; remote changes become operations for the document. No Qt.
- :mod:`~journeydesk.collab.relay`: the room server (pycrdt-websocket on hypercorn) with a token
  check and SQLite persistence, in the app or as ``journeydesk relay``. No Qt.
- :mod:`~journeydesk.collab.invite`: join links.
- :mod:`~journeydesk.collab.link` and :mod:`~journeydesk.collab.session`: the websocket connection in
  a thread of its own, and the session that ties a :class:`JourneyDocument` to it (QtCore).
"""
