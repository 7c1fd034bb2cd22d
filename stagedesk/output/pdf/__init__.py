"""PDF output: toolbox forms (blank, pre-filled, fillable), cards, dossiers, and reading
filled-in forms back."""
