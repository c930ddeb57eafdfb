"""The closed vocabularies of a journey map, each value with the label people see."""

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum whose members carry a human label; the value is what the file stores."""

    @property
    def label(self) -> str:
        return _LABELS[self]


class LaneKind(LabelledEnum):
    GOAL = "goal"
    ACTIONS = "actions"
    TOUCHPOINTS = "touchpoints"
    THOUGHTS = "thoughts"
    EMOTIONS = "emotions"
    PAIN_POINTS = "pain_points"
    IMPROVEMENTS = "improvements"
    BACKSTAGE = "backstage"
    KPIS = "kpis"
    NOTES = "notes"
    CUSTOM = "custom"


class CardKind(LabelledEnum):
    TOUCHPOINT = "touchpoint"
    PAIN_POINT = "pain_point"
    IMPROVEMENT = "improvement"
    NOTE = "note"


class Channel(LabelledEnum):
    WEBSITE = "website"
    MOBILE_APP = "mobile_app"
    EMAIL = "email"
    PHONE = "phone"
    CHAT = "chat"
    SOCIAL_MEDIA = "social_media"
    ADVERTISING = "advertising"
    SEARCH = "search"
    WORD_OF_MOUTH = "word_of_mouth"
    REVIEWS = "reviews"
    IN_STORE = "in_store"
    EVENT = "event"
    POST = "post"
    SMS = "sms"
    VIDEO = "video"
    CUSTOM = "custom"


class JourneyState(LabelledEnum):
    CURRENT = "current"
    FUTURE = "future"


class VoteTargets(LabelledEnum):
    """Which cards a dot vote is about."""

    PAIN_POINTS = "pain_points"
    IMPROVEMENTS = "improvements"
    ANY = "any"


class ActionStatus(LabelledEnum):
    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"


_LABELS: dict[LabelledEnum, str] = {
    LaneKind.GOAL: "Customer goal",
    LaneKind.ACTIONS: "Actions",
    LaneKind.TOUCHPOINTS: "Touchpoints",
    LaneKind.THOUGHTS: "Thinking & saying",
    LaneKind.EMOTIONS: "Emotions",
    LaneKind.PAIN_POINTS: "Pain points",
    LaneKind.IMPROVEMENTS: "Improvement actions",
    LaneKind.BACKSTAGE: "Backstage",
    LaneKind.KPIS: "KPIs",
    LaneKind.NOTES: "Notes",
    LaneKind.CUSTOM: "Custom",
    CardKind.TOUCHPOINT: "Touchpoint",
    CardKind.PAIN_POINT: "Pain point",
    CardKind.IMPROVEMENT: "Improvement action",
    CardKind.NOTE: "Note",
    Channel.WEBSITE: "Website",
    Channel.MOBILE_APP: "Mobile app",
    Channel.EMAIL: "E-mail",
    Channel.PHONE: "Phone",
    Channel.CHAT: "Chat",
    Channel.SOCIAL_MEDIA: "Social media",
    Channel.ADVERTISING: "Advertising",
    Channel.SEARCH: "Search",
    Channel.WORD_OF_MOUTH: "Word of mouth",
    Channel.REVIEWS: "Reviews",
    Channel.IN_STORE: "In store",
    Channel.EVENT: "Event",
    Channel.POST: "Post",
    Channel.SMS: "SMS",
    Channel.VIDEO: "Video",
    Channel.CUSTOM: "Custom",
    JourneyState.CURRENT: "Current state",
    JourneyState.FUTURE: "Future state",
    VoteTargets.PAIN_POINTS: "Pain points",
    VoteTargets.IMPROVEMENTS: "Improvement actions",
    VoteTargets.ANY: "Any cards",
    ActionStatus.IDEA: "Idea",
    ActionStatus.PLANNED: "Planned",
    ActionStatus.IN_PROGRESS: "In progress",
    ActionStatus.DONE: "Done",
}
