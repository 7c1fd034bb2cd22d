"""Editors of the records StageDesk lists: candidates, schools, and the spec of each kind of
record."""
