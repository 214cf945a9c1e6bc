"""The public privacy notice, derived from the register: a structured document (model.py) built
from the organisation's activities (builder.py), rendered as HTML, Markdown, PDF or DOCX, and
published as numbered versions (versions.py)."""
