#!/usr/bin/env bash
# Installs the Debian 12 packages FusionCell needs to build, test and run, if any are missing.
# Safe to run again: it only calls apt-get when something is not installed.
set -Eeuo pipefail
# Any command that fails ends the script with a message naming the step, the line and the command.
step="starting"
trap 'rc=$?; echo "setup.sh: failed while $step (line $LINENO: $BASH_COMMAND, exit status $rc)" >&2; exit $rc' ERR

packages=(
    build-essential cmake pkg-config ninja-build lld
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    libboost-graph-dev libsqlite3-dev libigraph-dev libssl-dev libjemalloc-dev sqlite3
    libquazip1-qt6-dev libproj-dev proj-data
    xvfb xauth fonts-dejavu-core poppler-utils
)
# Extra packages, by flag: --bench for the benchmarks (peers measured in the same run) and the
# fixture scripts; --sanitize for the ASan/UBSan + libFuzzer CI step (clang and its runtimes).
for flag in "$@"; do
    case "$flag" in
        --bench) packages+=(python3 python3-networkx python3-igraph python3-numpy python3-statsmodels r-cran-surveillance) ;;
        --sanitize) packages+=(clang-14 libclang-rt-14-dev) ;;
        *) echo "setup.sh: unknown option $flag (expected --bench or --sanitize)" >&2; exit 2 ;;
    esac
done

step="checking which packages are installed"
missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
# SQLCipher 4 (encrypted workspaces) comes from bookworm-backports: bookworm itself has only 3.4.
need_sqlcipher=0
if ! dpkg-query -W -f='${Status} ${Version}' libsqlcipher-dev 2>/dev/null | grep -q "install ok installed 4\."; then
    need_sqlcipher=1
fi
if ((${#missing[@]} == 0 && need_sqlcipher == 0)); then
    exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
# apt_sources: the Debian mirror and suites the machine is configured with, in either apt style.
source "$(dirname "${BASH_SOURCE[0]}")/apt-sources.sh"
step="reading the apt sources (/etc/apt/sources.list, /etc/apt/sources.list.d/)"
sources=$(apt_sources)
if ((need_sqlcipher)) && ! awk '$2 == "bookworm-backports" { found = 1 } END { exit !found }' <<<"$sources"; then
    # Use the same Debian mirror the machine is already configured with (the one serving bookworm).
    mirror=$(awk '$2 == "bookworm" { print $1; exit }' <<<"$sources")
    if [[ -z "$mirror" ]]; then
        echo "setup.sh: no Debian mirror for bookworm found in /etc/apt/sources.list or" \
             "/etc/apt/sources.list.d/*.list, *.sources; SQLCipher 4 needs bookworm-backports from it." >&2
        echo "Add your mirror, e.g. \"deb http://deb.debian.org/debian bookworm main\" in /etc/apt/sources.list," \
             "and run again." >&2
        exit 1
    fi
    step="enabling bookworm-backports from $mirror"
    echo "Enabling bookworm-backports (for SQLCipher 4) from $mirror"
    echo "deb $mirror bookworm-backports main" | $sudo tee /etc/apt/sources.list.d/fusioncell-backports.list >/dev/null
fi
echo "Installing Debian packages: ${missing[*]} $( ((need_sqlcipher)) && echo libsqlcipher-dev/bookworm-backports)"
step="updating the package lists (apt-get update)"
$sudo apt-get update -qq
if ((${#missing[@]})); then
    step="installing ${missing[*]}"
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if ((need_sqlcipher)); then
    step="installing libsqlcipher-dev from bookworm-backports"
    $sudo apt-get install -y -qq --no-install-recommends -t bookworm-backports libsqlcipher-dev
fi
