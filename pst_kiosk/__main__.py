from pst_kiosk.cli import main

raise SystemExit(main())
