"""python main.py [FILE] [--lang fr|nl|en]: start the ropa desktop application."""

import sys

from ropa.app import main

if __name__ == "__main__":
    sys.exit(main())
