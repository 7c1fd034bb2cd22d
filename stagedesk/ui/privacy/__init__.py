"""Privacy: erasing a person, anonymising after the retention term, the yearly review."""
