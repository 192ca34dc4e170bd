"""Compare two (programme, period) pairs: resolve a request, compare, render."""
