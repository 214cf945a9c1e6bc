"""Rules on the cookies and similar trackers of the organisation's website: what the notice
must say of each (purpose, lifetime) and when one may be set without consent."""

from __future__ import annotations

from collections.abc import Iterator

from ropa.core.checks.engine import CheckContext, rule
from ropa.core.checks.model import Finding, Severity

EPRIVACY = "ePrivacy Directive Art. 5(3)"


@rule("cookie.consent_not_in_notice", Severity.WARNING, f"{EPRIVACY}; GDPR Art. 13")
def cookie_consent_not_in_notice(ctx: CheckContext) -> Iterator[Finding]:
    """A cookie placed with consent is listed in the notice's cookie table, but the processing
    behind it is explained only if it belongs to an active activity in the notice."""
    for cookie in ctx.organisation["cookies"]:
        if not cookie["consent_required"]:
            continue
        activity = ctx.activity_by_id.get(cookie["activity_id"] or "")
        explained = (
            activity is not None and activity["in_notice"] and activity["status"] == "active"
        )
        if not explained:
            yield ctx.finding("cookie", cookie, "activity_id")


@rule("cookie.no_purpose", Severity.ERROR, EPRIVACY)
def cookie_without_purpose(ctx: CheckContext) -> Iterator[Finding]:
    """Storing or reading a cookie requires clear and comprehensive information about its
    purposes."""
    for cookie in ctx.organisation["cookies"]:
        if not str(cookie["purpose"] or "").strip():
            yield ctx.finding("cookie", cookie, "purpose")


@rule("cookie.no_lifetime", Severity.ERROR, EPRIVACY)
def cookie_without_lifetime(ctx: CheckContext) -> Iterator[Finding]:
    """The authorities ask each cookie's lifetime to be given (a session cookie has none to
    count); the notice is not published without it."""
    for cookie in ctx.organisation["cookies"]:
        unit = cookie["lifetime_unit"]
        if unit is None or (unit != "session" and cookie["lifetime_value"] is None):
            yield ctx.finding("cookie", cookie, "lifetime_value")


@rule("cookie.no_exemption", Severity.ERROR, EPRIVACY)
def cookie_without_consent_or_exemption(ctx: CheckContext) -> Iterator[Finding]:
    """A cookie that is not strictly necessary is set without consent only under the
    conditions an authority set for an exemption (audience measurement, for one), which the
    register records."""
    for cookie in ctx.organisation["cookies"]:
        if (
            cookie["category"] != "strictly_necessary"
            and not cookie["consent_required"]
            and not str(cookie["exemption_conditions"] or "").strip()
        ):
            yield ctx.finding("cookie", cookie, "exemption_conditions")


@rule("cookie.exemption_in_belgium", Severity.ERROR, f"{EPRIVACY}; BE Act of 30 July 2018")
def cookie_exempt_in_belgium(ctx: CheckContext) -> Iterator[Finding]:
    """In Belgium only strictly necessary cookies are exempt from consent: the Belgian
    authority recognises no exemption for audience measurement, so exemption conditions
    recorded for another cookie cannot make it lawful there."""
    if ctx.organisation["country"] != "BE":
        return
    for cookie in ctx.organisation["cookies"]:
        if (
            cookie["category"] != "strictly_necessary"
            and not cookie["consent_required"]
            and str(cookie["exemption_conditions"] or "").strip()
        ):
            yield ctx.finding("cookie", cookie, "consent_required")
