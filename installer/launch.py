"""The frozen programs' entry point. Named ropa-gui (ropa-gui.exe), it is the desktop
application (ropa.app); named ropa (ropa.exe), the command line (ropa.cli). On Linux and macOS
`ropa` is a symbolic link to `ropa-gui` (one program, one copy of the Python code); Windows
needs two programs, since only a console program can print in a terminal."""

import sys
from pathlib import Path

if __name__ == "__main__":
    if Path(sys.argv[0]).name.lower().startswith("ropa-gui"):
        from ropa.app import main
    else:
        from ropa.cli import main
    sys.exit(main())
