"""Drafts of a breach's notification to the supervisory authority and of its letter to the
people concerned (Art. 33-34 GDPR), filled from the register's record (builder.py)."""

from ropa.exports.breach.builder import FORMATS, KINDS, build_breach_document, missing_items

__all__ = ["FORMATS", "KINDS", "build_breach_document", "missing_items"]
