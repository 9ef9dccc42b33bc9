"""Pure rules and value types: no Qt, no database."""
