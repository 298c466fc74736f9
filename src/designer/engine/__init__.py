"""The runtime behind preview and simulation: routing a visitor to a live agent.

Pure Python; nothing here imports Qt, so the app, the command line and the
tests all run the very same decisions.
"""
