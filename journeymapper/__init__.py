"""JourneyMapper: a desktop editor for customer journey maps and atlases of them."""

__version__ = "0.1.0"
