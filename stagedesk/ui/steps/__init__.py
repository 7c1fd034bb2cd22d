"""The Steps page: the guide's step plans, each step linked to its place in StageDesk."""
