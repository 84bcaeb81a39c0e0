"""Guards against Qt binding releases that corrupt Python's reference counts.

PySide6 6.12.0 on CPython 3.11 drops a reference to True on every Signal.emit and to None on
every empty QModelIndex.data(); a long session then aborts in bool_dealloc/none_dealloc. The
check runs in a child process because the failure mode is an interpreter abort.
"""

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import (QAbstractListModel, QCoreApplication, QModelIndex, QObject,
                                Qt, Signal)
    app = QCoreApplication([])

    class Emitter(QObject):
        changed = Signal(object)

    class Empty(QAbstractListModel):
        def rowCount(self, parent=QModelIndex()):
            return 3
        def data(self, index, role=Qt.DisplayRole):
            return None

    emitter, model = Emitter(), Empty()
    emitter.changed.connect(lambda value: None)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for i in range(200):
        emitter.changed.emit(i)
        model.index(1, 0).data(Qt.UserRole)
    print(sys.getrefcount(True) - true_before, sys.getrefcount(None) - none_before)
    """
)


def test_signals_and_model_data_keep_reference_counts():
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    true_delta, none_delta = (int(x) for x in done.stdout.split())
    assert abs(true_delta) < 20 and abs(none_delta) < 20, done.stdout
