#!/bin/sh
# Build Jumelage's MSI with wixl (Debian/Ubuntu: apt-get install wixl) from a Windows bundle
# (the PyInstaller folder holding jumelage.exe). Usage: build_msi.sh BUNDLE OUTPUT.msi
# MSI_VERSION overrides the version (CI builds a higher one to test the major upgrade).
set -eu
bundle=$(cd "$1" && pwd)
out=$2
here=$(cd "$(dirname "$0")" && pwd)
version=${MSI_VERSION:-$(sed -n 's/^version = "\(.*\)"/\1/p' "$here/../../pyproject.toml" | head -n 1)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/../LICENSES.md" "$bundle/LICENSES.md"
# One component per file, in INSTALLDIR, generated from the bundle's listing.
(cd "$bundle" && find . -type f | sed 's|^\./||' | sort) |
    sed "s|^|$bundle/|" |
    wixl-heat --prefix "$bundle/" --var var.SourceDir --component-group Bundle \
        --directory-ref INSTALLDIR --win64 > "$work/bundle.wxs"
cp "$here/jumelage.wxs" "$work/"
case $out in /*) ;; *) out=$(pwd)/$out ;; esac
# wixl resolves sources relative to the working directory: build from inside the bundle.
(cd "$bundle" && wixl --arch x64 -D Win64=yes -D SourceDir=. -D Version="$version" -o "$out" \
    "$work/jumelage.wxs" "$work/bundle.wxs")
# What wixl cannot write: public properties that reach the server-side sequence of a managed
# install, and a policy value written only when its property is set.
public="SERVER_URL;ORGANISATION;SHARED_PC;IDLE_LOCK_MINUTES;DISABLE_UPDATES"
msibuild "$out" -q "UPDATE \`Property\` SET \`Value\` = 'WIX_DOWNGRADE_DETECTED;WIX_UPGRADE_DETECTED;$public' WHERE \`Property\` = 'SecureCustomProperties'"
for pair in PolicyServerUrl:SERVER_URL PolicyOrganisation:ORGANISATION PolicySharedPc:SHARED_PC \
        PolicyIdleLock:IDLE_LOCK_MINUTES PolicyDisableUpdates:DISABLE_UPDATES; do
    # "or REMOVE": a component whose condition is false when the product is removed (an
    # uninstall, or the old version during an upgrade) would be left behind, values and all.
    msibuild "$out" -q "UPDATE \`Component\` SET \`Condition\` = '${pair#*:} OR REMOVE~=\"ALL\"' WHERE \`Component\` = '${pair%%:*}'"
done
echo "$out"
