"""Ratings and statuses a cell says itself: "Long queue (high)", "!!! Card declined", "Severity: 4",
"Impact high, effort low", "[done]". Only what is said, in a place that marks it as a rating
(brackets, a label, a line or a prefix of its own), so "Low battery warning" is no low severity.
Levels run 1..5: very low, low, medium, high, critical.
"""

import re

from journeydesk.export.xlsx.handmade.words import WordTable, fold
from journeydesk.model.enums import ActionStatus

LEVEL_WORDS: dict[int, dict[str, tuple[str, ...]]] = {
    5: {
        "en": ("critical", "very high", "blocker", "showstopper", "severe", "extreme"),
        "de": ("kritisch", "sehr hoch", "schwerwiegend", "blockierend"),
        "fr": ("critique", "très élevé", "très élevée", "très haute", "très haut", "bloquant"),
        "es": ("crítico", "crítica", "muy alto", "muy alta", "grave$"),
        "pt": ("muito alto", "muito alta", "crítico", "crítica", "grave$"),
        "it": ("critico", "critica", "molto alto", "molto alta", "grave$"),
        "nl": ("kritiek", "zeer hoog", "blokkerend"),
        "ru": ("критичн", "критическ", "очень высок", "блокирующ"),
        "pl": ("krytyczn", "bardzo wysok"),
        "tr": ("kritik", "çok yüksek", "engelleyici"),
        "zh": ("严重", "极高", "非常高", "致命", "紧急"),
    },
    4: {
        "en": ("high", "major", "important"),
        "de": ("hoch", "hohe$", "hoher$", "wichtig"),
        "fr": ("élevé", "élevée", "haute", "haut$", "fort$", "forte$", "important"),
        "es": ("alto", "alta", "importante"),
        "pt": ("alto", "alta", "importante"),
        "it": ("alto", "alta", "importante"),
        "nl": ("hoog", "belangrijk"),
        "ru": ("высок", "важн"),
        "pl": ("wysok", "ważn"),
        "tr": ("yüksek", "önemli"),
        "zh": ("高", "重要"),
    },
    3: {
        "en": ("medium", "moderate", "mid$", "average", "normal"),
        "de": ("mittel", "mittlere", "mäßig"),
        "fr": ("moyen", "moyenne", "modéré"),
        "es": ("medio", "media", "moderado", "moderada"),
        "pt": ("médio", "média", "moderado", "moderada"),
        "it": ("medio", "media", "moderato", "moderata"),
        "nl": ("gemiddeld", "middel", "matig"),
        "ru": ("средн", "умерен"),
        "pl": ("średni", "umiarkowan"),
        "tr": ("orta",),
        "zh": ("中$", "中等"),
    },
    2: {
        "en": ("low", "minor"),
        "de": ("niedrig", "gering"),
        "fr": ("faible", "bas$", "basse"),
        "es": ("bajo", "baja", "leve"),
        "pt": ("baixo", "baixa", "leve"),
        "it": ("basso", "bassa", "lieve"),
        "nl": ("laag", "klein"),
        "ru": ("низк", "незначительн"),
        "pl": ("nisk", "drobn"),
        "tr": ("düşük", "az$"),
        "zh": ("低", "轻微"),
    },
    1: {
        "en": ("very low", "trivial", "negligible", "cosmetic", "minimal"),
        "de": ("sehr niedrig", "sehr gering", "vernachlässigbar"),
        "fr": ("très faible", "très bas", "négligeable"),
        "es": ("muy bajo", "muy baja", "insignificante"),
        "pt": ("muito baixo", "muito baixa", "insignificante"),
        "it": ("molto basso", "molto bassa", "trascurabile"),
        "nl": ("zeer laag", "verwaarloosbaar"),
        "ru": ("очень низк", "пренебрежим"),
        "pl": ("bardzo nisk", "znikom"),
        "tr": ("çok düşük", "önemsiz"),
        "zh": ("极低", "很低", "可忽略"),
    },
}

RATING_LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "severity": {
        "en": ("severity", "sev$", "priority", "prio$", "urgency", "criticality"),
        "de": ("schweregrad", "schwere", "priorität", "dringlichkeit"),
        "fr": ("gravité", "sévérité", "priorité", "urgence"),
        "es": ("gravedad", "severidad", "prioridad", "urgencia"),
        "pt": ("gravidade", "severidade", "prioridade", "urgência"),
        "it": ("gravità", "severità", "priorità", "urgenza"),
        "nl": ("ernst", "prioriteit", "urgentie"),
        "ru": ("серьезност", "серьёзност", "критичност", "приоритет", "важност", "срочност"),
        "pl": ("waga$", "priorytet", "istotnoś", "ważnoś", "pilnoś"),
        "tr": ("önem derecesi", "öncelik", "ciddiyet", "aciliyet"),
        "zh": ("严重程度", "严重性", "优先级", "紧急程度"),
    },
    "impact": {
        "en": ("impact", "value$", "benefit"),
        "de": ("wirkung", "nutzen", "auswirkung"),
        "fr": ("valeur", "bénéfice"),
        "es": ("impacto", "valor$", "beneficio"),
        "pt": ("valor$", "benefício"),
        "it": ("impatto", "valore", "beneficio"),
        "nl": ("waarde", "effect", "opbrengst"),
        "ru": ("влияни", "эффект", "ценност"),
        "pl": ("wpływ", "wartoś", "korzyś"),
        "tr": ("etki", "değer", "fayda"),
        "zh": ("影响", "价值", "收益"),
    },
    "effort": {
        "en": ("effort", "cost$", "complexity"),
        "de": ("aufwand", "kosten", "komplexität"),
        "fr": ("coût", "complexité"),
        "es": ("esfuerzo", "costo", "coste", "complejidad"),
        "pt": ("esforço", "custo", "complexidade"),
        "it": ("sforzo", "costo", "complessità"),
        "nl": ("inspanning", "moeite", "complexiteit"),
        "ru": ("усили", "трудозатрат", "затрат", "сложност", "стоимост"),
        "pl": ("wysiłek", "nakład", "koszt", "złożonoś"),
        "tr": ("efor", "çaba", "maliyet", "karmaşıklık"),
        "zh": ("工作量", "成本", "难度", "投入"),
    },
    "status": {
        "en": ("status", "state$"),
        "de": ("status", "stand$"),
        "fr": ("statut", "état$"),
        "es": ("estado",),
        "pt": ("estado", "situação"),
        "it": ("stato$",),
        "nl": ("status",),
        "ru": ("статус", "состояни"),
        "pl": ("status", "stan$"),
        "tr": ("durum",),
        "zh": ("状态", "进度"),
    },
}

STATUS_WORDS: dict[ActionStatus, dict[str, tuple[str, ...]]] = {
    ActionStatus.DONE: {
        "en": ("done", "completed", "finished", "implemented"),
        "de": ("erledigt", "umgesetzt", "abgeschlossen", "fertig"),
        "fr": ("fait$", "terminé", "réalisé"),
        "es": ("hecho", "completado", "terminado", "implementado"),
        "pt": ("feito", "concluído", "implementado"),
        "it": ("fatto", "completato", "completata", "realizzato"),
        "nl": ("klaar", "gedaan", "afgerond"),
        "ru": ("сделано", "готово", "выполнено", "реализовано"),
        "pl": ("zrobione", "gotowe", "zakończone", "wdrożone"),
        "tr": ("tamamlandı", "bitti", "yapıldı"),
        "zh": ("已完成", "完成"),
    },
    ActionStatus.IN_PROGRESS: {
        "en": ("in progress", "ongoing", "started", "wip$", "underway", "under way"),
        "de": ("in arbeit", "läuft", "in umsetzung", "begonnen"),
        "fr": ("en cours",),
        "es": ("en curso", "en progreso", "en marcha"),
        "pt": ("em andamento", "em curso"),
        "it": ("in corso",),
        "nl": ("bezig", "lopend", "in uitvoering"),
        "ru": ("в работе", "в процессе"),
        "pl": ("w toku", "w trakcie", "w realizacji"),
        "tr": ("devam ediyor", "sürüyor"),
        "zh": ("进行中", "实施中"),
    },
    ActionStatus.PLANNED: {
        "en": ("planned", "scheduled", "to do", "todo", "backlog"),
        "de": ("geplant",),
        "fr": ("prévu", "planifié"),
        "es": ("planificado", "previsto", "planeado"),
        "pt": ("planejado", "planeado", "previsto"),
        "it": ("pianificato", "previsto"),
        "nl": ("gepland",),
        "ru": ("запланирован", "в планах"),
        "pl": ("zaplanowan",),
        "tr": ("planlandı", "planlanan"),
        "zh": ("计划中", "已计划"),
    },
    ActionStatus.IDEA: {
        "en": ("idea$",),
        "de": ("idee$",),
        "fr": ("idée$",),
        "es": ("idea$",),
        "pt": ("ideia$",),
        "it": ("idea$",),
        "nl": ("idee$",),
        "ru": ("идея$",),
        "pl": ("pomysł$",),
        "tr": ("fikir$",),
        "zh": ("想法$",),
    },
}

_LEVELS: WordTable[int] = WordTable(LEVEL_WORDS)
_LABELS: WordTable[str] = WordTable(RATING_LABELS)
_STATUSES: WordTable[ActionStatus] = WordTable(STATUS_WORDS)
_SEPARATORS = " \t:=-–—|,;.()[]{}"
_MARKS = re.compile(r"(?<![\w!])(!{1,5})(?![\w!])")
_OUT_OF = re.compile(r"(\d+(?:[.,]\d+)?)\s*/\s*(5|10|100)")
_DIGIT = re.compile(r"([1-5])(?![\d.,/])")
_STARS = re.compile(r"([★⭐]+)[☆✩]*")
_WORD_END = re.compile(r"\w*")
_BRACKETS = re.compile(r"[(\[{]([^()\[\]{}]{1,30})[)\]}]")
_PREFIX = re.compile(r"^\s*([^:\-–—|\n]{1,24}?)\s*(?::|\s[-–—|])\s*\S")
_SUFFIX = re.compile(r"\S\s*(?::|[-–—|,;]\s)\s*([^:\-–—|,;\n]{1,24}?)\s*$")


def _level_from_number(number: float, out_of: int) -> int:
    return max(1, min(5, round(number * 5 / out_of))) if out_of != 5 else max(1, min(5, round(number)))


def _value(text: str, whole: bool) -> int | None:
    """A rating at the start of ``text`` (all of it when ``whole``): a level word, 3/5, 4, !!!, ★★★."""
    text = text.strip(_SEPARATORS.replace("(", "").replace("[", ""))
    folded = fold(text)
    candidates: list[tuple[int, int]] = []  # (value, length it takes)
    found = _LEVELS.first(text)
    if found is not None and found.start == 0:  # "high" also takes the rest of "highest", "высок" of "высокая"
        candidates.append((found.key, _WORD_END.match(folded, found.end).end()))
    out_of = _OUT_OF.match(folded)
    if out_of:
        candidates.append((_level_from_number(float(out_of[1].replace(",", ".")), int(out_of[2])), out_of.end()))
    digit = _DIGIT.match(folded)
    if digit and not whole:  # a bare digit only right after a label: "Severity 4"
        candidates.append((int(digit[1]), digit.end()))
    marks = _MARKS.match(folded)
    if marks:
        candidates.append((_marks_level(marks[1]), marks.end()))
    stars = _STARS.match(folded)
    if stars and len(stars[0]) <= 5:
        candidates.append((len(stars[1]), stars.end()))
    for value, length in candidates:
        if not whole or not folded[length:].strip(_SEPARATORS):
            return value
    return None


def _marks_level(marks: str) -> int:
    """ "!" low, "!!" medium, "!!!" high, more is critical."""
    return min(5, len(marks) + 1)


def _labelled(text: str, label: str) -> int | None:
    """The level given with a label: "Severity: high", "high priority", "Impact 4/5"."""
    folded = fold(text)
    for found in _LABELS.finditer(text):
        if found.key != label:
            continue
        rest = folded[found.end :]
        after = None if rest.lstrip().startswith((",", ";", "/")) else _value(rest, whole=False)
        if after is not None:  # "Impact: high", "effort 2/5"
            return after
        before = folded[: found.start].rstrip(" :-–")
        for words in (1, 2):
            tail = " ".join(before.split()[-words:])
            value = _value(tail, whole=True) if tail else None
            if value is not None:
                return value
    return None


def severity_in(text: str) -> int | None:
    """The severity a pain point's cell states, or None."""
    labelled = _labelled(text, "severity")
    if labelled is not None:
        return labelled
    for piece in _set_off(text):
        value = _value(piece, whole=True)
        if value is not None:
            return value
    marks = _MARKS.search(text)
    if marks:
        return _marks_level(marks[1])
    stars = _STARS.search(text)
    return len(stars[1]) if stars and len(stars[0]) <= 5 else None


def impact_and_effort_in(text: str) -> tuple[int | None, int | None]:
    """The impact and effort an action's cell states, each None when not said."""
    return _labelled(text, "impact"), _labelled(text, "effort")


def status_in(text: str) -> ActionStatus | None:
    """The status an action's cell states: "Status: done", "(in progress)", "[planned]"."""
    folded = fold(text)
    for found in _LABELS.finditer(text):
        if found.key == "status":
            status = _STATUSES.first(folded[found.end :].lstrip(_SEPARATORS))
            if status is not None and status.start == 0:
                return status.key
    for inner in _BRACKETS.findall(folded):
        status = _STATUSES.first(inner.strip())
        if status is not None and status.start == 0 and not inner.strip()[status.end :].strip():
            return status.key
    return None


def _set_off(text: str) -> list[str]:
    """The parts of a cell that stand apart from its sentence: bracketed, a line of their own, a
    prefix before a colon or dash, a suffix after one."""
    text = fold(text)
    pieces = list(_BRACKETS.findall(text))
    lines = [line for line in text.splitlines() if line.strip()]
    pieces += lines if len(lines) > 1 else []
    for line in lines:
        pieces += [match[1] for pattern in (_PREFIX, _SUFFIX) if (match := pattern.search(line))]
    return pieces
