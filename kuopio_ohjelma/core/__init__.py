"""Domain answers every part shares: periods, scope, moves, the scale, safe text."""
