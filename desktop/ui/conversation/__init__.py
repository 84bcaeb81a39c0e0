"""The pair's conversation: pair list, message view (paged item model), composer, reports.

`PairHomePage` assembles the parts; build it with a messaging service, the change-event bus
and the settings, and place it in any window. Runs on the UI thread.
"""

from desktop.ui.conversation.pair_home_page import PairHomePage

__all__ = ["PairHomePage"]
