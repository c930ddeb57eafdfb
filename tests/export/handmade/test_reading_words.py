"""What single labels and cells say: lane kinds, emotions, channels and ratings, in every language
JourneyDesk reads."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeydesk.export.xlsx.handmade import channels, emotions, keywords, ratings
from journeydesk.export.xlsx.handmade.keywords import LANE_WORDS, LANGUAGES, RowUse, lane_role
from journeydesk.export.xlsx.handmade.words import WordTable, fold
from journeydesk.model.enums import ActionStatus, Channel, LaneKind

LANE_LABELS = {
    # English, with long labels and odd spellings
    "Feeling (emoji/graphic representation of the feeling + short description)": LaneKind.EMOTIONS,
    "Painpoints: in each step e.g. did you need to hand in an application in person…": LaneKind.PAIN_POINTS,
    "Opportunities – what could the university do better?": LaneKind.IMPROVEMENTS,
    "Doing": LaneKind.ACTIONS,
    "Thinking / saying": LaneKind.THOUGHTS,
    "Barriers": LaneKind.PAIN_POINTS,
    "Moments of truth": LaneKind.NOTES,
    "Front stage": LaneKind.BACKSTAGE,
    "Backstage / systems": LaneKind.BACKSTAGE,
    "KPIs & metrics": LaneKind.KPIS,
    "Touchpoints / channels": LaneKind.TOUCHPOINTS,
    "Marketing channel": RowUse.CHANNELS,
    "Customer goals": LaneKind.GOAL,
    # German, French, Spanish, Portuguese, Italian, Dutch
    "Gedanken & Gefühle": LaneKind.THOUGHTS,
    "Gefühle": LaneKind.EMOTIONS,
    "Schmerzpunkte": LaneKind.PAIN_POINTS,
    "Berührungspunkte": LaneKind.TOUCHPOINTS,
    "Verbesserungsideen": LaneKind.IMPROVEMENTS,
    "Points de contact": LaneKind.TOUCHPOINTS,
    "Irritants": LaneKind.PAIN_POINTS,
    "Émotions": LaneKind.EMOTIONS,
    "Puntos de dolor": LaneKind.PAIN_POINTS,
    "Oportunidades de mejora": LaneKind.IMPROVEMENTS,
    "Pontos de contato": LaneKind.TOUCHPOINTS,
    "Sentimentos": LaneKind.EMOTIONS,
    "Punti di contatto": LaneKind.TOUCHPOINTS,
    "Criticità": LaneKind.PAIN_POINTS,
    "Klantdoel": LaneKind.GOAL,
    "Pijnpunten": LaneKind.PAIN_POINTS,
    # Russian, Polish, Turkish, Chinese
    "Барьеры": LaneKind.PAIN_POINTS,
    "Решения": LaneKind.IMPROVEMENTS,
    "Точки контакта": LaneKind.TOUCHPOINTS,
    "Эмоции": LaneKind.EMOTIONS,
    "Мысли": LaneKind.THOUGHTS,
    "Действия": LaneKind.ACTIONS,
    "Punkty styku": LaneKind.TOUCHPOINTS,
    "Emocje": LaneKind.EMOTIONS,
    "Problemy": LaneKind.PAIN_POINTS,
    "Temas noktaları": LaneKind.TOUCHPOINTS,
    "Duygular": LaneKind.EMOTIONS,
    "Fırsatlar": LaneKind.IMPROVEMENTS,
    "ENGELLER": LaneKind.PAIN_POINTS,
    "İHTİYAÇLAR": LaneKind.GOAL,
    "用户行为": LaneKind.ACTIONS,
    "痛点/机会": LaneKind.PAIN_POINTS,
    "机会点": LaneKind.IMPROVEMENTS,
    "情绪": LaneKind.EMOTIONS,
    "触点": LaneKind.TOUCHPOINTS,
    "渠道": RowUse.CHANNELS,
}


@pytest.mark.parametrize("label", sorted(LANE_LABELS))
def test_lane_labels_in_every_language_name_their_kind(label: str) -> None:
    assert lane_role(label) is LANE_LABELS[label]


def test_every_lane_kind_has_words_in_every_language() -> None:
    codes = {"en", "de", "fr", "es", "pt", "it", "nl", "ru", "pl", "tr", "zh"}
    assert len(LANGUAGES) == len(codes)
    for role, languages in LANE_WORDS.items():
        assert set(languages) == codes, role


def test_a_word_belongs_to_one_kind_only() -> None:
    owners: dict[str, object] = {}
    for role, languages in LANE_WORDS.items():
        for words in languages.values():
            for word in words:
                bare = fold(word).replace(" ", "").replace("$", "")
                assert owners.setdefault(bare, role) is role, f"{word!r} names {owners[bare]} and {role}"


def test_words_match_at_word_starts_only() -> None:
    table = WordTable({"x": {"en": ("happy", "ad$")}})
    assert table.key("Happy customers") == "x"
    assert table.key("unhappy") is None
    assert table.key("Instagram ad") == "x" and table.key("Adult") is None


EMOTIONS = {
    "Happy": 1,
    "Very happy": 2,
    "Satisfied": 1,
    "Curious": 1,
    "Slightly annoyed": -1,
    "Extremely frustrated": -2,
    "not happy": -1,
    "Delighted!": 2,
    "Confused and a bit lost": -1,
    "OK": 0,
    "😀": 2,
    "🙂 finally found it": 1,
    "😡": -2,
    ":-(": -1,
    "sehr zufrieden": 2,
    "etwas unsicher": -1,
    "très content": 2,
    "un peu perdu": -1,
    "muy contento": 2,
    "muito satisfeito": 2,
    "molto deluso": -2,
    "teleurgesteld": -1,
    "Очень доволен": 2,
    "не доволен": -1,
    "Раздражение": -1,
    "bardzo zadowolony": 2,
    "çok mutlu": 2,
    "endişeli": -1,
    "😐 怀疑": -1,
    "很满意": 2,
    "不满意": -1,
    "有点失望": -1,
}


@pytest.mark.parametrize("text", sorted(EMOTIONS))
def test_emotion_words_emoji_and_intensity(text: str) -> None:
    assert emotions.emotion(text) == EMOTIONS[text]


def test_text_without_a_feeling_says_nothing() -> None:
    assert emotions.emotion("Opens the website") is None
    assert emotions.emotion("see https://example.com") is None


@pytest.mark.parametrize(
    ("texts", "label", "expected"),
    [
        (["1", "3", "5", "4"], "", [-2, 0, 2, 1]),  # 1-5
        (["1", "0", "-2", "+1"], "", [1, 0, -2, 1]),  # JourneyDesk's own -2..+2
        (["7", "9", "3", "10"], "", [1, 2, -1, 2]),  # 1-10
        (["20%", "55%", "90%"], "", [-1, 0, 2]),
        (["2", "6"], "Mood (1-10)", [-2, 0]),  # the label says the scale
        (["-3", "0", "3"], "", [-2, 0, 2]),
    ],
)
def test_numbers_are_read_on_the_scale_the_lane_uses(texts: list[str], label: str, expected: list[int]) -> None:
    scale = emotions.scale_for(texts, label)
    assert [emotions.emotion(text, scale) for text in texts] == expected


def test_a_fraction_carries_its_own_scale() -> None:
    assert [emotions.emotion(text) for text in ("1/5", "5/5", "8/10")] == [-2, 2, 1]


CHANNELS = {
    "E-mail, phone": [Channel.EMAIL, Channel.PHONE],
    "Instagram": [Channel.SOCIAL_MEDIA],
    "Call centre": [Channel.PHONE],
    "Online checkout": [Channel.WEBSITE],
    "Telefon / E-Mail": [Channel.PHONE, Channel.EMAIL],
    "Магазин": [Channel.IN_STORE],
    "Сайт": [Channel.WEBSITE],
    "Aplikacja mobilna": [Channel.MOBILE_APP],
    "Mağaza": [Channel.IN_STORE],
    "门店": [Channel.IN_STORE],
    "Post-purchase e-mail": [Channel.EMAIL],
    "A form to fill in": [],
}


@pytest.mark.parametrize("text", sorted(CHANNELS))
def test_channel_words(text: str) -> None:
    assert channels.channels_in(text) == CHANNELS[text]


SEVERITIES = {
    "Long queue (high)": 4,
    "!!! Card declined": 4,
    "Severity: 4": 4,
    "Severity 2/5": 2,
    "Critical: the app crashes": 5,
    "Long wait\nLow": 2,
    "Очередь (высокая)": 4,
    "Warteschlange [hoch]": 4,
    "等待时间长（高）": 4,
    "★★★☆☆ slow": 3,
    "Low battery warning appears too late": None,
    "High prices": None,
    "Too expensive!": None,
    "3/5 users failed": None,
}


@pytest.mark.parametrize("text", sorted(SEVERITIES))
def test_a_severity_counts_only_where_the_cell_says_it(text: str) -> None:
    assert ratings.severity_in(text) == SEVERITIES[text]


def test_impact_effort_and_status_are_read_when_labelled() -> None:
    assert ratings.impact_and_effort_in("Prefill the form (impact 4/5, effort 2/5)") == (4, 2)
    assert ratings.impact_and_effort_in("Chatbot – Aufwand: hoch, Nutzen: mittel") == (3, 4)
    assert ratings.impact_and_effort_in("High impact, low effort") == (4, 2)
    assert ratings.impact_and_effort_in("Add a size finder") == (None, None)
    assert ratings.status_in("Size finder (in progress)") is ActionStatus.IN_PROGRESS
    assert ratings.status_in("Status: erledigt") is ActionStatus.DONE
    assert ratings.status_in("Done deal with partners") is None


@given(st.text(max_size=60))
@settings(max_examples=200, deadline=None)
def test_readers_never_fail_on_odd_text(text: str) -> None:
    keywords.lane_role(text)
    emotions.emotion(text, emotions.scale_for([text], text))
    channels.channels_in(text)
    ratings.severity_in(text)
    ratings.impact_and_effort_in(text)
    ratings.status_in(text)
