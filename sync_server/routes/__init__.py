"""Thin HTTP and WebSocket routes, all under /v1; each module holds one area of the API."""
