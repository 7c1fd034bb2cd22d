"""Qt-free heart of StageDesk: domain model, persistence, rules and queries."""
