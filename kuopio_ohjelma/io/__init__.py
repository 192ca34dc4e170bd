"""Files: bytes → text → YAML with positions → models; git blobs; atomic, safe writes."""
