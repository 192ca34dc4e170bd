"""Value grammars the model validates with: numbers as editors write them, project years,
marks on the progress scale."""
