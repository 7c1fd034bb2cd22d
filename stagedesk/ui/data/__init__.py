"""Data in and out: the old Excel list, the export of everything, the calendar."""
