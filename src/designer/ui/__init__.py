"""The desktop editor (PySide6). The only layer that imports Qt."""
