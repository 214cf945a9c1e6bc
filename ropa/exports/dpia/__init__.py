"""The report of a data protection impact assessment (Art. 35-36 GDPR), filled from the
register's record (builder.py)."""

from ropa.exports.dpia.builder import FORMATS, build_dpia_report, dpia_document, missing_items

__all__ = ["FORMATS", "build_dpia_report", "dpia_document", "missing_items"]
