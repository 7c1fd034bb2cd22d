"""The bin: deleted records kept for 30 days, with what they took along, and put back whole."""
