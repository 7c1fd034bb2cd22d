"""Filled-in forms coming back: reading a PDF's code and answers, and applying them."""
