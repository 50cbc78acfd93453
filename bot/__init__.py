"""stancebot: tracks countries' Huawei 5G stances from the news and alerts chat channels."""

__version__ = "0.1.0"
