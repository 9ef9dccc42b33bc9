"""The change feed as the faces see it (re-exported so the GUI never reaches into store)."""

from pst_kiosk.store.changefeed import EVERYTHING, NOTHING, ChangeFeed, Topic, touches

__all__ = ["EVERYTHING", "NOTHING", "ChangeFeed", "Topic", "touches"]
