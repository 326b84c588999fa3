#!/usr/bin/env bash
# Makes PulseDesk's AppImage from a built tree, with tools from Debian only (nothing is downloaded):
#   1. OUT/PulseDesk.AppDir from `cmake --install`, the Qt libraries and plugins it needs (every library ldd
#      reports, less excluded-libraries.txt), Qt's translations, qt.conf, AppRun, the desktop file and icon;
#   2. OUT/PulseDesk.squashfs, the AppDir as the image's file system (mksquashfs);
#   3. OUT/PulseDesk-<version>-x86_64.AppImage = the AppImage type 2 runtime + that file system, only when
#      PULSEDESK_APPIMAGE_RUNTIME names a runtime binary: no Debian or npm package ships one.
# Usage: packaging/appimage/make-appdir.sh BUILD_DIR OUT_DIR
# shellcheck disable=SC2016 # $ORIGIN is for the loader, not the shell
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build_dir=$(cd "$1" && pwd)
out=$2
appdir=$out/PulseDesk.AppDir

for tool in patchelf mksquashfs qtpaths6; do
    command -v "$tool" >/dev/null || {
        echo "make-appdir: $tool is missing (packaging/install-deps.sh installs it)" >&2
        exit 1
    }
done
qt_plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS)
qt_translations=$(qtpaths6 --query QT_INSTALL_TRANSLATIONS)
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")

rm -rf "$appdir"
mkdir -p "$out"
cmake --install "$build_dir" --prefix "$appdir/usr" --strip >/dev/null
rm -rf "$appdir/usr/share/lintian"

# The Qt plugins PulseDesk loads: X11 and offscreen windows, OpenGL on X11, compose keys (accents in notes), the
# image formats, and the multimedia backend. No SQL driver (the store's is PulseDesk's own) and no TLS backend
# (libmosquitto does TLS).
plugins=(
    platforms/libqxcb.so platforms/libqoffscreen.so
    xcbglintegrations/libqxcb-glx-integration.so xcbglintegrations/libqxcb-egl-integration.so
    platforminputcontexts/libcomposeplatforminputcontextplugin.so
    imageformats/libqgif.so imageformats/libqico.so imageformats/libqjpeg.so
    multimedia/libgstreamermediaplugin.so
)
for plugin in "${plugins[@]}"; do
    mkdir -p "$appdir/usr/plugins/$(dirname "$plugin")"
    cp "$qt_plugins/$plugin" "$appdir/usr/plugins/$plugin"
done
mkdir -p "$appdir/usr/translations"
for lang in de es fr it; do
    cp "$qt_translations/qtbase_$lang.qm" "$appdir/usr/translations/"
done
cat >"$appdir/usr/bin/qt.conf" <<'EOF'
[Paths]
Prefix = ..
Libraries = lib
Plugins = plugins
Translations = translations
EOF

# Every library the binaries and plugins need, less what the system must provide.
exclude=$(grep -v -e '^#' -e '^$' "$here/excluded-libraries.txt" | paste -sd '|')
mkdir -p "$appdir/usr/lib"
mapfile -t elves < <(find "$appdir/usr/bin" "$appdir/usr/plugins" -type f -name '*.so' -o -type f -perm -u+x \
    ! -name '*.conf')
for elf in "${elves[@]}"; do
    ldd "$elf" | awk '$2 == "=>" && $3 ~ /^\// { print $1, $3 }'
done | sort -u | while read -r soname path; do
    if [[ $soname =~ ^($exclude)$ ]]; then
        continue
    fi
    [ -e "$appdir/usr/lib/$soname" ] || cp -L "$path" "$appdir/usr/lib/$soname"
done
if ldd "$appdir/usr/bin/pulsedesk" | grep -q 'not found'; then
    echo "make-appdir: a library was not found" >&2
    exit 1
fi

# Each object finds the bundled libraries through its own run path.
for elf in "$appdir"/usr/bin/pulsedesk "$appdir"/usr/bin/pulsedesk-cli; do
    patchelf --set-rpath '$ORIGIN/../lib' "$elf"
done
for lib in "$appdir"/usr/lib/*.so*; do
    patchelf --set-rpath '$ORIGIN' "$lib"
done
for plugin in "${plugins[@]}"; do
    patchelf --set-rpath '$ORIGIN/../../lib' "$appdir/usr/plugins/$plugin"
done

install -m 0755 "$here/AppRun" "$appdir/AppRun"
cp "$appdir/usr/share/applications/org.pulsedesk.PulseDesk.desktop" "$appdir/"
cp "$appdir/usr/share/icons/hicolor/scalable/apps/org.pulsedesk.PulseDesk.svg" "$appdir/"
ln -sf org.pulsedesk.PulseDesk.svg "$appdir/.DirIcon"

rm -f "$out/PulseDesk.squashfs"
mksquashfs "$appdir" "$out/PulseDesk.squashfs" -root-owned -noappend -comp gzip -no-progress -quiet
echo "make-appdir: $appdir ($(du -sh "$appdir" | cut -f1)), $out/PulseDesk.squashfs"

if [ -n "${PULSEDESK_APPIMAGE_RUNTIME:-}" ]; then
    image=$out/PulseDesk-$version-x86_64.AppImage
    cat "$PULSEDESK_APPIMAGE_RUNTIME" "$out/PulseDesk.squashfs" >"$image"
    chmod 0755 "$image"
    echo "make-appdir: $image"
else
    echo "make-appdir: no AppImage made: set PULSEDESK_APPIMAGE_RUNTIME to an AppImage type 2 runtime (x86_64)"
fi
