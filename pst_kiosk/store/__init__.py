"""Tables, engine, migrations, change feed and backup. No Qt."""
