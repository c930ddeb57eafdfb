"""Before Qt starts: can it open a window here? If not, say which system package is missing.

Qt aborts the process when its xcb platform plugin cannot load, with a message that names no
package. On Linux with X11 we look for the libraries that plugin links against first.
"""

import ctypes
import os
import sys

# soname -> the Debian/Ubuntu package that provides it
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
}


def uses_xcb(environ: dict[str, str] | os._Environ[str] = os.environ, platform: str = sys.platform) -> bool:
    if not platform.startswith("linux"):
        return False
    requested = environ.get("QT_QPA_PLATFORM", "")
    if requested:
        return requested.startswith("xcb")
    return not environ.get("WAYLAND_DISPLAY")


def missing_packages(libraries: dict[str, str] | None = None) -> list[str]:
    missing = []
    for soname, package in (XCB_LIBRARIES if libraries is None else libraries).items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def window_system_problem(environ: dict[str, str] | os._Environ[str] = os.environ) -> str | None:
    """A sentence saying why no window can open here, or None when it can."""
    if not uses_xcb(environ):
        return None
    if not environ.get("DISPLAY"):
        return (
            "no display to open a window on (DISPLAY is not set). Run it on a desktop, or set "
            "QT_QPA_PLATFORM=offscreen for a window-less run."
        )
    missing = missing_packages()
    if missing:
        return (
            "Qt needs system libraries that are not installed: "
            f"{', '.join(missing)}. Install them with: sudo apt install {' '.join(missing)}"
        )
    return None
