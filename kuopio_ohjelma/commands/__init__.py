"""One module a command family: thin typer wrappers around the core."""
