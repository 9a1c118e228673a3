#!/usr/bin/env bash
# Checks that the README's two commands work on a freshly installed Debian 12: builds a minimal
# Debian 12 root with debootstrap, writes its apt sources in one style, copies the checkout in and
# runs packaging/run-demo.sh (under a time limit; the workstation must come up on the Xvfb display
# and the demo workspace must hold persons, incidents and links) and then packaging/run-tests.sh,
# as root in the root. Once per apt source style: "list" (one-line /etc/apt/sources.list, as the
# Debian installer and debootstrap write) and "deb822" (/etc/apt/sources.list.d/*.sources).
# Run it as root whenever setup or packaging changes; it is not part of CI. Each style downloads the
# packages again and builds everything (20+ minutes on 2 cores; --ccache shortens the second build).
set -Eeuo pipefail

usage() {
    cat <<'EOF'
Usage: packaging/check-fresh-debian.sh [OPTIONS]   (as root)
  --style list|deb822   check one apt source style (default: both, one after the other, each in a fresh root)
  --source DIR          git checkout whose committed files (HEAD) are copied in (default: this repository)
  --mirror URL          Debian mirror (default: the one this machine's apt sources use for bookworm)
  --workdir DIR         where the roots and logs go (default: /var/tmp)
  --keep                keep the roots afterwards (default: delete them)
  --ccache DIR          bind-mount this ccache directory into the root and build through ccache:
                        only a speed-up (the host's ccache.conf is copied in); default off
  --demo-timeout S      time limit for run-demo.sh to build and bring the workstation up (default 5400)
  --up-seconds S        how long the workstation must stay up (default 30)
  --tests-timeout S     time limit for run-tests.sh (default 5400)
EOF
}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=apt-sources.sh
source "$here/apt-sources.sh"

styles=()
source_dir=""
mirror=""
workdir=/var/tmp
keep=0
ccache_dir=""
demo_timeout=5400
up_seconds=30
tests_timeout=5400
while (($#)); do
    case "$1" in
        --style) styles+=("${2:?--style needs list or deb822}"); shift 2 ;;
        --source) source_dir=${2:?--source needs a directory}; shift 2 ;;
        --mirror) mirror=${2:?--mirror needs a URL}; shift 2 ;;
        --workdir) workdir=${2:?--workdir needs a directory}; shift 2 ;;
        --keep) keep=1; shift ;;
        --ccache) ccache_dir=${2:?--ccache needs a directory}; shift 2 ;;
        --demo-timeout) demo_timeout=${2:?}; shift 2 ;;
        --up-seconds) up_seconds=${2:?}; shift 2 ;;
        --tests-timeout) tests_timeout=${2:?}; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "check-fresh-debian.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done
((${#styles[@]})) || styles=(list deb822)
for s in "${styles[@]}"; do
    [[ "$s" == list || "$s" == deb822 ]] || { echo "check-fresh-debian.sh: unknown style $s (list or deb822)" >&2; exit 2; }
done

die() { echo "check-fresh-debian.sh: $*" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || die "must run as root (debootstrap, chroot, mount)"
command -v debootstrap >/dev/null || die "debootstrap is not installed (apt-get install debootstrap)"
[[ -n "$source_dir" ]] || source_dir=$(git -C "$here" rev-parse --show-toplevel)
commit=$(git -C "$source_dir" rev-parse HEAD) || die "$source_dir is not a git checkout"
if [[ -n "$(git -C "$source_dir" status --porcelain --untracked-files=no)" ]]; then
    echo "Note: $source_dir has uncommitted changes; only the committed files (HEAD) are checked."
fi
if [[ -n "$ccache_dir" ]]; then
    [[ -d "$ccache_dir" ]] || die "--ccache $ccache_dir is not a directory"
    ccache_dir=$(cd "$ccache_dir" && pwd)
fi
sources=$(apt_sources)
[[ -n "$mirror" ]] || mirror=$(awk '$2 == "bookworm" { print $1; exit }' <<<"$sources")
[[ -n "$mirror" ]] || die "no Debian mirror for bookworm in /etc/apt/sources.list or /etc/apt/sources.list.d/ (give --mirror URL)"
security=$(awk '$2 == "bookworm-security" { print $1; exit }' <<<"$sources")
[[ -n "$security" ]] || security="${mirror%/debian}/debian-security"
mkdir -p "$workdir"
workdir=$(cd "$workdir" && pwd)
logdir="$workdir/fc-fresh-debian-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$logdir"

checkout=/work/fusioncell   # where the checkout goes inside the root
root=""                     # the root being checked
session=""                  # the session id of the command running in it, if any

say() { echo "[$(date -u +%H:%M:%S)] $*"; }

# Ends what runs in the root, unmounts everything under it (lazily if it is busy) and deletes it
# unless --keep; never deletes a root with something still mounted in it.
cleanup_root() {
    [[ -n "$root" ]] || return 0
    stop_session
    local m
    for m in $(awk -v r="$root" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/self/mounts | sort -r); do
        umount "$m" 2>/dev/null || umount -l "$m" || echo "check-fresh-debian.sh: could not unmount $m" >&2
    done
    if ((keep)); then
        say "Kept the root $root"
    elif awk -v r="$root" '$2 == r || index($2, r "/") == 1 { found = 1 } END { exit !found }' /proc/self/mounts; then
        echo "check-fresh-debian.sh: something is still mounted under $root; not deleting it" >&2
    else
        rm -rf --one-file-system "$root"
    fi
    root=""
}
stop_session() {
    [[ -n "$session" ]] || return 0
    if pgrep -s "$session" >/dev/null; then
        pkill -TERM -s "$session" || true
        for _ in 1 2 3 4 5 6 7 8 9 10; do pgrep -s "$session" >/dev/null || break; sleep 1; done
        pkill -KILL -s "$session" || true
    fi
    wait "$session" 2>/dev/null || true
    session=""
}
trap 'echo "check-fresh-debian.sh: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
trap 'cleanup_root' EXIT
trap 'echo "check-fresh-debian.sh: interrupted" >&2; exit 130' INT TERM

# Runs a command as root in the root, with a clean environment, in its own session (so that all
# of it can be stopped), output to a log; sets $session.
start_in_root() {
    local log=$1 command=$2
    local env=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root TERM=dumb LANG=C.UTF-8)
    if [[ -n "$ccache_dir" ]]; then
        env+=(CMAKE_CXX_COMPILER_LAUNCHER=ccache CMAKE_C_COMPILER_LAUNCHER=ccache CCACHE_DIR=/ccache
              CCACHE_BASEDIR="$checkout" CCACHE_NOHASHDIR=1)
    fi
    setsid chroot "$root" /usr/bin/env -i "${env[@]}" /bin/bash -c "cd $checkout && $command" >"$log" 2>&1 </dev/null &
    session=$!
}
# Waits for the command started by start_in_root to end, at most $1 seconds; returns its exit
# status, or 124 when the time ran out (then it is stopped).
wait_session() {
    local limit=$1 waited=0
    while kill -0 "$session" 2>/dev/null; do
        if ((waited >= limit)); then stop_session; return 124; fi
        sleep 5; waited=$((waited + 5))
    done
    local rc=0
    wait "$session" || rc=$?
    session=""
    return "$rc"
}

# Checks one style; prints PASS or FAIL with the reason. A failure found is in $reason; an
# unexpected error in the checking itself ends the script (errexit, the ERR trap says where).
fail() { reason="$*"; echo "FAIL $style: $*"; }
check_style() {
    local style=$1 log="$logdir/$style"
    local t0=$SECONDS
    root=$(mktemp -d "$workdir/fc-fresh-$style.XXXXXX")
    say "== $style: debootstrap --variant=minbase bookworm $root $mirror (log $log-debootstrap.log)"
    if ! debootstrap --variant=minbase bookworm "$root" "$mirror" >"$log-debootstrap.log" 2>&1; then
        tail -n 20 "$log-debootstrap.log"
        fail "debootstrap failed (network or mirror $mirror? see $log-debootstrap.log)"
        return
    fi
    say "   debootstrap took $((SECONDS - t0)) s"

    # The apt sources, in this style only.
    rm -f "$root/etc/apt/sources.list" "$root"/etc/apt/sources.list.d/*
    if [[ "$style" == list ]]; then
        cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
EOF
    else
        cat >"$root/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $mirror
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    fi
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
    [[ -f /etc/hosts ]] && cp -L /etc/hosts "$root/etc/hosts"

    # The checkout: the committed files, no build directories.
    mkdir -p "$root$checkout"
    git -C "$source_dir" archive --format=tar HEAD | tar -x -C "$root$checkout"

    mount -t proc proc "$root/proc"
    mount --bind /sys "$root/sys"
    mount --bind /dev "$root/dev"
    mount --bind /dev/pts "$root/dev/pts"
    if [[ -n "$ccache_dir" ]]; then
        # Only a speed-up: the compilers in the root put their results in the host's cache.
        mkdir -p "$root/ccache"
        mount --bind "$ccache_dir" "$root/ccache"
        local conf="${XDG_CONFIG_HOME:-$HOME/.config}/ccache/ccache.conf"
        if [[ -f "$conf" ]]; then mkdir -p "$root/root/.config/ccache"; cp "$conf" "$root/root/.config/ccache/"; fi
        say "   installing ccache in the root (--ccache $ccache_dir)"
        start_in_root "$log-ccache.log" "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ccache"
        if ! wait_session 1800; then
            tail -n 20 "$log-ccache.log"
            fail "could not install ccache in the root (see $log-ccache.log)"
            return
        fi
    fi

    # 1. packaging/run-demo.sh: installs, builds, makes the demo workspace, opens the workstation.
    local t1=$SECONDS
    say "== $style: packaging/run-demo.sh (limit ${demo_timeout} s; log $log-demo.log)"
    start_in_root "$log-demo.log" "packaging/run-demo.sh"
    local waited=0 app=""
    while :; do
        app=$(pgrep -s "$session" -x fusioncell | head -n 1 || true)
        [[ -n "$app" ]] && break
        if ! kill -0 "$session" 2>/dev/null; then
            local rc=0
            wait "$session" || rc=$?
            session=""
            tail -n 30 "$log-demo.log"
            fail "packaging/run-demo.sh ended with status $rc before the workstation came up (see $log-demo.log)"
            return
        fi
        if ((waited >= demo_timeout)); then
            stop_session
            tail -n 30 "$log-demo.log"
            fail "the workstation was not up within ${demo_timeout} s (see $log-demo.log)"
            return
        fi
        sleep 5; waited=$((waited + 5))
    done
    say "   the workstation started after $((SECONDS - t1)) s (build included); watching it for ${up_seconds} s"
    sleep "$up_seconds"
    if ! kill -0 "$app" 2>/dev/null; then
        stop_session
        tail -n 30 "$log-demo.log"
        fail "the workstation ended within ${up_seconds} s of starting (see $log-demo.log)"
        return
    fi
    # Its window on the Xvfb display that xvfb-run started (display and X authority from Xvfb's
    # command line; the X socket is inside the root's /tmp).
    local xvfb display auth windows=""
    xvfb=$(pgrep -s "$session" -a Xvfb | head -n 1 || true)
    display=$(grep -o ' :[0-9]\+' <<<"$xvfb" | head -n 1 | tr -d ' ' || true)
    auth=$(grep -o -- '-auth [^ ]*' <<<"$xvfb" | cut -d' ' -f2 || true)
    if [[ -z "$display" ]]; then
        stop_session
        fail "no Xvfb found for the workstation (xvfb-run: $xvfb)"
        return
    fi
    # xwininfo (x11-utils) is installed in the root for this check only.
    cat >"$root/tmp/fc-windows.sh" <<'EOF'
command -v xwininfo >/dev/null ||
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends x11-utils >/dev/null
# The viewable top-level window whose title names the demo workspace: the main window with the
# workspace open ("<path> — FusionCell"), not a dialog or one of Qt's hidden helper windows.
for id in $(xwininfo -root -children | grep 'demo\.fcdb' | awk '{ print $1 }'); do
    info=$(xwininfo -id "$id")
    grep -q 'Map State: IsViewable' <<<"$info" &&
        echo "window $(sed -n 's/^xwininfo: Window id: //p' <<<"$info"), $(awk '/Width:/ { w = $2 } /Height:/ { h = $2 } END { print w "x" h }' <<<"$info")"
done
exit 0
EOF
    local demo_session=$session checker=0
    session=""   # the demo's session is left running while the window is looked for
    start_in_root "$log-windows.log" "DISPLAY=$display XAUTHORITY=$auth bash /tmp/fc-windows.sh"
    wait_session 600 || checker=$?
    session=$demo_session
    windows=$(grep '^window ' "$log-windows.log" || true)
    if ((checker != 0)) || [[ -z "$windows" ]]; then
        stop_session
        tail -n 20 "$log-windows.log"
        fail "no viewable FusionCell window with the demo workspace open on the Xvfb display $display (check status $checker; see $log-windows.log)"
        return
    fi
    say "   on the Xvfb display $display: $(head -n 1 <<<"$windows")"
    # The demo workspace (run-demo.sh makes demo-workspace/demo.fcdb in the checkout).
    local info
    info=$(chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
        "$checkout/build/bin/fusioncell-cli" info --db "$checkout/demo-workspace/demo.fcdb" --json 2>&1) || true
    echo "$info" >"$log-info.json"
    local persons incidents links
    persons=$(jq -r '.entities.person // 0' <<<"$info" 2>/dev/null || echo 0)
    incidents=$(jq -r '.entities.incident // 0' <<<"$info" 2>/dev/null || echo 0)
    links=$(jq -r '.links // 0' <<<"$info" 2>/dev/null || echo 0)
    stop_session
    if ! ((persons > 0 && incidents > 0 && links > 0)); then
        fail "the demo workspace holds $persons persons, $incidents incidents, $links links (see $log-info.json)"
        return
    fi
    say "   demo workspace: $persons persons, $incidents incidents, $links links; run-demo.sh took $((SECONDS - t1)) s"

    # 2. packaging/run-tests.sh: installs, builds and runs the whole test suite.
    local t2=$SECONDS rc=0
    say "== $style: packaging/run-tests.sh (limit ${tests_timeout} s; log $log-tests.log)"
    start_in_root "$log-tests.log" "packaging/run-tests.sh"
    wait_session "$tests_timeout" || rc=$?
    if ((rc != 0)); then
        tail -n 40 "$log-tests.log"
        if ((rc == 124)); then
            fail "packaging/run-tests.sh did not finish within ${tests_timeout} s (see $log-tests.log)"
        else
            fail "packaging/run-tests.sh ended with status $rc (see $log-tests.log)"
        fi
        return
    fi
    say "   run-tests.sh took $((SECONDS - t2)) s: $(grep -E 'tests passed' "$log-tests.log" | tail -n 1)"
    echo "PASS $style: run-demo.sh brought the workstation up ($persons persons, $incidents incidents, $links links)" \
         "and run-tests.sh passed; $((SECONDS - t0)) s in all"
}

say "Checking commit $commit of $source_dir on fresh Debian 12 roots (styles: ${styles[*]}; mirror $mirror; logs $logdir)"
results=()
failed=0
for style in "${styles[@]}"; do
    start=$SECONDS
    reason=""
    check_style "$style"
    if [[ -z "$reason" ]]; then
        results+=("PASS $style ($((SECONDS - start)) s)")
    else
        results+=("FAIL $style ($((SECONDS - start)) s): $reason")
        failed=1
    fi
    cleanup_root
done
say "Commit $commit:"
printf '  %s\n' "${results[@]}"
exit "$failed"
