import sys

from barometer_desktop.cli.main import main

sys.exit(main())
