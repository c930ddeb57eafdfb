"""Where the shipped resources (templates, schema, icons, fonts) are at run time.

An installed wheel and the PyInstaller bundle carry them inside the package as
``journeydesk/resources``; a source checkout or an editable install has them at the top of the repo.
"""

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError(f"JourneyDesk's resources folder is missing (looked beside {_PACKAGE_DIR})")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
