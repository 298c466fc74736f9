"""Stream Designer: design, check and preview website chat dialogues offline."""

__version__ = "0.1.0"
