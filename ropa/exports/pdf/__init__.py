"""The register of processing activities as a PDF document: register.py builds it (build_pdf)
from activity.py (one activity), annexes.py and blocks.py, on the pages of layout.py, with the
fonts and styles of styles.py (which the privacy notice's PDF shares); wrapping.py says where
a line may break (never inside a word but after "@", "/" or "-")."""

from ropa.exports.pdf.register import build_pdf

__all__ = ["build_pdf"]
