"""The command line: ``main`` builds the parser, each command group has its module."""
