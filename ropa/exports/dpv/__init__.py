"""The register as JSON-LD in the W3C Data Privacy Vocabulary (DPV 2.x, with its GDPR
extension), for other tools: document.py builds the graph from process.py (an activity) and
entities.py (the organisation, parties and catalogue entries); vocabulary.py holds the terms
allowed (resources/dpv/terms.json) and the mappings, which docs/dpv.md describes."""

from __future__ import annotations

from ropa.exports.dpv.document import build_document, export_dpv

__all__ = ["build_document", "export_dpv"]
