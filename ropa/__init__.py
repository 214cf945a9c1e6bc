"""ropa: a GDPR record of processing activities and the privacy notice derived from it."""

__version__ = "0.1.0"
