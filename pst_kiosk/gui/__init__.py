"""The only Qt code: faces, item models, announcer, theme and translations."""
