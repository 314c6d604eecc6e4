"""Field parsers: turn a labelled block into a value (dates, bylines, captions)."""
