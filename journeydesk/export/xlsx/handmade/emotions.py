"""Reading how the customer feels from what people write in a map: emotion words in the languages
JourneyDesk reads, with their intensity ("very happy", "slightly annoyed", "not satisfied"), emoji
faces and emoticons, and numbers on whatever scale the map uses (1-5, 1-10, -2..+2, percentages),
all mapped onto JourneyDesk's -2..+2.
"""

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from journeydesk.export.xlsx.handmade.words import WordTable, fold

EMOTION_WORDS: dict[int, dict[str, tuple[str, ...]]] = {
    2: {
        "en": (
            "delighted",
            "thrilled",
            "excited",
            "ecstatic",
            "love",
            "amazed",
            "overjoyed",
            "elated",
            "fantastic",
            "wonderful",
            "awesome",
            "enthusiastic",
            "great$",
        ),
        "de": ("begeistert", "euphorisch", "überglücklich", "toll$", "super$", "fantastisch"),
        "fr": ("ravi", "enchanté", "enthousiaste", "emballé", "génial", "excité"),
        "es": ("encantad", "entusiasmad", "emocionad", "ilusionad", "fascinad", "genial"),
        "pt": ("encantad", "entusiasmad", "empolgad", "maravilhad", "ótimo"),
        "it": ("entusiast", "euforic", "felicissim", "emozionat", "fantastic"),
        "nl": ("enthousiast", "opgetogen", "dolblij", "verrukt", "geweldig"),
        "ru": ("восторг", "восхищ", "воодушевл", "счастлив", "отлично", "прекрасно"),
        "pl": ("zachwycon", "podekscytowan", "entuzjast", "świetnie"),
        "tr": ("heyecanl", "coşku", "bayıl", "harika"),
        "zh": ("惊喜", "兴奋", "激动", "狂喜", "超爽"),
    },
    1: {
        "en": (
            "happy",
            "glad",
            "pleased",
            "satisfied",
            "content$",
            "relieved",
            "confident",
            "hopeful",
            "curious",
            "interested",
            "good$",
            "positive",
            "calm",
            "comfortable",
            "reassured",
            "optimistic",
            "intrigued",
            "motivated",
            "impressed",
            "grateful",
            "relaxed",
            "safe$",
            "secure",
        ),
        "de": (
            "glücklich",
            "froh$",
            "freut",
            "zufrieden",
            "erleichtert",
            "neugierig",
            "interessiert",
            "gut$",
            "positiv",
            "zuversichtlich",
            "entspannt",
            "beruhigt",
            "optimistisch",
            "motiviert",
            "sicher$",
        ),
        "fr": (
            "content",
            "heureu",
            "satisfait",
            "soulagé",
            "confiant",
            "curieu",
            "intéressé",
            "rassuré",
            "bien$",
            "positif",
            "serein",
            "optimiste",
            "motivé",
        ),
        "es": (
            "contento",
            "animad",
            "feliz",
            "satisfech",
            "aliviad",
            "confiad",
            "curios",
            "interesad",
            "tranquil",
            "bien$",
            "positiv",
            "optimista",
            "motivad",
            "seguro",
        ),
        "pt": (
            "contente",
            "feliz",
            "satisfeit",
            "aliviad",
            "confiante",
            "animad",
            "curios",
            "interessad",
            "tranquil",
            "bem$",
            "positiv",
            "otimista",
            "motivad",
            "seguro",
        ),
        "it": (
            "content",
            "felice",
            "soddisfatt",
            "sollevat",
            "fiducios",
            "curios",
            "interessat",
            "tranquill",
            "bene$",
            "positiv",
            "ottimista",
            "motivat",
            "sicur",
        ),
        "nl": (
            "blij",
            "tevreden",
            "opgelucht",
            "gerustgesteld",
            "nieuwsgierig",
            "geïnteresseerd",
            "positief",
            "goed$",
            "rustig",
            "vrolijk",
            "optimistisch",
            "gemotiveerd",
        ),
        "ru": (
            "доволен",
            "довольн",
            "рад$",
            "рада$",
            "радост",
            "удовлетвор",
            "облегчени",
            "уверен",
            "любопыт",
            "интерес",
            "спокоен",
            "спокойств",
            "спокойн",
            "позитив",
            "хорошо",
            "нравится",
            "оптимист",
            "надежд",
        ),
        "pl": (
            "zadowolon",
            "szczęśliw",
            "usatysfakcjonowan",
            "ulga",
            "spokojn",
            "ciekaw",
            "zaciekaw",
            "zainteresowan",
            "pozytywn",
            "dobrze",
            "pewn",
            "optymist",
            "zmotywowan",
        ),
        "tr": (
            "mutlu",
            "memnun",
            "rahatla",
            "meraklı",
            "merak",
            "sakin",
            "olumlu",
            "pozitif",
            "iyi$",
            "umutlu",
            "güvende",
            "rahat$",
        ),
        "zh": (
            "开心",
            "愉快",
            "高兴",
            "满意",
            "满足",
            "放心",
            "安心",
            "好奇",
            "期待",
            "感兴趣",
            "轻松",
            "喜欢",
            "爽",
            "舒服",
            "信任",
        ),
    },
    0: {
        "en": ("neutral", "ok$", "okay", "fine$", "indifferent", "so-so", "mixed", "meh$"),
        "de": ("neutral", "gleichgültig", "geht so"),
        "fr": ("neutre", "indifférent", "mitigé", "bof$"),
        "es": ("neutral", "indiferente", "regular$"),
        "pt": ("neutro", "indiferente"),
        "it": ("neutral", "indifferent", "così così"),
        "nl": ("neutraal", "onverschillig"),
        "ru": ("нейтрал", "равнодуш", "нормально"),
        "pl": ("neutraln", "obojętn"),
        "tr": ("nötr", "kayıtsız", "idare eder"),
        "zh": ("中性", "一般", "平静", "无感"),
    },
    -1: {
        "en": (
            "confused",
            "unsure",
            "uncertain",
            "worried",
            "anxious",
            "nervous",
            "annoyed",
            "impatient",
            "bored",
            "disappointed",
            "skeptical",
            "sceptical",
            "doubtful",
            "unhappy",
            "sad$",
            "stressed",
            "overwhelmed",
            "irritated",
            "concerned",
            "lost$",
            "hesitant",
            "bad$",
            "negative",
            "tired",
            "insecure",
            "unsatisfied",
            "dissatisfied",
            "uneasy",
            "upset",
            "overloaded",
            "puzzled",
            "suspicious",
            "afraid",
            "scared",
            "impatience",
        ),
        "de": (
            "verwirrt",
            "unsicher",
            "besorgt",
            "nervös",
            "genervt",
            "ungeduldig",
            "gelangweilt",
            "enttäuscht",
            "skeptisch",
            "unzufrieden",
            "traurig",
            "gestresst",
            "überfordert",
            "irritiert",
            "schlecht",
            "negativ",
            "ängstlich",
            "zweifel",
            "verunsichert",
            "müde",
        ),
        "fr": (
            "confus",
            "perdu",
            "incertain",
            "inquiet",
            "inquiète",
            "anxieu",
            "agacé",
            "impatient",
            "ennuyé",
            "déçu",
            "sceptique",
            "mécontent",
            "malheureu",
            "insatisfait",
            "triste",
            "stressé",
            "dépassé",
            "méfiant",
            "négatif",
            "hésitant",
            "fatigué",
        ),
        "es": (
            "confundid",
            "confus",
            "insegur",
            "preocupad",
            "ansios",
            "nervios",
            "molest",
            "impacient",
            "aburrid",
            "decepcionad",
            "escéptic",
            "insatisfech",
            "triste",
            "estresad",
            "abrumad",
            "negativ",
            "dudos",
            "cansad",
        ),
        "pt": (
            "confus",
            "insegur",
            "preocupad",
            "ansios",
            "nervos",
            "irritad",
            "impacient",
            "entediad",
            "decepcionad",
            "desapontad",
            "cétic",
            "insatisfeit",
            "triste",
            "estressad",
            "sobrecarregad",
            "negativ",
            "cansad",
        ),
        "it": (
            "confus",
            "insicur",
            "preoccupat",
            "ansios",
            "nervos",
            "infastidit",
            "impazient",
            "annoiat",
            "delus",
            "scettic",
            "insoddisfatt",
            "scontent",
            "triste",
            "stressat",
            "sopraffatt",
            "negativ",
            "stanc",
        ),
        "nl": (
            "verward",
            "onzeker",
            "bezorgd",
            "nerveus",
            "geïrriteerd",
            "ongeduldig",
            "verveeld",
            "teleurgesteld",
            "sceptisch",
            "ontevreden",
            "verdrietig",
            "gestrest",
            "overweldigd",
            "negatief",
            "moe$",
            "twijfel",
        ),
        "ru": (
            "растерян",
            "запутан",
            "неуверен",
            "беспокой",
            "тревог",
            "тревож",
            "нервнича",
            "нервн",
            "раздраж",
            "нетерпени",
            "скучно",
            "скука",
            "разочаров",
            "скептич",
            "недоволен",
            "недовольн",
            "грустн",
            "стресс",
            "напряж",
            "сомнени",
            "сомнева",
            "негатив",
            "плохо",
            "устал",
            "неудобно",
            "непонятно",
            "неприятно",
        ),
        "pl": (
            "zdezorientowan",
            "zagubion",
            "niepewn",
            "zaniepokojon",
            "zmartwion",
            "nerwow",
            "zirytowan",
            "zniecierpliwion",
            "znudzon",
            "rozczarowan",
            "sceptyczn",
            "niezadowolon",
            "smutn",
            "zestresowan",
            "przytłoczon",
            "negatywn",
            "źle$",
            "zmęczon",
            "wątpliwoś",
        ),
        "tr": (
            "kafası karış",
            "şaşkın",
            "emin değil",
            "endişeli",
            "kaygılı",
            "gergin",
            "sinirli",
            "sabırsız",
            "sıkılmış",
            "sıkıldı",
            "hayal kırıklığı",
            "şüpheci",
            "memnuniyetsiz",
            "mutsuz",
            "üzgün",
            "stresli",
            "bunalmış",
            "olumsuz",
            "kötü",
            "yorgun",
            "tedirgin",
        ),
        "zh": (
            "困惑",
            "迷茫",
            "犹豫",
            "担心",
            "焦虑",
            "紧张",
            "不耐烦",
            "无聊",
            "失望",
            "怀疑",
            "不满",
            "难过",
            "压力",
            "疲惫",
            "烦",
            "不安",
            "纠结",
            "麻烦",
        ),
    },
    -2: {
        "en": (
            "frustrated",
            "frustrating",
            "angry",
            "furious",
            "desperate",
            "terrible",
            "awful",
            "hate",
            "outraged",
            "helpless",
            "panic",
            "disgusted",
            "miserable",
            "devastated",
            "fed up",
            "livid",
            "horrible",
        ),
        "de": (
            "frustriert",
            "wütend",
            "verärgert",
            "verzweifelt",
            "sauer",
            "hilflos",
            "entsetzt",
            "katastrophal",
            "furchtbar",
            "schrecklich",
            "panisch",
        ),
        "fr": (
            "frustré",
            "en colère",
            "furieu",
            "désespéré",
            "énervé",
            "exaspéré",
            "impuissant",
            "horrible",
            "paniqué",
        ),
        "es": ("frustrad", "enojad", "enfadad", "furios", "desesperad", "indignad", "impotente", "horrible", "fatal$"),
        "pt": ("frustrad", "zangad", "bravo", "furios", "desesperad", "revoltad", "impotente", "horrível", "péssimo"),
        "it": ("frustrat", "arrabbiat", "furios", "disperat", "indignat", "impotent", "orribile", "pessim"),
        "nl": ("gefrustreerd", "boos", "woedend", "wanhopig", "machteloos", "vreselijk", "verschrikkelijk"),
        "ru": (
            "фрустрац",
            "злость",
            "злой",
            "зол$",
            "гнев",
            "ярост",
            "отчаяни",
            "бессили",
            "возмущ",
            "бешенств",
            "ужасно",
            "ужас$",
            "паник",
            "бесит",
        ),
        "pl": (
            "sfrustrowan",
            "zły$",
            "zła$",
            "wściekł",
            "zdenerwowan",
            "zrozpaczon",
            "bezradn",
            "oburzon",
            "okropn",
            "fatalnie",
        ),
        "tr": ("öfkeli", "kızgın", "çaresiz", "umutsuz", "bıkmış", "berbat", "korkunç", "sinir bozucu"),
        "zh": ("沮丧", "愤怒", "生气", "恼火", "绝望", "崩溃", "无助", "抓狂", "糟糕", "受挫"),
    },
}

STRONGER = {
    "en": (
        "very",
        "extremely",
        "really",
        "super",
        "so",
        "totally",
        "highly",
        "completely",
        "absolutely",
        "incredibly",
        "deeply",
    ),
    "de": ("sehr", "extrem", "total", "äußerst", "richtig", "völlig", "echt", "super", "ganz", "besonders"),
    "fr": ("très", "extrêmement", "vraiment", "super", "trop", "totalement", "complètement"),
    "es": ("muy", "extremadamente", "súper", "super", "realmente", "totalmente", "sumamente"),
    "pt": ("muito", "extremamente", "super", "realmente", "totalmente"),
    "it": ("molto", "estremamente", "davvero", "super", "proprio", "totalmente", "veramente"),
    "nl": ("heel", "erg", "zeer", "extreem", "super", "echt", "ontzettend", "enorm"),
    "ru": ("очень", "крайне", "чрезвычайно", "супер", "сильно", "невероятно", "совершенно", "абсолютно"),
    "pl": ("bardzo", "ekstremalnie", "niezwykle", "super", "naprawdę", "strasznie", "całkowicie"),
    "tr": ("çok", "aşırı", "son derece", "gerçekten", "süper", "oldukça"),
    "zh": ("非常", "很", "特别", "极其", "极度", "超级", "十分", "超", "太"),
}
WEAKER = {
    "en": ("slightly", "a bit", "a little", "somewhat", "rather", "kind of", "mildly", "fairly", "a tad"),
    "de": ("etwas", "leicht", "ein bisschen", "ein wenig", "eher", "ziemlich"),
    "fr": ("un peu", "légèrement", "assez", "plutôt"),
    "es": ("un poco", "ligeramente", "algo", "bastante"),
    "pt": ("um pouco", "ligeiramente", "meio", "levemente"),
    "it": ("un po", "leggermente", "abbastanza", "piuttosto"),
    "nl": ("een beetje", "enigszins", "licht", "wat", "nogal"),
    "ru": ("немного", "слегка", "чуть", "несколько", "слегка"),
    "pl": ("trochę", "lekko", "nieco"),
    "tr": ("biraz", "hafif", "az"),
    "zh": ("有点", "有些", "稍微", "轻微", "略", "有一点"),
}
NEGATIONS = {
    "en": ("not", "no", "never", "isn't", "isnt", "don't", "dont", "doesn't", "hardly", "barely"),
    "de": ("nicht", "kein", "keine", "nie"),
    "fr": ("pas", "jamais"),
    "es": ("no", "nunca", "nada"),
    "pt": ("não", "nao", "nunca"),
    "it": ("non", "mai"),
    "nl": ("niet", "geen", "nooit"),
    "ru": ("не", "нет", "ни"),
    "pl": ("nie",),
    "tr": ("değil", "hiç"),
    "zh": ("不", "没", "没有", "未", "不太"),
}

FACES = {
    2: "😀😃😄😁😆🤩😍🥰😻🥳😂🤣🎉💯",
    1: "🙂😊☺😌😎👍🙌😉😋🤗👌💚💙❤♥",
    0: "😐😑😶🤔🫤😏",
    -1: "🙁☹😕😟😞😔😒🙄😬😥😓😪😮👎💔🥺",
    -2: "😠😡🤬😤😭😢😫😩😖😱🤯💢😣😰☠💀",
}
EMOTICONS = {
    ":-))": 2,
    ":))": 2,
    ":d": 2,
    ":-d": 2,
    ":)": 1,
    ":-)": 1,
    "=)": 1,
    ":|": 0,
    ":-|": 0,
    ":(": -1,
    ":-(": -1,
    ":/": -1,
    ":-/": -1,
    ":((": -2,
    ":'(": -2,
    ":-((": -2,
}

_TABLE: WordTable[int] = WordTable(EMOTION_WORDS)
_FACE_VALUES = {face: value for value, faces in FACES.items() for face in faces}
_FACE = re.compile("|".join(re.escape(face) for face in _FACE_VALUES))
_EMOTICON = re.compile(
    r"(?<![\w:])(" + "|".join(re.escape(item) for item in sorted(EMOTICONS, key=len, reverse=True)) + r")(?![\w)(])"
)
_NUMBER = re.compile(r"^\s*([+\-−–]?\s*\d+(?:[.,]\d+)?)\s*(%|/\s*(\d+))?\s*$")
_RANGE = re.compile(
    r"([+\-−–]?\d+)\s*(?:\.\.\.?|…|–|—|-|~|to|bis|à|a|al|до|do|ile|tot|到|至)\s*\+?(\d+)", re.IGNORECASE
)


def _phrases(table: dict[str, tuple[str, ...]]) -> frozenset[str]:
    return frozenset(fold(word) for words in table.values() for word in words)


_STRONGER, _WEAKER, _NEGATIONS = _phrases(STRONGER), _phrases(WEAKER), _phrases(NEGATIONS)
_CJK_MODIFIERS = sorted(
    (
        (word, kind)
        for kind, words in (("+", _STRONGER), ("-", _WEAKER), ("!", _NEGATIONS))
        for word in words
        if "\u4e00" <= word[0] <= "\u9fff"
    ),
    key=lambda item: -len(item[0]),
)


@dataclass(frozen=True)
class Scale:
    """The range a map's numbers are on, e.g. 1..5; it maps a value onto -2..+2."""

    low: float
    high: float

    def score(self, value: float) -> int:
        if self.high <= self.low:
            return 0
        position = -2 + 4 * (min(max(value, self.low), self.high) - self.low) / (self.high - self.low)
        return int(math.copysign(math.floor(abs(position) + 0.5), position))


OWN_SCALE = Scale(-2, 2)


@dataclass(frozen=True)
class Number:
    value: float
    percent: bool = False
    out_of: int | None = None  # "3/5" is 3 out of 5
    signed: bool = False  # written with a + or - sign


def number(text: str) -> Number | None:
    """The number a cell holds when it holds nothing else: ``4``, ``+1``, ``-2``, ``75%``, ``3/5``."""
    match = _NUMBER.match(text)
    if not match:
        return None
    written = match.group(1).replace(" ", "").replace("−", "-").replace("–", "-").replace(",", ".")
    out_of = int(match.group(3)) if match.group(3) else None
    if out_of == 0:
        return None
    return Number(float(written), match.group(2) == "%", out_of, written[0] in "+-")


def scale_for(texts: Iterable[str], label: str = "") -> Scale:
    """The scale the numbers of one lane (or one column) are on: said in its label ("Mood (1-10)"),
    else read from the numbers themselves."""
    hint = _RANGE.search(label)
    if hint:
        low, high = float(hint.group(1).replace("−", "-").replace("–", "-")), float(hint.group(2))
        if low < high <= 100:
            return Scale(low, high)
    numbers = [found for found in map(number, texts) if found is not None and found.out_of is None]
    if not numbers:
        return OWN_SCALE
    values = [found.value for found in numbers]
    low, high = min(values), max(values)
    if any(found.percent for found in numbers) or high > 10:
        return Scale(0, 100)
    if low < 0:
        reach = max(abs(low), abs(high))
        return Scale(-reach, reach) if reach > 2 else OWN_SCALE
    if high <= 2 and (low == 0 or any(found.signed for found in numbers)):
        return OWN_SCALE
    if low >= 1:
        return Scale(1, 5) if high <= 5 else Scale(1, 7) if high <= 7 else Scale(1, 10)
    return Scale(0, 5) if high <= 5 else Scale(0, 10)


def is_scale_value(text: str) -> bool:
    """A number that can be a score: a fraction, a percentage, or within -10..10 (not an amount)."""
    found = number(text)
    return found is not None and (found.out_of is not None or found.percent or abs(found.value) <= 10)


def is_score(text: str) -> bool:
    """A cell that only holds a number: it is a point of the curve, not something to read."""
    return number(text) is not None


def emotion(text: str, scale: Scale = OWN_SCALE) -> int | None:
    """How a cell says the customer feels, on -2..+2; None when it does not say."""
    found = number(text)
    if found is not None:
        if found.out_of is not None:
            return (Scale(1, 5) if found.out_of == 5 else Scale(0, found.out_of)).score(found.value)
        return (Scale(0, 100) if found.percent else scale).score(found.value)
    signals = _word_signals(text) + _face_signals(text)
    if not signals:
        return None
    mean = sum(signals) / len(signals)
    return int(math.copysign(math.floor(abs(mean) + 0.5), mean))


def _face_signals(text: str) -> list[int]:
    faces = [_FACE_VALUES[match.group()] for match in _FACE.finditer(text)]
    return faces + [EMOTICONS[match.group(1)] for match in _EMOTICON.finditer(fold(text))]


def _word_signals(text: str) -> list[int]:
    folded = fold(text)
    signals = []
    for found in _TABLE.finditer(text):
        value = found.key
        stronger, weaker, negated = _modifiers(folded[: found.start])
        if negated:  # "not happy", "not very happy": mildly the opposite
            value = -1 if value >= 0 else 1
        elif stronger and value:
            value = 2 if value > 0 else -2
        elif weaker and value:
            value = 1 if value > 0 else -1
        signals.append(value)
    return signals


def _modifiers(before: str) -> tuple[bool, bool, bool]:
    """Whether the words just before an emotion word strengthen, weaken or negate it."""
    for word, kind in _CJK_MODIFIERS:
        if before.endswith(word):
            return kind == "+", kind == "-", kind == "!"
    words = re.findall(r"[\w']+", before[-40:])[-3:]
    if not words or not before[-1:].isspace():
        return False, False, False
    last, pair = words[-1], " ".join(words[-2:])
    return (
        last in _STRONGER or pair in _STRONGER,
        last in _WEAKER or pair in _WEAKER,
        bool(set(words[-2:]) & _NEGATIONS),
    )
