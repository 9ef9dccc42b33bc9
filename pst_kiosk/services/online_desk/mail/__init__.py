"""Email for the online desk: the office mailbox read over IMAP, replies sent over SMTP.

``settings`` (the [mail] section and the owner-only credentials file), ``parse`` (one RFC 5322
message into plain values), ``threading`` (which request a message belongs to, the headers of
a reply), ``importer`` (one message into the database, exactly once), ``fetch`` (the IMAP
session), ``outbox`` (SMTP).
"""
