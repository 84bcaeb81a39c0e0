"""Shared test support: a real sync server process on loopback, and the fixtures around it."""
