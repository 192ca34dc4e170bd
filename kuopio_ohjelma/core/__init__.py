"""Domain answers every part shares: periods, scope, moves, project years, safe text."""
