"""The steps of a conversation, each one undoable: open a thread, reply, resolve or reopen it, delete
a reply or the whole thread.

A thread is an object of its journey with an id (see :mod:`journeydesk.document.objects`): opening
one adds it, a reply or a resolution sets its fields, deleting removes it. Deleting the card or
stage it is about removes it in the same step (:func:`journeydesk.document.plans.removal`).
"""

from journeydesk.document import plans
from journeydesk.document.apply import dump
from journeydesk.document.operations import Add, Remove, set_fields
from journeydesk.document.vote_edits import VoteEdits
from journeydesk.model.comments import CommentThread, Reply, now
from journeydesk.model.ids import new_id
from journeydesk.model.words import shortened


class CommentEdits(VoteEdits):
    def thread(self, journey_id: str, thread_id: str) -> CommentThread:
        return next(thread for thread in self.document.journey(journey_id).comments if thread.id == thread_id)

    def add_comment(self, journey_id: str, target: str, author: str, text: str) -> str:
        """Open a thread on ``target`` (a card's or stage's id, or the journey's); returns its id.
        Raises ValueError (pydantic's) for an empty author or text."""
        threads = self.document.journey(journey_id).comments
        thread = CommentThread(id=new_id("comment"), target=target, author=author, time=now(), text=text)
        thread.order, room = plans.column_key("comment", journey_id, threads, len(threads))
        self.push([*room, Add("comment", journey_id, dump(thread))], f"Comment on {self._about(journey_id, target)}")
        return thread.id

    def reply(self, journey_id: str, thread_id: str, author: str, text: str) -> str:
        thread = self.thread(journey_id, thread_id)
        answer = Reply(id=new_id("reply"), author=author, time=now(), text=text)
        self._set(journey_id, thread_id, {"replies": [*thread.replies, answer]}, "Reply")
        return answer.id

    def set_resolved(self, journey_id: str, thread_id: str, resolved: bool = True) -> None:
        if self.thread(journey_id, thread_id).resolved != resolved:
            self._set(journey_id, thread_id, {"resolved": resolved}, "Resolve" if resolved else "Reopen")

    def delete_reply(self, journey_id: str, thread_id: str, reply_id: str) -> None:
        replies = [reply for reply in self.thread(journey_id, thread_id).replies if reply.id != reply_id]
        self._set(journey_id, thread_id, {"replies": replies}, "Delete Reply")

    def delete_comment(self, journey_id: str, thread_id: str) -> None:
        """Delete the thread with its replies."""
        about = self._about(journey_id, self.thread(journey_id, thread_id).target)
        self.push([Remove("comment", journey_id, thread_id)], f"Delete Comment on {about}")

    def _set(self, journey_id: str, thread_id: str, values: dict[str, object], action: str) -> None:
        """A step named for what it does and what the thread is about: "Resolve Comment on Stage “Buy”"."""
        about = self._about(journey_id, self.thread(journey_id, thread_id).target)
        noun = "" if action.endswith("Reply") else " Comment"
        self.push([set_fields("comment", journey_id, thread_id, values)], f"{action}{noun} on {about}")

    def _about(self, journey_id: str, target: str) -> str:
        return shortened(self.document.journey(journey_id).target_label(target), 48)
