#!/usr/bin/env bash
# Installs the Debian 12 packages FusionCell needs to build, test and run, if any are missing.
# Safe to run again: it only calls apt-get when something is not installed.
set -euo pipefail

packages=(
    build-essential cmake pkg-config ninja-build
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    libboost-graph-dev libsqlite3-dev libigraph-dev
    xvfb xauth fonts-dejavu-core
)
# Extra packages for the benchmarks (peers measured in the same run) and the fixture scripts.
if [[ "${1:-}" == "--bench" ]]; then
    packages+=(sqlite3 python3 python3-networkx python3-igraph)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "Installing Debian packages: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
