"""Report templates, shipped inside the package as kuopio_ohjelma.templates."""
