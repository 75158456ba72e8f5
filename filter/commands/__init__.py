"""Subcommands of the bouncefilter CLI; see filter/cli.py for the table."""
