#!/usr/bin/env bash
# Checks the direction of #include lines between the folders of core/ (docs/ARCHITECTURE.md, "Layers"): a folder,
# subfolders included, may include only folders below it in this order. Edges against the order that the code still
# has are listed in tests/include-exceptions.txt; a new one fails the check, and so does a listed one that is gone
# (so the list only shrinks).
set -euo pipefail
cd "$(dirname "$0")/.."

# Lowest first.
order=(common model security storage settings ingest analysis scores alarms workspace import monitoring interfaces reports exports demo)

rank() {
    local i
    for i in "${!order[@]}"; do
        [ "${order[$i]}" = "$1" ] && { echo "$i"; return; }
    done
    echo "check-include-directions: core/$1 is not in the order; add it to this script and to docs/ARCHITECTURE.md" >&2
    exit 2
}

found=$(mktemp)
trap 'rm -f "$found"' EXIT
for dir in core/*/; do
    from=$(basename "$dir")
    from_rank=$(rank "$from")
    find "$dir" -name "*.h" -o -name "*.cpp" | xargs grep -ho "^#include \"[a-z]*/" | sed 's/#include "//; s|/$||' | sort -u |
        while read -r to; do
            [ "$to" = "$from" ] && continue
            [ -d "core/$to" ] || continue
            to_rank=$(rank "$to")
            if [ "$to_rank" -gt "$from_rank" ]; then
                echo "$from -> $to"
            fi
        done
done | sort -u >"$found"

allowed=$({ grep -v '^#' tests/include-exceptions.txt || true; } | sed '/^$/d' | sort -u)
new=$(comm -23 "$found" <(echo "$allowed"))
gone=$(comm -13 "$found" <(echo "$allowed"))
status=0
if [ -n "$new" ]; then
    echo "check-include-directions: includes against the direction of the layers:" >&2
    while read -r edge; do
        from=${edge%% ->*}
        to=${edge##*-> }
        echo "  $edge:" >&2
        grep -rln --include='*.h' --include='*.cpp' "^#include \"$to/" core/"$from"/ 2>/dev/null | sed 's/^/    /' >&2
    done <<<"$new"
    status=1
fi
if [ -n "$gone" ]; then
    echo "check-include-directions: no longer included, remove from tests/include-exceptions.txt:" >&2
    echo "$gone" | sed 's/^/  /' >&2
    status=1
fi
[ "$status" -eq 0 ] && echo "check-include-directions: $(wc -l <"$found") known exception(s), no new edge against the layers"
exit "$status"
