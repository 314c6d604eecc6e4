"""Front doors: turn an input into an ordered list of blocks."""
