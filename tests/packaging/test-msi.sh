#!/usr/bin/env bash
# Checks the MSI authoring (packaging/windows) without Windows: builds two test MSIs (an older version and this one)
# with wixl from WIX.template.in, stand-ins for the fragments CPack generates, and placeholder files laid out as
# windeployqt leaves them; then reads the tables back with msiinfo: per machine, the fixed upgrade code, a major
# upgrade (RemoveExistingProducts, a new product code per build, downgrades refused), the Start-menu shortcut.
# Usage: tests/packaging/test-msi.sh [BUILD_DIR]   (default build/testing; everything stays in BUILD_DIR/msi-test)
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=$(cd "${1:-$source_dir/build/release}" && pwd)
work=$build_dir/msi-test
windows=$source_dir/packaging/windows

fail() {
    printf 'MSI test FAILED: %s\n' "$*" >&2
    exit 1
}

upgrade_code=$(sed -n 's/^set(CPACK_WIX_UPGRADE_GUID "\(.*\)")$/\1/p' "$windows/CPackWiX.cmake")
[ -n "$upgrade_code" ] || fail "no CPACK_WIX_UPGRADE_GUID in packaging/windows/CPackWiX.cmake"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")

rm -rf "$work"
mkdir -p "$work/root/bin/platforms" "$work/root/bin/translations"
# What the install and windeployqt leave under the install folder.
for f in bin/pulsedesk.exe bin/pulsedesk-cli.exe bin/Qt6Core.dll bin/Qt6Widgets.dll bin/sqlcipher.dll \
    bin/platforms/qwindows.dll bin/translations/qt_de.qm; do
    printf 'placeholder %s\n' "$f" >"$work/root/$f"
done

# Stand-ins for CPack's generated fragments (same ids: INSTALL_ROOT, CM_FP_<path>, ProductFeature).
cat >"$work/properties.wxi" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<Include>
    <Property Id="ARPURLINFOABOUT" Value="https://pulsedesk.example.org"/>
</Include>
EOF
cat >"$work/product_fragment.wxi" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<Include/>
EOF
cat >"$work/directories.wxs" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
    <Fragment>
        <Directory Id="TARGETDIR" Name="SourceDir">
            <Directory Id="ProgramFiles64Folder">
                <Directory Id="INSTALL_ROOT" Name="PulseDesk"/>
            </Directory>
        </Directory>
    </Fragment>
</Wix>
EOF
{
    printf '<?xml version="1.0" encoding="UTF-8"?>\n<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">\n'
    printf '    <Fragment>\n        <DirectoryRef Id="INSTALL_ROOT">\n'
    printf '            <Directory Id="CM_DP_bin" Name="bin">\n'
    for f in "$work"/root/bin/*.*; do
        name=$(basename "$f")
        printf '                <Component Id="CM_CP_bin.%s" Guid="*" Win64="yes">\n' "$name"
        printf '                    <File Id="CM_FP_bin.%s" Source="root/bin/%s" KeyPath="yes"/>\n' "$name" "$name"
        printf '                </Component>\n'
    done
    for sub in platforms translations; do
        printf '                <Directory Id="CM_DP_bin.%s" Name="%s">\n' "$sub" "$sub"
        for f in "$work/root/bin/$sub"/*; do
            name=$(basename "$f")
            printf '                    <Component Id="CM_CP_bin.%s.%s" Guid="*" Win64="yes">\n' "$sub" "$name"
            printf '                        <File Id="CM_FP_bin.%s.%s" Source="root/bin/%s/%s" KeyPath="yes"/>\n' \
                "$sub" "$name" "$sub" "$name"
            printf '                    </Component>\n'
        done
        printf '                </Directory>\n'
    done
    printf '            </Directory>\n        </DirectoryRef>\n    </Fragment>\n</Wix>\n'
} >"$work/files.wxs"
# CPack's features.wxs holds ProductFeature with every file's component, and the template refers to it with
# FeatureRef. wixl knows no FeatureRef: the one change made to the template is that it becomes the Feature itself.
feature_refs=$(sed -n 's/.*<Component Id="\([^"]*\)".*/                <ComponentRef Id="\1"\/>/p' "$work/files.wxs")

# Builds the test MSI of VERSION; prints its path.
build_msi() {
    local v=$1 dir=$work/$1
    mkdir -p "$dir"
    cp "$work/properties.wxi" "$work/product_fragment.wxi" "$dir/"
    cat >"$dir/cpack_variables.wxi" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<Include>
    <?define CPACK_PACKAGE_NAME="PulseDesk"?>
    <?define CPACK_PACKAGE_VENDOR="PulseDesk"?>
    <?define CPACK_PACKAGE_VERSION="$v"?>
    <?define CPACK_WIX_PRODUCT_GUID="*"?>
    <?define CPACK_WIX_UPGRADE_GUID="$upgrade_code"?>
</Include>
EOF
    grep -q '<FeatureRef Id="ProductFeature">' "$windows/WIX.template.in" || fail "the template has no ProductFeature"
    awk -v refs="$feature_refs" '
        /<FeatureRef Id="ProductFeature">/ {
            print "        <Feature Id=\"ProductFeature\" Title=\"PulseDesk\" Level=\"1\">"
            print refs
            next
        }
        /<\/FeatureRef>/ { print "        </Feature>"; next }
        { print }' "$windows/WIX.template.in" >"$dir/main.wxs"
    (cd "$work" && wixl --arch x64 --includedir "$dir" -o "$dir/PulseDesk-$v.msi" \
        "$dir/main.wxs" directories.wxs files.wxs >"$dir/wixl.log" 2>&1) \
        || { cat "$dir/wixl.log" >&2; fail "wixl could not build the $v MSI"; }
    echo "$dir/PulseDesk-$v.msi"
}
table() { msiinfo export "$1" "$2" | tr -d '\r' | tail -n +4; }
property() { table "$1" Property | awk -F '\t' -v p="$2" '$1 == p { print $2 }'; }

old_msi=$(build_msi 0.0.1)
new_msi=$(build_msi "$version")

for msi in "$old_msi" "$new_msi"; do
    [ "$(property "$msi" UpgradeCode)" = "{$upgrade_code}" ] || fail "$msi: UpgradeCode is not $upgrade_code"
    [ "$(property "$msi" ALLUSERS)" = 1 ] || fail "$msi: not a per-machine install (ALLUSERS)"
    [ "$(property "$msi" ARPNOMODIFY)" = 1 ] || fail "$msi: ARPNOMODIFY"
done
[ "$(property "$old_msi" ProductCode)" != "$(property "$new_msi" ProductCode)" ] \
    || fail "both versions have one product code: no major upgrade"
[ "$(property "$new_msi" ProductVersion)" = "$version" ] || fail "ProductVersion is not $version"

# The major upgrade: the older version found and removed; a newer one found and refused.
table "$new_msi" Upgrade >"$work/upgrade.txt"
grep -q "^{$upgrade_code}	.*WIX_UPGRADE_DETECTED" "$work/upgrade.txt" || fail "no Upgrade row removing older versions"
grep -q "^{$upgrade_code}	.*WIX_DOWNGRADE_DETECTED" "$work/upgrade.txt" \
    || fail "no Upgrade row detecting newer versions"
table "$new_msi" InstallExecuteSequence | grep '^RemoveExistingProducts	' >/dev/null || fail "no RemoveExistingProducts"
table "$new_msi" LaunchCondition | grep 'A newer version of \[ProductName\]' >/dev/null || fail "downgrades are not refused"

# The Start-menu shortcut to pulsedesk.exe.
shortcut='^PulseDeskShortcut	PulseDeskMenuFolder	PulseDesk	StartMenuShortcut	\[#CM_FP_bin.pulsedesk.exe\]'
table "$new_msi" Shortcut | grep "$shortcut" >/dev/null \
    || { table "$new_msi" Shortcut; fail "no Start-menu shortcut to pulsedesk.exe"; }
table "$new_msi" Directory | grep '^PulseDeskMenuFolder	ProgramMenuFolder	PulseDesk' >/dev/null \
    || fail "the shortcut is not in the Start menu"
table "$new_msi" File | grep '	pulsedesk.exe	' >/dev/null || fail "pulsedesk.exe is not installed"

echo "MSI test: passed ($(basename "$old_msi"), $(basename "$new_msi"))"
