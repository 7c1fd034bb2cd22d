"""The federal guide's three step plans, and where StageDesk can tell that a step is done."""
