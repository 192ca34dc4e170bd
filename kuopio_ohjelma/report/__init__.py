"""The annual report: its view (pure data), renderers and the status view."""
