"""Toolbox forms as PDF: blank, pre-filled or fillable, one at a time or in batches,
and specimens."""
