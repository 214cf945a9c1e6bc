"""Qt item models over the core's read models (rows from ropa.core.queries) and their proxies."""
