"""Qt-free writers: PDF (reportlab) and xlsx (openpyxl)."""
