"""Finding words from a multilingual table in a text.

A table maps keys to the words that name them, language by language. A word matches at the start
of a word of the text and as a prefix ("feel" finds "Feelings"), unless it ends in ``$``, which
makes it a whole word ("ad$" finds "Ad" but not "Adult"). A space in a word also matches a hyphen,
an underscore or nothing ("pain point" finds "Painpoints" and "pain-points"). Chinese words match
anywhere, since Chinese has no spaces. Case, accents written as separate marks, full-width forms and
Turkish dotted capitals are all folded away first.
"""

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

Key = TypeVar("Key")
Words = Mapping[str, tuple[str, ...]]  # language -> words

_SEPARATORS = re.compile(r"[\s\-_]+")


def fold(text: str) -> str:
    """The text as it is compared: NFKC, case-folded, Turkish dotted and dotless i alike (an upper-case
    "FIRSATLAR" is "fırsatlar")."""
    return unicodedata.normalize("NFKC", text).casefold().replace("\u0307", "").replace("ı", "i")


def _is_cjk(word: str) -> bool:
    return any("\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" for char in word)


# German and Dutch glue words together: "Kundenziel", "Klantdoel" name a goal like "Ziel" and "doel".
_COMPOUND_HEADS = r"(?:kunden|kunde|klanten|klant|nutzer|gebruikers|gebruiker)?"
_HEADS = re.compile("^" + _COMPOUND_HEADS)


def _body(word: str) -> str:
    whole = word.endswith("$")
    word = fold(word.removesuffix("$"))
    body = r"[\s\-_]*".join(re.escape(part) for part in word.split(" "))
    return body + (r"(?!\w)" if whole and not _is_cjk(word) else "")


def _bare(text: str) -> str:
    return _SEPARATORS.sub("", fold(text).removesuffix("$"))


@dataclass(frozen=True)
class Found(Generic[Key]):
    key: Key
    start: int
    end: int


class WordTable(Generic[Key]):
    """The words of a table compiled into one expression; longer words win where two start at once."""

    def __init__(self, entries: Mapping[Key, Words]) -> None:
        self._keys: dict[str, Key] = {}
        patterns: list[str] = []
        for key, languages in entries.items():
            for words in languages.values():
                for word in words:
                    bare = _bare(word)
                    if bare and bare not in self._keys:
                        self._keys[bare] = key
                        patterns.append(word)
        patterns.sort(key=lambda word: -len(_bare(word)))
        spaced = "|".join(_body(word) for word in patterns if not _is_cjk(word))
        chinese = "|".join(_body(word) for word in patterns if _is_cjk(word))
        alternatives = [f"(?<!\\w){_COMPOUND_HEADS}(?:{spaced})"] if spaced else []
        self._expression = re.compile("|".join([*alternatives, *([chinese] if chinese else [])]))

    def finditer(self, text: str) -> Iterator[Found[Key]]:
        """Every word of the table in ``text``, left to right (positions in the folded text)."""
        for match in self._expression.finditer(fold(text)):
            bare = _bare(match.group())
            key = self._keys.get(bare)
            yield Found(key if key is not None else self._keys[_HEADS.sub("", bare)], match.start(), match.end())

    def first(self, text: str) -> Found[Key] | None:
        """The word that comes first in ``text``."""
        return next(self.finditer(text), None)

    def key(self, text: str) -> Key | None:
        found = self.first(text)
        return found.key if found else None
