"""JourneyDesk: customer journey mapping on the desktop, with an open file format."""

__version__ = "0.1.0"
