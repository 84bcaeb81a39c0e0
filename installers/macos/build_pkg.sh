#!/bin/sh
# Build Jumelage's macOS installer package from the PyInstaller app (dist/Jumelage.app).
#   installers/macos/build_pkg.sh /tmp/jumelage-dist/Jumelage.app /tmp/Jumelage-0.1.0.pkg
# Installs /Applications/Jumelage.app for every user (a per-machine install MDM tools such as
# Jamf or Intune push silently: `installer -pkg Jumelage.pkg -target /`). Policy is not in
# the package: it comes from a configuration profile (installers/policy/*.mobileconfig).
# Set SIGN_APP ("Developer ID Application: ...") and SIGN_INSTALLER ("Developer ID
# Installer: ...") to sign; notarise the result with `xcrun notarytool submit --wait`.
set -eu
app=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=$2
here=$(cd "$(dirname "$0")" && pwd)
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$here/../../pyproject.toml" | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/root/Applications"
ditto "$app" "$work/root/Applications/Jumelage.app"
cp "$here/../LICENSES.md" "$work/root/Applications/Jumelage.app/Contents/Resources/LICENSES.md"
if [ -n "${SIGN_APP:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$SIGN_APP" \
        "$work/root/Applications/Jumelage.app"
fi
# Not relocatable: an admin's copy elsewhere must not receive the upgrade instead.
pkgbuild --analyze --root "$work/root" "$work/components.plist"
plutil -replace 0.BundleIsRelocatable -bool NO "$work/components.plist"
pkgbuild --root "$work/root" --component-plist "$work/components.plist" \
    --identifier ca.jumelage.desktop --version "$version" --install-location / \
    "$work/Jumelage-app.pkg"
sed "s/@VERSION@/$version/g" "$here/distribution.xml" > "$work/distribution.xml"
productbuild --distribution "$work/distribution.xml" --package-path "$work" \
    ${SIGN_INSTALLER:+--sign "$SIGN_INSTALLER"} "$out"
echo "$out"
