"""How a rating reads. Severity, impact and effort may be unset: a map imported from a source that
never gave them says so, instead of showing a made-up middle value."""

NOT_RATED = "not rated"


def rating_text(value: int | None) -> str:
    """``4`` -> ``"4"``, unset -> ``"not rated"``."""
    return NOT_RATED if value is None else str(value)


def impact_effort_text(impact: int | None, effort: int | None) -> str:
    """The short badge of an action: ``"I4 · E2"``, ``"I4 · E–"``, or ``"not rated"``."""
    if impact is None and effort is None:
        return NOT_RATED
    return f"I{'–' if impact is None else impact} · E{'–' if effort is None else effort}"
