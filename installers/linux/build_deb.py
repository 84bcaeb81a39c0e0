"""Build the Linux packages from frozen bundles with ``dpkg-deb`` (Debian, Ubuntu, Mint).

    python installers/linux/build_deb.py desktop /tmp/jumelage-dist/jumelage --out /tmp/debs
    python installers/linux/build_deb.py server /tmp/jumelage-dist/jumelage-server --out /tmp/debs

``jumelage``: the app in ``/opt/jumelage``, ``/usr/bin/jumelage``, a desktop entry and icon,
and ``/etc/jumelage/`` where the administrator puts ``policy.json``. ``jumelage-server``: the
server in ``/opt/jumelage-server``, ``/usr/bin/jumelage-server``, a systemd unit running as
the system user ``jumelage`` with its state in ``/var/lib/jumelage-server``, and its
configuration in ``/etc/jumelage-server/config.toml``. Removing either package keeps
people's data (profiles in their homes, the server's database); ``purge`` of the server also
keeps the database, by design: deleting it is the administrator's explicit act.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
MAINTAINER = "Jumelage <admin@jumelage.ca>"
# What the bundled Qt's xcb platform plugin and FFmpeg load from the system.
DESKTOP_DEPENDS = (
    "libc6 (>= 2.31), libgl1, libegl1, libfontconfig1, libfreetype6, libdbus-1-3, "
    "libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, "
    "libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, "
    "libxcb-xkb1, libglib2.0-0, libpulse0"
)
OVERRIDES = """\
# A self-contained PyInstaller bundle in /opt (what administrators asked for: one folder,
# removable as a whole), with Python, Qt and FFmpeg shipped as built upstream.
{pkg}: dir-or-file-in-opt *
{pkg}: missing-depends-on-sensible-utils *
{pkg}: embedded-library *
{pkg}: unstripped-binary-or-object *
{pkg}: hardening-no-fortify-functions *
{pkg}: hardening-no-relro *
{pkg}: shared-library-lacks-prerequisites *
{pkg}: shared-library-lacks-version *
{pkg}: library-not-linked-against-libc *
{pkg}: custom-library-search-path *
{pkg}: spelling-error-in-binary *
{pkg}: package-contains-vcs-control-file *
{pkg}: executable-not-elf-or-script *
{pkg}: script-not-executable *
{pkg}: package-installs-python-bytecode *
{pkg}: package-contains-python-dot-directory *
{pkg}: unusual-interpreter *
{pkg}: non-standard-file-perm *
{pkg}: non-standard-executable-perm *
{pkg}: no-manual-page *
{pkg}: embedded-javascript-library *
{pkg}: font-in-non-font-package *
{pkg}: privacy-breach-generic *
{pkg}: extra-license-file *
{pkg}: lacks-unversioned-link-to-shared-library *
{pkg}: ldconfig-escape *
{pkg}: hardening-no-pie *
{pkg}: missing-dependency-on-libc *
{pkg}: shared-library-is-executable *
{pkg}: executable-in-usr-lib *
{pkg}: repeated-path-segment *
{pkg}: statically-linked-binary *
"""
COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: {pkg}
Source: https://jumelage.ca

Files: *
Copyright: 2026 Jumelage contributors
License: see /opt/{pkg}/LICENSES.md
 Jumelage ships third-party components (Python, Qt, FFmpeg and Python packages) under their
 own licences; /opt/{pkg}/LICENSES.md lists each one and where its licence text is.
"""


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()  # fmt: skip


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def _copy_bundle(bundle: Path, target: Path) -> None:
    shutil.copytree(bundle, target, symlinks=True)
    shutil.copy2(ROOT / "installers" / "LICENSES.md", target / "LICENSES.md")
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or os.access(path, os.X_OK)
        path.chmod(0o755 if executable else 0o644)


def _docs(root: Path, pkg: str, extra: dict[str, Path]) -> None:
    doc = root / "usr" / "share" / "doc" / pkg
    _write(doc / "copyright", COPYRIGHT.format(pkg=pkg))
    changelog = (f"{pkg} ({version()}) stable; urgency=medium\n\n  * Release {version()}.\n\n"
                 f" -- {MAINTAINER}  Sat, 05 Dec 2026 00:00:00 +0000\n")  # fmt: skip
    # a native package (no Debian revision): its changelog is changelog.gz
    doc.joinpath("changelog.gz").write_bytes(gzip.compress(changelog.encode(), 9, mtime=0))
    doc.joinpath("changelog.gz").chmod(0o644)
    for name, source in extra.items():
        shutil.copy2(source, doc / name)
        (doc / name).chmod(0o644)
    _write(root / "usr" / "share" / "lintian" / "overrides" / pkg, OVERRIDES.format(pkg=pkg))


def _control(root: Path, fields: dict[str, str], description: str) -> None:
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) // 1024
    lines = [f"{k}: {v}" for k, v in {**fields, "Installed-Size": str(size_kib)}.items()]
    _write(root / "DEBIAN" / "control", "\n".join(lines) + f"\nDescription: {description}\n")


def _script(root: Path, name: str, text: str) -> None:
    _write(root / "DEBIAN" / name, "#!/bin/sh\nset -e\n" + text, 0o755)


def desktop_tree(bundle: Path, root: Path) -> None:
    _copy_bundle(bundle, root / "opt" / "jumelage")
    _write(root / "usr" / "bin" / "jumelage", '#!/bin/sh\nexec /opt/jumelage/jumelage "$@"\n',
           0o755)  # fmt: skip
    shutil.copytree(HERE / "share", root / "usr" / "share", dirs_exist_ok=True)
    _write(root / "etc" / "jumelage" / "policy.example.json",
           (ROOT / "installers" / "policy" / "policy.example.json").read_text())  # fmt: skip
    _write(root / "DEBIAN" / "conffiles", "/etc/jumelage/policy.example.json\n")
    policy = ROOT / "installers" / "policy"
    _docs(root, "jumelage", {"policy.schema.json": policy / "jumelage-policy.schema.json",
                             "README.md": ROOT / "installers" / "README.md"})  # fmt: skip
    _control(root, {
        "Package": "jumelage", "Version": version(), "Architecture": architecture(),
        "Maintainer": MAINTAINER, "Section": "education", "Priority": "optional",
        "Depends": DESKTOP_DEPENDS, "Homepage": "https://jumelage.ca",
    }, "encrypted app for youth mentoring programs\n"
       " Messages, video calls and sessions between mentors and young mentees,\n"
       " supervised by program staff. Everything a person writes is encrypted on\n"
       " their PC. An administrator sets the server and shared-PC settings in\n"
       " /etc/jumelage/policy.json.")  # fmt: skip


def server_tree(bundle: Path, root: Path) -> None:
    _copy_bundle(bundle, root / "opt" / "jumelage-server")
    _write(root / "usr" / "bin" / "jumelage-server",
           '#!/bin/sh\nexec /opt/jumelage-server/jumelage-server "$@"\n', 0o755)  # fmt: skip
    _write(root / "usr" / "lib" / "systemd" / "system" / "jumelage-server.service",
           (HERE / "jumelage-server.service").read_text())  # fmt: skip
    _write(root / "etc" / "jumelage-server" / "config.toml", (HERE / "config.toml").read_text(),
           0o640)  # fmt: skip
    _write(root / "DEBIAN" / "conffiles", "/etc/jumelage-server/config.toml\n")
    _docs(root, "jumelage-server", {"README.md": ROOT / "installers" / "README.md"})
    _script(root, "postinst", """\
if [ "$1" = configure ]; then
    if ! getent passwd jumelage >/dev/null; then
        adduser --system --group --home /var/lib/jumelage-server --no-create-home \\
            --gecos "Jumelage sync server" jumelage
    fi
    install -d -o jumelage -g jumelage -m 0750 /var/lib/jumelage-server
    chgrp jumelage /etc/jumelage-server/config.toml
    deb-systemd-helper unmask jumelage-server.service >/dev/null || true
    if deb-systemd-helper --quiet was-enabled jumelage-server.service; then
        deb-systemd-helper enable jumelage-server.service >/dev/null || true
    else
        deb-systemd-helper update-state jumelage-server.service >/dev/null || true
    fi
fi
if [ -d /run/systemd/system ]; then
    systemctl --system daemon-reload >/dev/null || true
    deb-systemd-invoke restart jumelage-server.service >/dev/null || true
fi
""")  # fmt: skip
    _script(root, "prerm", """\
if [ -d /run/systemd/system ] && [ "$1" = remove ]; then
    deb-systemd-invoke stop jumelage-server.service >/dev/null || true
fi
""")  # fmt: skip
    _script(root, "postrm", """\
if [ -d /run/systemd/system ]; then
    systemctl --system daemon-reload >/dev/null || true
fi
if [ "$1" = remove ]; then
    deb-systemd-helper mask jumelage-server.service >/dev/null || true
fi
if [ "$1" = purge ]; then
    deb-systemd-helper purge jumelage-server.service >/dev/null || true
    deb-systemd-helper unmask jumelage-server.service >/dev/null || true
fi
# The database in /var/lib/jumelage-server and the jumelage user are kept, even on purge.
""")  # fmt: skip
    _control(root, {
        "Package": "jumelage-server", "Version": version(), "Architecture": architecture(),
        "Maintainer": MAINTAINER, "Section": "net", "Priority": "optional",
        "Depends": "libc6 (>= 2.31), adduser, init-system-helpers (>= 1.54~)", "Homepage": "https://jumelage.ca",
    }, "blind sync server for the Jumelage mentoring app\n"
       " Relays the encrypted operations of Jumelage desktops: it stores ids and\n"
       " ciphertext only. Runs as the system user jumelage under systemd.")  # fmt: skip


def build(kind: str, bundle: Path, out: Path, *, fast: bool = False) -> Path:
    """Build the package of `kind` ("desktop" or "server") into `out`; returns its path.
    `fast`: gzip at level 1 instead of xz (tests: the same package, minutes of CPU less)."""
    out.mkdir(parents=True, exist_ok=True)
    name = "jumelage" if kind == "desktop" else "jumelage-server"
    target = out / f"{name}_{version()}_{architecture()}.deb"
    with tempfile.TemporaryDirectory(prefix=f"{name}-deb-") as tmp:
        root = Path(tmp) / name
        (desktop_tree if kind == "desktop" else server_tree)(Path(bundle), root)
        squeeze = ["-Zgzip", "-z1"] if fast else ["-Zxz"]
        subprocess.run(["dpkg-deb", "--root-owner-group", *squeeze, "--build", str(root),
                        str(target)], check=True, capture_output=True)  # fmt: skip
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=("desktop", "server"))
    parser.add_argument("bundle", type=Path, help="the PyInstaller folder")
    parser.add_argument("--out", type=Path, default=Path("dist"))
    args = parser.parse_args(argv)
    print(build(args.kind, args.bundle, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
