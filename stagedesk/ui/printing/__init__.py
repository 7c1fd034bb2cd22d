"""Paper both ways: printing forms for many internships, the list of places for schools, and
filled-in forms coming back."""
