"""``python -m ocop``: the same as the ``ocop`` command."""

from ocop.cli import main

raise SystemExit(main())
