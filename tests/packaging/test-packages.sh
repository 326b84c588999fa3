#!/usr/bin/env bash
# Proves the packages on a clean Debian 12: builds the .deb twice (this version and an older one), checks it with
# Lintian, creates a clean Debian 12 root with mmdebstrap (Debian packages only) and there
#   * installs the older package with apt-get (no Recommends), makes a data folder, upgrades to this version and
#     checks the data folder is unchanged and still opens;
#   * runs `pulsedesk-cli --help`, `pulsedesk-server --help` (and checks its systemd unit with systemd-analyze),
#     `pulsedesk --version` offscreen, and the workstation under Xvfb up to its login window (found with xdotool,
#     a screenshot kept);
#   * removes and purges the package and checks the data folder is left alone;
# and, in a second copy of the clean root with no Qt package, starts the AppImage's AppDir the same way.
# Usage: tests/packaging/test-packages.sh [BUILD_DIR]   (a configured and built tree; default build/release)
# Runs as root (chroot, mounts); needs the Debian archive. Everything it makes stays in BUILD_DIR/package-test.
# shellcheck disable=SC2016 # dpkg-query formats are not shell expansions
set -euo pipefail
# With pipefail a writer cut off by `grep -q` (SIGPIPE once grep has its match) fails the pipeline: checks of a
# program's output read all of it (`grep PATTERN >/dev/null`).

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=$(cd "${1:-$source_dir/build/release}" && pwd)
work=$build_dir/package-test

# The roots are mounted into: do it in a mount namespace of our own, so that nothing stays mounted on any exit.
if [ "${PULSEDESK_PACKAGE_TEST_NS:-}" != 1 ]; then
    export PULSEDESK_PACKAGE_TEST_NS=1
    exec unshare --mount --propagation private -- "$0" "$build_dir"
fi

started=$SECONDS
step() { printf '== package test: %s (%ds)\n' "$*" $((SECONDS - started)); }
fail() {
    printf 'package test FAILED: %s\n' "$*" >&2
    exit 1
}

# On any exit: nothing of ours left running. The roots live on a tmpfs mounted in this mount namespace: it goes
# with the namespace, and nothing is ever deleted from a root with file systems mounted in it.
xvfb_pid=
gui_pid=
cleanup() {
    [ -z "$gui_pid" ] || kill "$gui_pid" 2>/dev/null || true
    [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT

rm -rf --one-file-system "$work"
mkdir -p "$work/debs" "$work/logs" "$work/roots"
mount -t tmpfs -o size=6G,mode=0755 pulsedesk-package-test "$work/roots"

# --- the packages -------------------------------------------------------------------------------------------------
step "building the packages"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' \
    "$build_dir/CPackConfig.cmake")
[ -n "$version" ] || fail "no CPACK_PACKAGE_VERSION in $build_dir/CPackConfig.cmake"
old_version=0.0.1
(cd "$work/debs" && cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/debs/new" \
    >"$work/logs/cpack-new.log")
(cd "$work/debs" && cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/debs/old" \
    -D CPACK_PACKAGE_VERSION=$old_version >"$work/logs/cpack-old.log")
new_deb=$(ls "$work"/debs/new/pulsedesk_"$version"-*_amd64.deb)
old_deb=$(ls "$work"/debs/old/pulsedesk_"$old_version"-*_amd64.deb)
new_full=$(dpkg-deb -f "$new_deb" Version)

step "checking $(basename "$new_deb")"
changelog_version=$(sed -n '1s/^pulsedesk (\(.*\)).*/\1/p' "$source_dir/packaging/debian/changelog")
[ "$changelog_version" = "$new_full" ] \
    || fail "packaging/debian/changelog starts with $changelog_version, the package is $new_full: add an entry"
dpkg-deb -c "$new_deb" >"$work/logs/contents.txt"
for f in ./usr/bin/pulsedesk ./usr/bin/pulsedesk-cli ./usr/share/applications/org.pulsedesk.PulseDesk.desktop \
    ./usr/share/metainfo/org.pulsedesk.PulseDesk.metainfo.xml ./usr/share/doc/pulsedesk/copyright \
    ./usr/share/doc/pulsedesk/changelog.Debian.gz ./usr/share/man/man1/pulsedesk.1.gz ./usr/bin/pulsedesk-server \
    ./usr/share/man/man8/pulsedesk-server.8.gz ./lib/systemd/system/pulsedesk-server.service; do
    grep -q " $f\$" "$work/logs/contents.txt" || fail "the package lacks $f"
done
lintian --fail-on error,warning --display-info "$new_deb" 2>&1 | tee "$work/logs/lintian.txt" \
    || fail "Lintian: see above"
desktop-file-validate "$source_dir/packaging/org.pulsedesk.PulseDesk.desktop"
appstreamcli validate --no-net --pedantic "$source_dir/packaging/org.pulsedesk.PulseDesk.metainfo.xml" \
    >"$work/logs/appstream.txt" || { cat "$work/logs/appstream.txt"; fail "AppStream metadata"; }

# --- a clean Debian 12 --------------------------------------------------------------------------------------------
step "creating a clean Debian 12 root"
# The plain apt variant: the Essential set and apt, nothing else; the stable suite brings its updates and security
# archives. The apt lists stay so that apt-get install works without another update.
mmdebstrap --quiet --variant=apt --skip=cleanup/apt/lists bookworm "$work/roots/deb" \
    >"$work/logs/mmdebstrap.log" 2>&1 \
    || { tail -n 30 "$work/logs/mmdebstrap.log"; fail "mmdebstrap"; }
install -d -m 0700 "$work/roots/deb/run/user/0"
cp -a "$work/roots/deb" "$work/roots/appimage"

mount_root() {
    local root=$1
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --rbind /sys "$root/sys"
}
# Runs a command in a root with a clean environment, as root with HOME=/root.
root_env=(/usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8
    DEBIAN_FRONTEND=noninteractive XDG_RUNTIME_DIR=/run/user/0)
in_root() {
    local root=$1
    shift
    chroot "$root" "${root_env[@]}" "$@"
}

# An X server of our own; the roots reach it through its abstract socket (nothing of the host is mounted in them
# but /dev, /proc and /sys).
mkdir -p /tmp/.X11-unix
display=
for n in $(seq 140 199); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
        display=$n
        break
    fi
done
[ -n "$display" ] || fail "no free X display"
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$work/logs/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
mount_root "$work/roots/deb"
mount_root "$work/roots/appimage"

# Starts the workstation in a root under Xvfb and waits for its login window; keeps a screenshot.
login_window() {
    local root=$1 name=$2
    shift 2
    # chroot execs env, which execs the workstation: one process, whose pid is $!.
    chroot "$root" "${root_env[@]}" DISPLAY=":$display" "$@" >"$work/logs/$name.log" 2>&1 &
    gui_pid=$!
    local window=
    for _ in $(seq 60); do
        window=$(DISPLAY=":$display" xdotool search --onlyvisible --name '^PulseDesk$' 2>/dev/null | head -n 1) || true
        [ -n "$window" ] && break
        kill -0 "$gui_pid" 2>/dev/null || break
        sleep 0.5
    done
    if [ -z "$window" ]; then
        cat "$work/logs/$name.log"
        fail "$name: no PulseDesk window"
    fi
    sleep 1
    xwininfo -display ":$display" -id "$window" >"$work/logs/$name-window.txt"
    grep -q 'Map State: IsViewable' "$work/logs/$name-window.txt" || fail "$name: the window is not viewable"
    xwd -display ":$display" -root -silent >"$work/logs/$name.xwd" || true
    kill -0 "$gui_pid" 2>/dev/null || fail "$name: the workstation exited"
    kill "$gui_pid"
    wait "$gui_pid" 2>/dev/null || true
    ! kill -0 "$gui_pid" 2>/dev/null || fail "$name: the workstation did not stop"
    gui_pid=
    if grep -E -i 'could not (load|find) the qt platform plugin|cannot load library|qt.qpa.plugin' \
        "$work/logs/$name.log"; then
        fail "$name: Qt could not load a plugin"
    fi
}

data_sum() { (cd "$1/root/.local/share/PulseDesk/PulseDesk" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }

# --- the .deb: install the older version, make data, upgrade ------------------------------------------------------
root=$work/roots/deb
mkdir -p "$root/tmp/debs"
cp "$new_deb" "$old_deb" "$root/tmp/debs/"
step "installing $(basename "$old_deb") with apt-get"
in_root "$root" apt-get install -y -q --no-install-recommends "/tmp/debs/$(basename "$old_deb")" \
    >"$work/logs/apt-install-old.log" 2>&1 || { tail -n 30 "$work/logs/apt-install-old.log"; fail "apt-get install"; }
# What Qt loads at run time came with the package's Depends.
[ -e "$root/usr/share/qt6/translations/qtbase_de.qm" ] || fail "Qt's translations were not installed with the package"
find "$root/usr/share/fonts" -name '*.ttf' | grep . >/dev/null || fail "no font was installed with the package"
printf 'admin-password-1\n' | in_root "$root" pulsedesk-cli --password-stdin init --admin admin --name "Ada Admin" \
    >"$work/logs/init.log" || fail "pulsedesk-cli init"
printf 'admin-password-1\ndoctor-password-1\n' | in_root "$root" pulsedesk-cli --user admin --password-stdin \
    user add dr.demo --role doctor >>"$work/logs/init.log" || fail "pulsedesk-cli user add"
data_sum "$root" >"$work/logs/data-before.txt"

step "upgrading to $(basename "$new_deb")"
in_root "$root" apt-get install -y -q --no-install-recommends "/tmp/debs/$(basename "$new_deb")" \
    >"$work/logs/apt-install-new.log" 2>&1 || { tail -n 30 "$work/logs/apt-install-new.log"; fail "upgrade"; }
[ "$(in_root "$root" dpkg-query -W -f '${Version}' pulsedesk)" = "$new_full" ] || fail "not upgraded to $new_full"
data_sum "$root" | diff "$work/logs/data-before.txt" - || fail "the upgrade changed the data folder"
printf 'admin-password-1\n' | in_root "$root" pulsedesk-cli --user admin --password-stdin user list \
    | tee "$work/logs/after-upgrade.txt" | grep dr.demo >/dev/null \
    || fail "the data folder does not open after the upgrade"
data_sum "$root" >"$work/logs/data-before.txt"

step "running the installed package"
in_root "$root" pulsedesk-cli --help | grep '^Usage: pulsedesk-cli' >/dev/null || fail "pulsedesk-cli --help"
in_root "$root" pulsedesk-server --help | grep '^Usage: pulsedesk-server' >/dev/null || fail "pulsedesk-server --help"
# The service unit as this Debian's systemd reads it (every directive known, the program there); the clean root
# has no systemd of its own, so the installed unit is checked on this machine, pointed at the installed program.
mkdir -p "$work/unit"
sed "s|^ExecStart=/usr/bin/pulsedesk-server|ExecStart=$root/usr/bin/pulsedesk-server|" \
    "$root/lib/systemd/system/pulsedesk-server.service" >"$work/unit/pulsedesk-server.service"
# An unknown key is only a warning to systemd: any word from it fails the check.
if ! systemd-analyze verify --man=no "$work/unit/pulsedesk-server.service" >"$work/logs/unit.txt" 2>&1 \
    || [ -s "$work/logs/unit.txt" ]; then
    cat "$work/logs/unit.txt"
    fail "the pulsedesk-server unit"
fi
in_root "$root" QT_QPA_PLATFORM=offscreen pulsedesk --version | tee "$work/logs/version.txt" \
    | grep "^PulseDesk $version\$" >/dev/null || fail "pulsedesk --version"
login_window "$root" deb-workstation pulsedesk

step "removing (apt-get remove) and purging (dpkg --purge) the package"
in_root "$root" apt-get remove -y -q pulsedesk >"$work/logs/apt-remove.log" 2>&1 || fail "apt-get remove"
data_sum "$root" | diff "$work/logs/data-before.txt" - || fail "removing the package changed the data folder"
in_root "$root" dpkg --purge pulsedesk >"$work/logs/dpkg-purge.log" 2>&1 || fail "dpkg --purge"
data_sum "$root" | diff "$work/logs/data-before.txt" - || fail "purging the package changed the data folder"
[ ! -e "$root/usr/bin/pulsedesk" ] || fail "purge left /usr/bin/pulsedesk"

# --- the AppImage's AppDir in a root with no Qt -------------------------------------------------------------------
if [ -x "$source_dir/packaging/appimage/make-appdir.sh" ]; then
    step "making the AppDir"
    bash "$source_dir/packaging/appimage/make-appdir.sh" "$build_dir" "$work/appimage" >"$work/logs/appdir.log" 2>&1 \
        || { tail -n 30 "$work/logs/appdir.log"; fail "make-appdir.sh"; }
    root=$work/roots/appimage
    # What a desktop has that an AppImage does not carry (packaging/appimage/excluded-libraries.txt); no Qt.
    read -r -a desktop <"$source_dir/packaging/appimage/desktop-baseline.txt"
    in_root "$root" apt-get install -y -q --no-install-recommends "${desktop[@]}" >"$work/logs/apt-desktop.log" 2>&1 \
        || { tail -n 30 "$work/logs/apt-desktop.log"; fail "the desktop baseline"; }
    if in_root "$root" dpkg-query -W -f '${Package}\n' | grep -E '^(libqt|qt6)'; then
        fail "the AppImage root has a Qt package"
    fi
    cp -a "$work/appimage/PulseDesk.AppDir" "$root/opt/"
    step "running the AppDir"
    in_root "$root" QT_QPA_PLATFORM=offscreen /opt/PulseDesk.AppDir/AppRun --version | tee -a "$work/logs/version.txt" \
        | grep "^PulseDesk $version\$" >/dev/null || fail "AppRun --version"
    in_root "$root" /opt/PulseDesk.AppDir/AppRun --cli --help | grep '^Usage: pulsedesk-cli' >/dev/null \
        || fail "AppRun --cli --help"
    printf 'admin-password-1\n' | in_root "$root" /opt/PulseDesk.AppDir/AppRun --cli --data /root/ward \
        --password-stdin init --admin admin >"$work/logs/appdir-init.log" || fail "AppRun --cli init"
    login_window "$root" appdir-workstation /opt/PulseDesk.AppDir/AppRun --data /root/ward
fi

step "passed"
