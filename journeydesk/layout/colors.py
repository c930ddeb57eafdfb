"""Small colour arithmetic on #rrggbb strings."""


def darker(color: str, factor: float = 0.8) -> str:
    """``color`` with each channel scaled by ``factor``."""
    channels = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(channel * factor):02x}" for channel in channels)


def mix(color: str, other: str, amount: float) -> str:
    """``amount`` (0..1) of ``other`` mixed into ``color``."""
    a = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(a, b, strict=True))
