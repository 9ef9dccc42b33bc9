"""Tickets on paper: ESC/POS text rendering, printer connections, the spooler, PDF fallback."""
