"""xlsx workbooks (openpyxl, write-only so large exports stream with flat memory)."""

from stagedesk.output.xlsx.annual import write_annual_overview

__all__ = ["write_annual_overview"]
