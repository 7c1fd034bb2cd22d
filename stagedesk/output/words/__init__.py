"""Every vocabulary StageDesk writes into files, in Dutch, French and English."""
