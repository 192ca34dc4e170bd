"""JSON Schemas for the editor, generated from the models."""
