"""The conversation score: how promising a conversation is, 0 to 3.

One scale for the two places the product scores a conversation: a Goal card
the visitor reaches (the dialog's own estimate) and the agent's score in the
inbox (kept with the transcript). A module of its own so the store and the
engine share it without importing the document model.
"""

MAX_SCORE = 3
"""Scores run from 0 (not promising) to this (very)."""
