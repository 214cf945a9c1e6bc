"""Colours that follow the palette: light or dark, the texts stay readable.

Widgets never hard-code a colour: they ask this module for one (e.g. `error_style()` for the
error lines under inputs), which picks a shade with enough contrast (WCAG 2: at least 4.5:1)
against the current window background. `dark_palette()` is the dark palette used by the tests
and the screenshot script (with the Fusion style).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

MIN_CONTRAST = 4.5  # WCAG 2.x, level AA, normal text

ERROR_ON_LIGHT = "#b3261e"  # Material 3 "error" (light scheme)
ERROR_ON_DARK = "#f2b8b5"  # Material 3 "error" (dark scheme)
WARNING_ON_LIGHT = "#8a5300"
WARNING_ON_DARK = "#ffb95c"


def _palette(palette: QPalette | None) -> QPalette:
    if palette is not None:
        return palette
    if QGuiApplication.instance() is not None:
        return QGuiApplication.palette()
    return QPalette()


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 black ... 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio of two colours, 1 (same) to 21 (black on white)."""
    a, b = relative_luminance(first), relative_luminance(second)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def background(palette: QPalette | None = None) -> QColor:
    return _palette(palette).color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (light text on a dark background)."""
    return relative_luminance(background(palette)) < 0.18


def readable(colour: QColor, on: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """colour, made lighter (on a dark background) or darker (on a light one) until its
    contrast with `on` reaches minimum; the hue is kept."""
    result = QColor(colour)
    lighten = relative_luminance(on) < 0.18
    for _ in range(40):
        if contrast_ratio(result, on) >= minimum:
            return result
        result = result.lighter(110) if lighten else result.darker(110)
        if lighten and result.lightness() >= 250:
            break
    fallback = QColor("#ffffff" if lighten else "#000000")
    return result if contrast_ratio(result, on) >= minimum else fallback


def error_colour(palette: QPalette | None = None) -> QColor:
    """The colour of error texts: a red readable on the palette's window background."""
    back = background(palette)
    base = QColor(ERROR_ON_DARK if is_dark(palette) else ERROR_ON_LIGHT)
    return readable(base, back)


def warning_colour(palette: QPalette | None = None) -> QColor:
    """The colour of warning texts: an amber readable on the palette's window background."""
    back = background(palette)
    base = QColor(WARNING_ON_DARK if is_dark(palette) else WARNING_ON_LIGHT)
    return readable(base, back)


def error_style(palette: QPalette | None = None) -> str:
    """A style sheet for a label that shows an error, in the current palette."""
    return f"color: {error_colour(palette).name()};"


def warning_style(palette: QPalette | None = None) -> str:
    """A style sheet for a label that shows a warning, in the current palette."""
    return f"color: {warning_colour(palette).name()};"


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (tests, screenshots, platforms without one)."""
    window = QColor("#202124")
    base = QColor("#17181a")
    text = QColor("#e8eaed")
    disabled = QColor("#8a8d91")
    highlight = QColor("#3d6fa8")
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#26282b"),
        QPalette.ColorRole.ToolTipBase: QColor("#303134"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: disabled,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#2d2f33"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff8a80"),
        QPalette.ColorRole.Light: QColor("#3c3f44"),
        QPalette.ColorRole.Midlight: QColor("#33363a"),
        QPalette.ColorRole.Mid: QColor("#2a2c30"),
        QPalette.ColorRole.Dark: QColor("#111214"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#8ab4f8"),
        QPalette.ColorRole.LinkVisited: QColor("#c58af9"),
    }
    for role, colour in roles.items():
        palette.setColor(role, colour)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor("#3a3c40"))
    return palette
