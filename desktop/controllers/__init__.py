"""Controllers: the composition of one running app, between `app` and `ui`.

They decide which window shows, build a signed-in profile's writer, gate, services, sync and
call launcher, and hand pages their services. They use QtCore (signals, `QObject` lifetimes)
but build no widgets themselves: windows, dialogs and notices come from `desktop.ui`. Run on the
UI thread; sync and calls run on the network loop.
"""
