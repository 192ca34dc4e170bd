"""Value grammars the model validates with: numbers as editors write them, project years."""
