"""Open data: the programme as a Frictionless Tabular Data Package (CSV + datapackage.json)."""
