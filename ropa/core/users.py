"""The name a person gives for the history: stored in the register per login, used for every
change recorded from then on (old entries keep the name they recorded)."""

from __future__ import annotations

from ropa.core.errors import RopaError
from ropa.db.base import SHORT
from ropa.db.models import Setting
from ropa.db.session import USER_NAME_KEY, RegisterDatabase

MAX_NAME = SHORT


def clean_user_name(name: str | None) -> str:
    """The name as stored: one line, spaces collapsed ("" for none). Refuses control
    characters and names longer than the history can record."""
    text = " ".join((name or "").split())
    if any(not ch.isprintable() for ch in text):
        raise RopaError("history.user.invalid")
    if len(text) > MAX_NAME:
        raise RopaError("history.user.too_long", limit=MAX_NAME)
    return text


def stored_user_name(db: RegisterDatabase) -> str:
    """The name this login chose in this register ("" when none: the login is used)."""
    with db.reader() as session:
        row = session.get(Setting, USER_NAME_KEY.format(login=db.login))
        return row.value if row is not None else ""


def set_user_name(db: RegisterDatabase, name: str | None) -> str:
    """Store the name this login is shown under in the history ("" or None: the login
    itself) and use it for the changes made from now on. Returns the name now recorded."""
    text = clean_user_name(name)
    key = USER_NAME_KEY.format(login=db.login)
    with db.transaction() as session:
        row = session.get(Setting, key)
        if not text:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(Setting(key=key, value=text))
        else:
            row.value = text
    db.user = text or db.login
    return db.user
