"""Drawing PDF pages: fonts, wrapped text, page operators, blocks flowed onto pages, grids, the
page frame, QR codes, form fields."""
