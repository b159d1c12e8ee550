"""Integrationsbarometer Desktop: the committee secretariat's barometer tool."""

# The one place the version is written: pyproject.toml reads it from here
# (hatch's version source) and so does the installer build. A literal, not
# importlib.metadata, because every start-up would pay for that look-up.
__version__ = "0.1.0"

APP_NAME = "Integrationsbarometer"
ORGANIZATION_NAME = "Koebenhavns Kommune"
ORGANIZATION_DOMAIN = "kk.dk"

# The catalogues' words reach every formatter (domain.formatting) from the
# first import on, whichever module a command or test imports first.
from barometer_desktop import i18n as _i18n  # noqa: E402,F401 - after the constants i18n's imports may read
