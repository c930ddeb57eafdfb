"""The start-up check that names missing system packages instead of letting Qt abort."""

from journeydesk.ui import platform_check


def test_xcb_is_only_assumed_on_linux_without_wayland_or_another_platform() -> None:
    assert platform_check.uses_xcb({"DISPLAY": ":0"}, "linux")
    assert platform_check.uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not platform_check.uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not platform_check.uses_xcb({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not platform_check.uses_xcb({}, "darwin")
    assert not platform_check.uses_xcb({}, "win32")


def test_no_display_is_explained() -> None:
    problem = platform_check.window_system_problem({"QT_QPA_PLATFORM": "xcb"})
    assert problem is not None
    assert "DISPLAY is not set" in problem


def test_missing_libraries_name_their_debian_packages(monkeypatch) -> None:
    libraries = {"libc.so.6": "libc6", "libjourneydesk-missing.so.9": "libjourneydesk-missing9"}
    assert platform_check.missing_packages(libraries) == ["libjourneydesk-missing9"]
    monkeypatch.setattr(platform_check, "XCB_LIBRARIES", libraries)
    problem = platform_check.window_system_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"})
    assert problem == (
        "Qt needs system libraries that are not installed: libjourneydesk-missing9. "
        "Install them with: sudo apt install libjourneydesk-missing9"
    )


def test_offscreen_needs_nothing() -> None:
    assert platform_check.window_system_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
