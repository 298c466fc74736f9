"""The dialog document: cards, routing, the graph, its operations and validation.

Pure Python (pydantic, psygnal); nothing here imports Qt.
"""
