"""Qt views of the toolbox: forms, checklists, cards."""
