"""The workspace's fixed vocabularies and limits, importable without the database stack.

Kept apart from ``tables.py`` so the command line can show them in ``--help``
without paying for SQLAlchemy on every ``designer`` start.
"""

AGENT_STATUSES = ("available", "away", "offline")
MESSAGE_SENDERS = ("bot", "visitor", "agent", "system")
MIN_CHATS = 1
MAX_CHATS = 10
DEFAULT_MAX_CHATS = 5
