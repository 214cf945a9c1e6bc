"""python -m ropa: the command line."""

import sys

from ropa.cli import main

sys.exit(main())
