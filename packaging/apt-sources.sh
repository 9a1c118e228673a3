# Sourced by setup.sh and check-fresh-debian.sh (bash).
# The apt sources of this machine, in both styles apt reads: one-line (/etc/apt/sources.list and
# sources.list.d/*.list, "deb [options] URI SUITE COMPONENT...", what the Debian installer and
# debootstrap write) and deb822 (sources.list.d/*.sources, stanzas of "Types:", "URIs:", "Suites:").
# Prints one "URI SUITE" line per enabled binary ("deb") source and suite.
apt_sources() {
    local f
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -f "$f" ]] || continue
        # Drop comments and "[ options ]", then print URI and suite of each "deb" line.
        sed -e 's/#.*//' -e 's/\[[^]]*\]//' "$f" | awk '$1 == "deb" && NF >= 3 { print $2, $3 }'
    done
    for f in /etc/apt/sources.list.d/*.sources; do
        [[ -f "$f" ]] || continue
        # A stanza ends at an empty line (a comment line is no line at all); "Enabled: no" switches it off.
        sed -e '/^[[:space:]]*#/d' "$f" | awk '
            function flush(   i, j, nu, ns, u, s) {
                if (types ~ /(^| )deb( |$)/ && enabled != "no") {
                    nu = split(uris, u, " "); ns = split(suites, s, " ")
                    for (i = 1; i <= nu; i++) for (j = 1; j <= ns; j++) print u[i], s[j]
                }
                types = ""; uris = ""; suites = ""; enabled = ""
            }
            /^[ \t]*$/ { flush(); next }
            /^[ \t]/ { # a folded field goes on from the line before
                if (key == "types:") types = types " " $0; else if (key == "uris:") uris = uris " " $0
                else if (key == "suites:") suites = suites " " $0
                next }
            { key = tolower($1); $1 = ""; sub(/^ +/, "") }
            key == "types:" { types = $0 } key == "uris:" { uris = $0 }
            key == "suites:" { suites = $0 } key == "enabled:" { enabled = tolower($0) }
            END { flush() }'
    done
}
