"""The dashboard: what needs the coordinator's attention today."""
