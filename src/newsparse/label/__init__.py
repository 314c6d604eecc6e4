"""Labelling: give every block one label by a chain of small, named rules."""
