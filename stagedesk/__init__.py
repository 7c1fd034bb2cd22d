"""StageDesk: the internship desk of a small organisation."""

__version__ = "0.1.0"
