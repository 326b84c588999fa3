#!/usr/bin/env bash
# Checks that every user-visible string in core/, ui/ and app/ has a translation in every shipped language, without
# touching the tracked catalogues: lupdate runs on copies in a temporary folder. A string with no translation (new,
# or changed since the catalogues were last refreshed) fails the check with its text. Refresh the catalogues with
# `cmake --build build/dev --target update_translations` and translate what it marks unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=$(command -v lupdate || true)
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for lang in de es fr it; do
    cp "translations/pulsedesk_${lang}.ts" "$work/"
    timeout 600 "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h core ui app \
        -ts "$work/pulsedesk_${lang}.ts" >/dev/null
    missing=$(grep -c 'type="unfinished"' "$work/pulsedesk_${lang}.ts" || true)
    if [ "$missing" != "0" ]; then
        echo "check-translations: ${lang}: ${missing} string(s) without a translation:" >&2
        grep -B2 'type="unfinished"' "$work/pulsedesk_${lang}.ts" | grep '<source>' | head -20 >&2
        status=1
    fi
done
# English holds only plural forms ("1 patient", "2 patients"): every %n string needs them.
cp translations/pulsedesk_en.ts "$work/"
timeout 600 "$lupdate" -silent -pluralonly -no-obsolete -locations none -extensions cpp,h core ui app \
    -ts "$work/pulsedesk_en.ts" >/dev/null
missing=$(grep -c 'type="unfinished"' "$work/pulsedesk_en.ts" || true)
if [ "$missing" != "0" ]; then
    echo "check-translations: en: ${missing} plural string(s) without their English forms" >&2
    status=1
fi
[ "$status" -eq 0 ] && echo "check-translations: every string has a translation in de, es, fr and it, and English plural forms"
exit "$status"
