"""The call window and its parts: video views, Qt Multimedia adapters, pickers, banner, quality."""
