"""A fetcher in its own process, to be killed: ``python fetch_worker.py CONFIG DB_URL``."""

from __future__ import annotations

import sys
from pathlib import Path

from pst_kiosk import config as config_module
from pst_kiosk.services.bootstrap import open_context
from pst_kiosk.services.online_desk.mail.fetch import fetch_new


def main() -> None:
    ctx = open_context(config=config_module.load(Path(sys.argv[1])), database_url=sys.argv[2])
    print("ready", flush=True)
    result = fetch_new(ctx, on_message=lambda done: print(done.uid, flush=True))
    print("done", len(result.imported), flush=True)


if __name__ == "__main__":
    main()
