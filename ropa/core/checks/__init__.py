"""Compliance checks: rules that read an organisation's register and say what is missing or
risky, each with its severity, the GDPR article behind it and the exact entity and field."""
