"""Integrationsbarometer Desktop: the committee secretariat's barometer tool."""

from importlib.metadata import PackageNotFoundError, version as _dist_version

try:
    __version__ = _dist_version("barometer-desktop")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.1.0"

APP_NAME = "Integrationsbarometer"
ORGANIZATION_NAME = "Koebenhavns Kommune"
ORGANIZATION_DOMAIN = "kk.dk"
