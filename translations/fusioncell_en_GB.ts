<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../core/cli/auditcommand.cpp" line="+14"/>
        <source>Verify, list or export the audit trail (verify|list|export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>verify, list or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only entries of this kind (collection, alteration, consultation, disclosure, combination, erasure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only entries by this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only entries at or after this date (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only entries before this date (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: write CSV to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>audit trail broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit trail intact: %1 entries, hash chain verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>audit: expected verify, list or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>audit export: --out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported %1 audit entries to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditExporter</name>
    <message>
        <location filename="../core/store/auditexporter.cpp" line="+36"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/store/auditlog.cpp" line="+154"/>
        <source>entry %1 is missing (found %2 next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %1 does not follow entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %1 was altered (its hash does not match its content)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrokersCommand</name>
    <message>
        <location filename="../core/cli/brokerscommand.cpp" line="+14"/>
        <source>Articulation points and bridges (whose removal splits a network) and k-core numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the N entities with the highest k-core number (default 20; 0 for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>brokers: --top &quot;%1&quot; is not a count (expected 0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Articulation points: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bridges: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highest k-core numbers:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralityCommand</name>
    <message>
        <location filename="../core/cli/centralitycommand.cpp" line="+14"/>
        <source>The most central entities by degree, betweenness, closeness, eigenvector or PageRank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>degree, weighted-degree, betweenness, closeness (harmonic), eigenvector or pagerank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Betweenness divided by (n-1)(n-2)/2, as networkx normalized=True.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eigenvector and PageRank use link weights (number of shared items / parallel links).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Betweenness from sampled sources, normalised, each value within EPS of the exact one with probability 1 - --delta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failure probability of --approximate (default 0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the N highest (default 20; 0 for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>centrality: --top &quot;%1&quot; is not a count (expected 0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>number of distinct neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sum of link weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>centrality: --approximate &quot;%1&quot; / --delta &quot;%2&quot; must be numbers between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>normalised betweenness, exact (the bound needed every source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normalised betweenness from %1 sampled sources, within %2 of exact with probability %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>shortest-path betweenness / ((n-1)(n-2)/2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shortest-path betweenness, each pair of endpoints counted once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>harmonic closeness: sum of 1/hops to every reachable entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>eigenvector (unit length), weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>eigenvector (unit length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PageRank, damping 0.85, weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PageRank, damping 0.85</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>centrality: --measure &quot;%1&quot; is not a measure (expected degree, weighted-degree, betweenness, closeness, eigenvector or pagerank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (%2), %3 entities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <location filename="../ui/chart/chartexporter.cpp" line="+78"/>
        <source>Cannot export the chart to %1: expected a file name ending in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not enough memory for a %1 x %2 pixel image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+16"/>
        <source>the file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot export the chart to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../core/cli/cliapplication.cpp" line="+58"/>
        <source>Usage: fusioncell-cli &lt;command&gt; [options]

FusionCell headless tools. Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Run &quot;fusioncell-cli &lt;command&gt; --help&quot; for a command&apos;s options; --json gives machine output.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Concentration</name>
    <message>
        <location filename="../core/analysis/concentration.cpp" line="+25"/>
        <source>share of harm in the top 1%, 5% and 10% of places (ceil of the percentage of places, at least one); Lorenz curve and Gini coefficient over every place, places with no harm included</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="+290"/>
        <source>%1: the delimiter &quot;%2&quot; is not valid: expected auto, tab or one character other than a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the header row %2 is not valid: expected 0 (no header) or a record number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no records: expected a header in record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the header should be record %2 but the file has only %3 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: row %2 (line %3): a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/store/database.cpp" line="+32"/>
        <source>cannot change the passphrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this build of FusionCell cannot encrypt workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+16"/>
        <source>cannot open workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot open workspace %1: this build of FusionCell cannot open encrypted workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is encrypted (give its passphrase) or is not a FusionCell workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot open workspace %1: wrong passphrase, or not a FusionCell workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>workspace %1 is read-only (check the permissions of the file and its folder): nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+16"/>
        <source>no workspace is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecodedStream</name>
    <message>
        <location filename="../core/ingest/decodedstream.cpp" line="+44"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../core/cli/democommand.cpp" line="+17"/>
        <source>Generate demo exports, specs and ground truth, and a demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 1); the same seed gives the same files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of incidents over all retailers (default 4000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording noise: standard (default, the light noise of the demo) or hard (the errors of hand-keyed exports: keying typos, name orders, missing and mistyped dates of birth, misread VRMs), for measuring entity resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only write the exports; do not build DIR/demo.fcdb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>demo: --out DIR is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demo: --seed must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>demo: --incidents must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>demo: --noise must be standard or hard, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>demo: cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Demo data written to %1 (ground truth: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+42"/>
        <source>Cannot write the demo file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No output folder was given for the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number of demo incidents must be 0 or more, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptionCommand</name>
    <message>
        <location filename="../core/cli/encryptioncommand.cpp" line="+11"/>
        <source>Encrypt a workspace to a copy, decrypt to a plain copy, or change the passphrase (encrypt|decrypt|rekey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>encrypt, decrypt or rekey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypt/decrypt: the new workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypt/rekey: read the new passphrase from this file (or set FUSIONCELL_NEW_PASSPHRASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>decrypt: who receives the plain copy (audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decrypt: why a plain copy is needed (audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this build of FusionCell cannot encrypt workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>encryption %1: --out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encryption encrypt: give the new passphrase with --new-passphrase-file or FUSIONCELL_NEW_PASSPHRASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>encryption decrypt: --justification is required (it is recorded in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encrypted copy written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain copy written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encryption: expected encrypt, decrypt or rekey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitiesCommand</name>
    <message>
        <location filename="../core/cli/entitiescommand.cpp" line="+14"/>
        <source>List entities, optionally of one type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only this type: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most N entities (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With each entity, every attribute with its organisation, file, row and grading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>entities: unknown type &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>           %1 kept unread: &quot;%2&quot;   [row %3: %4]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityResolver</name>
    <message>
        <location filename="../core/resolve/entityresolver.cpp" line="+41"/>
        <source>resolution of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+112"/>
        <source>resolution of %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>held for review: a merge would join records that are kept apart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityTypes</name>
    <message>
        <location filename="../core/model/entitytype.cpp" line="+15"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GetisOrd</name>
    <message>
        <location filename="../core/analysis/getisord.cpp" line="+15"/>
        <source>Getis-Ord Gi* on %1 m cells (British National Grid), binary weights: cells whose centres are within %2 m (the cell itself included); z-scores, two-sided p-values, Benjamini-Hochberg false discovery rate %3. Hot spots: significant with z &gt; 0. Caveat: results depend on the cell size, the band and the extent of the grid (empty cells count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>summed weight in the cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <location filename="../core/model/grading.cpp" line="+45"/>
        <source>source grade &quot;%1&quot; is not 1, 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>intelligence grade &quot;%1&quot; is not one of A, B, C, D, E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>handling code &quot;%1&quot; is not P or C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>handling code C needs the handling conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+9"/>
        <source>Ungraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Known directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known indirectly but corroborated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known indirectly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected to be false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lawful sharing permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawful sharing permitted with conditions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphCommand</name>
    <message>
        <location filename="../core/cli/graphcommand.cpp" line="+50"/>
        <source>%1: --%2 &quot;%3&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: --entity-type &quot;%2&quot; is not an entity type (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: --link-type &quot;%2&quot; is not a link type (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: --min-grading &quot;%2&quot; is not a grade (expected source 1-3 and intelligence A-E, e.g. 2B)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: --max-shared-by &quot;%2&quot; is not a whole number of people (expected 0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: --graph &quot;%2&quot; is not a graph (expected links or offenders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: --%2 &quot;%3&quot; is not an entity id (expected a number, as listed by the entities command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: --%2 %3 is not a person, and the offender graph holds only people (use --graph links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: --%2 %3: no such entity in the workspace, or the filters exclude it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HarmAnalysis</name>
    <message>
        <location filename="../core/analysis/harmanalysis.cpp" line="+26"/>
        <source>PROJ cannot project to the British National Grid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Network %1 (%2 offenders)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HarmData</name>
    <message>
        <location filename="../core/analysis/harmdata.cpp" line="+177"/>
        <source>postcode outside the UK grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>coordinates outside the UK grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no coordinates and no postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no coordinates; no postcode table loaded (fusioncell-cli postcodes load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>postcode %1 not in the postcode table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="+14"/>
        <source>Import exports into a workspace under an import spec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import specification (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who is importing (default: the OS user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List every rejected row with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export file(s) to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>import: --spec S.json is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: name at least one file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>  ... %1 more rejected rows (--show-rejects lists them all; they are kept in the workspace)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSpec</name>
    <message>
        <location filename="../core/ingest/importspec.cpp" line="+38"/>
        <source>%1: unknown key &quot;%2&quot; (expected one of: column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unknown key &quot;%2&quot;: did you mean &quot;%3&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must be a text value or {&quot;column&quot;: &quot;...&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>cannot read import spec %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>import spec %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1unknown %2 &quot;%3&quot;: did you mean &quot;%4&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1unknown %2 &quot;%3&quot; (expected one of: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+357"/>
        <source>%1 must be a JSON object ({...})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-343"/>
        <source>%1: give &quot;%2&quot; or &quot;%3&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; must be a column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;%2&quot; must be a list of one or more column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>on_bad_value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: date_format must be a Qt date format such as &quot;dd/MM/yyyy HH:mm&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the spec must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&quot;name&quot; is missing: give the spec a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;source&quot;: {&quot;organisation&quot;: ...} is missing: every import must name the organisation it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>source kind &quot;%1&quot; is unknown (expected retailer, police, partner or other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>money_format &quot;%1&quot; is unknown (expected uk, european or auto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>max_money_gbp must be a positive number of pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>header_row must be 0 (no header) or a row number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>grading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: a link type&apos;s name is lower-case letters, digits and &quot;_&quot;, starting with a letter, at most 64 characters (e.g. &quot;lent_car_to&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; is a built-in link type; a spec cannot declare it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1.%2: &quot;%3&quot; is not an entity type (expected one of: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;entities&quot; is missing or empty: map at least one entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>entity &quot;%1&quot; has unknown type &quot;%2&quot; (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>entity &quot;%1&quot; field &quot;%2&quot;: unknown field type &quot;%3&quot; (expected text, date, datetime, money, number, vrm or postcode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>entity &quot;%1&quot; field &quot;%2&quot;: max_length must be a whole number of characters, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: date_format is given but the field is not a date (name it dob, *_date or *_at, or give &quot;type&quot;: &quot;date&quot; or &quot;datetime&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be a column name or {&quot;column&quot;: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entity &quot;%1&quot; field &quot;%2&quot; names no column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entity &quot;%1&quot; maps no key and no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>links must be a list ([...]) of links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>link type &quot;%1&quot; is unknown (expected one of: %2, or one declared in &quot;link_types&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>link type &quot;%1&quot; is unknown: did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>link &quot;%1&quot; refers to entity &quot;%2&quot;, which the spec does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: link type &quot;%2&quot; connects a %3 to a %4, but &quot;%5&quot; is a %6 and &quot;%7&quot; a %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 must be a JSON object of raw text → value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the value for &quot;%2&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>retention.review_after_months must be a whole number of months, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(values maps the text of columns the spec reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>spec &quot;%1&quot; does not fit %2: column &quot;%3&quot; is not in the file&apos;s header (it has: %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <location filename="../core/ingest/importwriter.cpp" line="+52"/>
        <source>import of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>link type &quot;%1&quot; is declared from %2 to %3, but this workspace already has it from %4 to %5 (from an earlier import): give it another name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../core/ingest/importer.cpp" line="+171"/>
        <location line="+14"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>cannot hash %1: SHA-256 is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 was already imported (import #%2 on %3, same SHA-256): nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sheet &quot;%1&quot; of %2 was already imported (import #%3 on %4, same SHA-256): nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot start the import of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>import of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>import of %1 cancelled at row %2: nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import of %1 failed at row %2: injected failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+22"/>
        <source>import of %1 failed, nothing was imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>import of %1 failed, nothing was imported: the file changed while it was being read (its SHA-256 is no longer the one taken at the start): import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 rows read, %3 imported, %4 rejected%5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 values kept unread (on_bad_value: keep_row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>, %1 records updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <location filename="../core/cli/infocommand.cpp" line="+13"/>
        <source>What a workspace holds: entities by type and its imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also list the rejected rows of import N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list the values kept unread on the rows of import N (on_bad_value: keep_row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, %1 values kept unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>  row %1 %2 (entity %3) %4 kept unread, column &quot;%5&quot;: %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterventionRegister</name>
    <message>
        <location filename="../core/offenders/interventionregister.cpp" line="+80"/>
        <source>cannot store the suggested interventions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>entity %1 is not a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an intervention needs a type and a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot record the intervention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is no intervention %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot remove the intervention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Before and after are the recorded incidents in windows of the same length either side of the intervention date (the day itself in neither). They are not evidence that the intervention worked: numbers are small; people are chosen for an intervention when their offending peaks, so it tends to fall afterwards anyway (regression to the mean); time in custody or away stops offending being recorded; offending elsewhere or not reported is not seen. Windows that have not ended by the as-of date are left out of the sums.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterventionsCommand</name>
    <message>
        <location filename="../core/cli/interventionscommand.cpp" line="+43"/>
        <source>Suggested interventions by motivation (never applied), interventions recorded, and offending before and after each in windows of the same length, with the caveats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The person&apos;s entity id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an intervention of this type (with --id and --date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The intervention&apos;s date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who owns the intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When to review it (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in each of the before and after windows (default 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date windows are judged complete on (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before and after added up by intervention type and motivation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the suggested interventions by motivation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --set-suggestions: the motivation to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the suggestions for --motivation with these, separated by &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>interventions: --window &quot;%1&quot; is not a number of days (expected 1 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interventions: --as-of &quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>interventions: --motivation &quot;%1&quot; is not a motivation (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Suggestions only: nothing is applied automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>interventions: --id &quot;%1&quot; is not an entity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interventions: --add needs --id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>interventions: --date &quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>interventions: --review-date &quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded intervention %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>By intervention type and motivation (%1-day windows; incomplete windows left out):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %7 / %8: %1 interventions (%2 incomplete); incidents %3 before, %4 after; harm %5 before, %6 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no motivation recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1  person %2  %3  before %4 incidents / harm %5, after %6 / %7%8  %9  owner %10  outcome %11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (after window not over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No interventions recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Harm: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <location filename="../core/ingest/jsonreader.cpp" line="+220"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1: line %2: JSON syntax error at offset %3 of the line: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: line %2 is %3, expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: JSON syntax error at line %2 (offset %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the JSON document is neither an array of objects nor an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: element %2 (index %3) of the JSON array is %4, expected an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KernelDensity</name>
    <message>
        <location filename="../core/analysis/kerneldensity.cpp" line="+44"/>
        <source>weight per km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel density, quartic kernel of radius %1 m, on %2 m cells (British National Grid); density at each cell centre per km²; hot spots: the top %3% of cells with a density. Caveat: the picture depends on the bandwidth and cell size chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkTypes</name>
    <message>
        <location filename="../core/model/linktype.cpp" line="+16"/>
        <source>Suspect in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offender in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occurred at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-offender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stolen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Located in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sighted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapExporter</name>
    <message>
        <location filename="../ui/map/mapexporter.cpp" line="+107"/>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (British National Grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot export the map to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a file name ending in .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not enough memory for the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+14"/>
        <source>the file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../ui/map/maplegend.cpp" line="+53"/>
        <source>Harm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Areas: harm by local authority, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Places: %n located (area of symbol proportional to harm; colour: %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>  %n places not located (not drawn, listed in the places table)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hot spots: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  cell %1 m, distance band %2 m: %3 hot cells (red), %4 cold (blue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hot spots: %1, cell %2 m, bandwidth %3 m; shaded above mean + 0.5 SD of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Areas:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchModel</name>
    <message>
        <location filename="../core/resolve/matchmodel.cpp" line="+81"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>forename/surname reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one edit apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two edits / Jaro-Winkler &gt;= 0.88</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same surname, initial only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day and month swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one digit differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a town in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no town in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a vehicle in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no vehicle in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>co-offender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a co-offender/associate in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no co-offender in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+155"/>
        <source>prior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lambda %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>%n in common</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>null (missing on a side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>surname frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>term-frequency adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 of %3 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>safety rule: two different dates of birth keep the two apart whatever else agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n shared vehicle(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n shared co-offender(s) or associate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>safety rule: no date of birth to compare and no shared vehicle or co-offender: not merged automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no date of birth to compare; context evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+169"/>
        <source>the saved match model is not a Fellegi-Sunter model of version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the saved match model has %1 comparisons (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the saved match model&apos;s comparison %1 is not readable (levels with m and u from 0 to 1 expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the saved match model&apos;s lambda is not a probability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeLedger</name>
    <message>
        <location filename="../core/resolve/mergeledger.cpp" line="+58"/>
        <source>cannot merge: the workspace is busy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>cannot merge entities %1 and %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no such entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>they are already one entity (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>they are not of the same entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>cannot undo merge %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no such merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was already undone on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>merge %1 was made on top of it; undo that one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entities have changed since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotivationCommand</name>
    <message>
        <location filename="../core/cli/motivationcommand.cpp" line="+33"/>
        <source>Record (--set), revert (--revert) or list (--history) why a person offends, as the analyst assessed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person&apos;s entity id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a motivation: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the assessment rests on (required with --set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3x5x2 grading of the assessment, e.g. &quot;2B P&quot; (source 1-3, intelligence A-E, handling P or C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handling conditions (with handling code C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the person&apos;s latest record (give its id): the state before it is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every recorded state, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>motivation: --id &quot;%1&quot; is not an entity id (expected a positive number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>motivation: --set &quot;%1&quot; is not a motivation (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>motivation: --grade &quot;%1&quot; is not a 3x5x2 code (expected e.g. &quot;2B P&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>motivation: --grade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coerced or exploited: a possible victim of exploitation. Safeguarding comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded motivation %1 for person %2 (record %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>motivation: --revert &quot;%1&quot; is not a record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>motivation: record %1 is not the latest of person %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reverted record %1 (new record %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No motivation recorded for person %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ungraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  (reverts %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotivationRegister</name>
    <message>
        <location filename="../core/offenders/motivationregister.cpp" line="+56"/>
        <source>a motivation needs a reason (what the assessment rests on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>there is no motivation record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>motivation record %1 is not the latest for person %2: revert the later ones first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>entity %1 is not a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>person %1 was merged into another: record the motivation on that one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+15"/>
        <source>cannot record the motivation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Motivations</name>
    <message>
        <location filename="../core/offenders/motivation.cpp" line="+28"/>
        <source>Organised / for profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependency-driven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need-driven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coerced or exploited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Steals to order or to sell on, alone or in a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offends to fund a drug or alcohol dependency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offends out of need (food, essentials, debt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offends when the chance arises, without planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made to offend by others: a possible victim of exploitation; safeguarding comes first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeighboursCommand</name>
    <message>
        <location filename="../core/cli/neighbourscommand.cpp" line="+11"/>
        <source>Every entity within N hops of the given ones (find linked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entity ids to start from (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far to look (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>neighbours: give --id with at least one entity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>neighbours: --hops &quot;%1&quot; is not a number of hops (expected 0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkRoles</name>
    <message>
        <location filename="../core/offenders/networkrole.cpp" line="+98"/>
        <source>tied to no other offender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker (articulation point) in network %1 of %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member of network %1 of %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, tied to %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, betweenness %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, community %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworksCommand</name>
    <message>
        <location filename="../core/cli/networkscommand.cpp" line="+11"/>
        <source>Offender networks with members, incidents, vehicles, places, value, dates and areas; large ones split into communities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Networks with more members than this are split into communities (default 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out networks with fewer members (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>networks: networks are found on the offender graph (omit --graph or use --graph offenders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>networks: --%1 &quot;%2&quot; is not a number of members (expected 1 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 people, %2 incidents, %3 vehicles, %4 places, value %5 GBP, %6 to %7, areas: %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1 communities, modularity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No networks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffenderProfile</name>
    <message>
        <location filename="../core/offenders/offenderprofile.cpp" line="+201"/>
        <source>Motivation: %1 (%2), by %3 on %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>ungraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Suggested interventions (not applied): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intervention %1: %2 incidents / harm %3 in the %4 days before, %5 / %6 after%7: %8 on %9 (owner %10, outcome %11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (after window not yet over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incidents: %1, value %2, harm %3 (%4 weighted, %5 counted 1), first seen %6, last seen %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 (counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-offenders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>  %1 %2, %3 · %n incident(s) shared %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>  %1 %2 · %n incident(s) · %3 %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>  %1 %2 (%3) · %n incident(s) · %4 %5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Areas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time of day: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (%1 without a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of week: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel between consecutive offences: %1 km over %2 legs (haversine, mean Earth radius 6371.0088 km); %3 legs without coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  entity %1 (merge %2, %3, by %4 on %5): %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attributes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffendersCommand</name>
    <message>
        <location filename="../core/cli/offenderscommand.cpp" line="+20"/>
        <source>People ranked by a transparent recency-frequency-harm priority, each score explained; bands shown and changed with --show-bands / --bands-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The N highest (default 20; 0 for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only people whose recorded motivation is M: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each score in words and numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date the priority is worked out on (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this ranking as a review: the next ranking shows each change of rank since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the bands in use and stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store new bands from a JSON file (keys as --show-bands --json prints; missing keys keep their defaults).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the default bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>offenders: --top &quot;%1&quot; is not a count (expected 0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offenders: --as-of &quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>offenders: --motivation &quot;%1&quot; is not a motivation (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>offenders: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>offenders: %1 at offset %2: %3 (expected a JSON object of bands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Harm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of %1; %2 people ranked; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change of rank since the review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no earlier review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved as review %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairExplainer</name>
    <message>
        <location filename="../core/resolve/pairexplainer.cpp" line="+24"/>
        <source>no match model is saved in the workspace (run resolve with the Fellegi-Sunter model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the saved match model cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>entity %1 is not a live person entity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairExplanation</name>
    <message>
        <location filename="../core/resolve/pairexplanation.cpp" line="+65"/>
        <source>%1 %2 %3  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>match probability %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept apart whatever the weights (safety rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>score lowered to %1 by a safety rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2%3 (%4 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>total %1 bits with prior, match probability %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathCommand</name>
    <message>
        <location filename="../core/cli/pathcommand.cpp" line="+11"/>
        <source>The shortest path between two entities, or the network connecting several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start entity id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End entity id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted path: a link of weight w counts 1/w, so stronger ties make shorter paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instead of --from/--to: the network connecting these entity ids (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>path: --between needs at least two entity ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connecting network: %1 entities, %2 links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  not connected: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>path: give --from ID and --to ID, or --between ID,ID,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No path between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weighted length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDisplay</name>
    <message>
        <location filename="../core/offenders/persondisplay.cpp" line="+65"/>
        <source>date of birth not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>b. %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>b. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonScorer</name>
    <message>
        <location filename="../core/resolve/personscorer.cpp" line="+68"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>dates of birth %1 and %2 differ by more than a day/month swap or a one-digit slip: kept apart whatever the names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>names do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (through an alias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same name %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names %1 and %2 differ by a likely typo (Jaro-Winkler %3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>same surname, forename %1 given as an initial in %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>names %1 and %2 are the same with forename and surname swapped%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>same date of birth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dates of birth %1 and %2 differ by a day/month swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dates of birth %1 and %2 differ in one digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no date of birth on %1 to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>either record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n shared vehicle(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n shared co-offender(s) or associate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>active in %n of the same town(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PredictiveAccuracy</name>
    <message>
        <location filename="../core/analysis/predictiveaccuracy.cpp" line="+32"/>
        <source>Predictive Accuracy Index = (share of the month&apos;s harm in the hot-spot cells) / (share of the grid&apos;s cells that are hot spots), by rolling origin: hot spots from all earlier months, scored on the next month. Caveat: A is the grid&apos;s extent, so the PAI grows with the study area.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewCommand</name>
    <message>
        <location filename="../core/cli/previewcommand.cpp" line="+14"/>
        <source>Show a file&apos;s first rows exactly as the importer reads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of rows (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read with this spec&apos;s format settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delimiter (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row number of the header (default 1; 0 = none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet of an .xlsx workbook (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>preview: name one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>File: %1
Format: %2, encoding %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns (%1): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(extra %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriorityBands</name>
    <message>
        <location filename="../core/offenders/prioritybands.cpp" line="+25"/>
        <source>priority bands: &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a list of [bound, points] pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a list of [bound, points] pairs of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has points %1: expected a whole number from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has a negative bound %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bounds must rise from one band to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bounds must fall from one band to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>priority bands: &quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>priority bands: &quot;betweenness_threshold&quot; must be a number from 0 to 1 (normalised betweenness)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>up to %1 days: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recency (days since the last incident): %1; older or none: 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>%1 or more: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Frequency (incidents in the %1 days to the as-of date): %2; fewer: 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Harm (sum of harm weights, an incident whose offence has no weight counting 1; %1): %2; less: 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incidents in the %1 days to the as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every incident on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network role: broker (articulation point of the offender network): %1; normalised betweenness %2 or more: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network role: not scored (broker and betweenness points are 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest possible score: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriorityScorer</name>
    <message>
        <location filename="../core/offenders/priorityscorer.cpp" line="+99"/>
        <source>Score %1 of %2 = recency %3 + frequency %4 + harm %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> + network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>band up to %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside every band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>band %1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below every band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recency %1: no dated incident on or before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Recency %1: last incident %n day(s) before %2 (%3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Frequency %1: %n incident(s) in the %2 days to %3 (%4).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the %1 days to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on record to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Harm %1: %2, a count of %n incident(s) %3 (no harm weight set) (%4).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Harm %1: %2 from %n incident(s) %3 with harm weights plus %4 counted 1 each for want of a weight (%5).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Recency-frequency-harm priority: each factor is banded and the points are added (a transparent matrix in the spirit of the recency-frequency-gravity matrices UK forces use, not a prediction). Harm is the sum of the harm weights of the offences, an incident whose offence has no weight counting 1. Ties are ranked by harm, then the more recent last incident. The score says who has offended most recently, often and harmfully on the records held; it does not say why, and records held are not all offending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriorityStore</name>
    <message>
        <location filename="../core/offenders/prioritystore.cpp" line="+57"/>
        <source>cannot store the priority bands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot reset the priority bands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot save the review: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileBuilder</name>
    <message>
        <location filename="../core/offenders/profilebuilder.cpp" line="+79"/>
        <location line="+17"/>
        <source>entity %1 is not a person in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>cannot write the consultation to the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>cannot read the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <location filename="../core/cli/profilecommand.cpp" line="+14"/>
        <source>A person&apos;s offender profile: incidents, co-offenders, vehicles, places, network role, pattern, travel, merges and motivation, each fact with its source and grading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The person&apos;s entity id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the profile is consulted (recorded in the audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date ages are worked out on (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the network role (it needs the whole offender projection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile: --id &quot;%1&quot; is not an entity id (expected a positive number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>profile: --as-of &quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Harm: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordLoader</name>
    <message>
        <location filename="../core/resolve/recordloader.cpp" line="+58"/>
        <source>cannot read the %1 entities: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveCommand</name>
    <message>
        <location filename="../core/cli/resolvecommand.cpp" line="+31"/>
        <source>Entity resolution: merge the same person or vehicle written differently, queue doubtful pairs for review, undo merges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resolve only this entity type (person or vehicle); may be repeated. Default: both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge automatically at or above this score, as TYPE=SCORE (e.g. person=0.9); may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue for review at or above this score, as TYPE=SCORE (e.g. person=0.6); may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score and report, change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How persons are scored: rules (hand-set scores) or fellegi-sunter (a match model trained on the workspace by expectation-maximisation). Default: rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train the match model again instead of using the one saved in the workspace by an earlier run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the Fellegi-Sunter waterfall of two person entities A,B (prior, each comparison&apos;s level and match weight log2(m/u), term-frequency adjustment, total, probability) instead of resolving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the review queue instead of resolving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the merges made instead of resolving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept review item N: merge the pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject review item N: keep the pair apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip review item N (to the back of the queue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo merge N and remember the two as different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>option --%1: &quot;%2&quot; is not an item number (expected a positive whole number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>  %n other queued pair(s) between the same two clusters settled with it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>merge %1 undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge %1 undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n pair(s) waiting for review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Order: pairs joining two offender networks, then pairs with a prolific offender (%1 or more incidents), then the rest; within each, closest to the decision boundary first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source> undone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>option --model: &quot;%1&quot; is not a model (expected rules or fellegi-sunter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>option --explain: &quot;%1&quot; is not two entity ids A,B (e.g. 12,345)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>option --explain: entity %1 is not a live person entity of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fellegi-Sunter match weights (bits, log2(m/u)) of persons %1 and %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>option --type: &quot;%1&quot; cannot be resolved (expected person or vehicle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>option --%1: &quot;%2&quot; is not TYPE=SCORE (expected e.g. person=0.9, a score from 0 to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the review threshold for %1 (%2) is above its merge threshold (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Resolution (dry run, nothing changed) of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1: %2 records, %3 candidate pairs: %4 merged, %5 queued for review, %6 kept apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>    %1 pairs kept apart by earlier decisions, %2 merges held back as conflicting, %3 oversized blocks skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionCommand</name>
    <message>
        <location filename="../core/cli/retentioncommand.cpp" line="+14"/>
        <source>Records past their review date, and retain/erase decisions (due|retain|erase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>due, retain or erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due: review date cut-off (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retain/erase: the source record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retain/erase: why (recorded in the audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retain: next review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>retention: --as-of must be a date yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 records due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>retention %1: --record ID is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record %1 retained until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record %1 and its derived facts erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>retention: expected due, retain or erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionReview</name>
    <message>
        <location filename="../core/store/retentionreview.cpp" line="+55"/>
        <source>retaining a record needs a reason and a next review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot record the decision for record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>erasing a record needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot erase record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>record %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPriority</name>
    <message>
        <location filename="../core/resolve/reviewpriority.cpp" line="+124"/>
        <source>joins two networks (%1 and %2 people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>prolific: %1 incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>score %1 is %2 from the decision boundary %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <location filename="../core/resolve/reviewqueue.cpp" line="+114"/>
        <source>cannot queue entities %1 and %2 for review: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+55"/>
        <source>review item %1 is not in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>settled with review item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot settle review item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot record the decision on review item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot remember the decision on entities %1 and %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <location filename="../core/ingest/rowvalidator.cpp" line="+187"/>
        <source>the row has %1 fields but the header has %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>column &quot;%1&quot; holds %2 characters (expected at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a date (expected %3 or ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the row maps to no entity: every mapped column is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+104"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is before 1900 (expected a date from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is later than the import (expected a date no later than %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is more than %3 years ahead (expected a date no later than %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>column &quot;%1&quot; is empty, but %2 &quot;%3&quot; needs it as its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a date (expected %3 or ISO 8601 yyyy-MM-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a date and time (expected %3 or ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not an amount of money (expected e.g. %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is negative (expected an amount from £0.00 to £%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is more than £%3, the most one record may hold (format.max_money_gbp in the spec raises it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a %3 (expected -%4 to %4 degrees)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../core/store/schema.cpp" line="+459"/>
        <source>workspace %1 was written by a newer FusionCell (schema %2; this version understands up to %3): open it with a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>workspace %1 needs an upgrade (schema %2 to %3) but is read-only: open a writable copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot upgrade workspace %1: the backup copy %2 could not be written: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot upgrade workspace %1 to schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <location filename="../core/cli/searchcommand.cpp" line="+14"/>
        <source>Full-text search: names, VRMs, references and narratives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most N results (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>search: give the text to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecTemplateCommand</name>
    <message>
        <location filename="../core/cli/spectemplatecommand.cpp" line="+13"/>
        <source>Write a starting import spec from a file&apos;s header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the spec to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row number of the header (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>spec-template: name one export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1: set the organisation, grading and offence values before importing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <location filename="../core/ingest/tablereader.cpp" line="+78"/>
        <source>%1 is a password-protected (encrypted) Excel workbook, which cannot be read: save it in Excel without a password, as .xlsx or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an Excel 97-2003 .xls workbook (or another old Office file), which cannot be read: save it as .xlsx or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is not an Excel .xlsx workbook: an .xlsx file is a zip file, and this one is not (it is damaged, or another kind of file renamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: unknown format &quot;%2&quot;: expected auto, csv, json, jsonl or xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <location filename="../core/ingest/textdecoder.cpp" line="+134"/>
        <source>unknown encoding &quot;%1&quot;: expected auto, utf-8, utf-16, utf-16le, utf-16be, windows-1252 or latin-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+113"/>
        <source>file %1 is not valid UTF-16: it has an odd number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>file %1 is not valid %2: an unpaired surrogate (0x%3) at offset %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>file %1 changed while it was being read: it is no longer valid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-71"/>
        <source>file %1 looks binary: NUL byte at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>file %1 is not valid UTF-8: it ends inside a character (byte 0x%2 at offset %3 starts one that is not finished): the file looks cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>file %1 is not valid UTF-8: byte 0x%2 at offset %3 (set the encoding to windows-1252 if it was saved by Excel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleScorer</name>
    <message>
        <location filename="../core/resolve/vehiclescorer.cpp" line="+117"/>
        <source>same registration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a possible current-style registration; read with 0/O, 1/I, 5/S or 8/B corrected it is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>registrations %1 and %2 differ only in characters that are often misread (0/O, 1/I, 5/S, 8/B), but both are possible marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>registrations differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../core/store/workspace.cpp" line="+173"/>
        <source>cannot open workspace %1: the file and its folder are read-only, and FusionCell keeps working files (-wal, -shm) beside it; check the permissions of the file and its folder, or copy it to a writable folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a FusionCell workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot open workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 already exists: choose a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+17"/>
        <source>cannot write the copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>this build of FusionCell cannot encrypt workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the new passphrase is empty: to remove encryption, decrypt to a plain copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+272"/>
        <source>cannot save chart &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceAccess</name>
    <message>
        <location filename="../core/store/workspaceaccess.cpp" line="+53"/>
        <source>cannot read the passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <location filename="../core/cli/workspacecommand.cpp" line="+14"/>
        <source>Workspace file (.fcdb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the passphrase of an encrypted workspace from this file (or set FUSIONCELL_PASSPHRASE). Never give it on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: --db W.fcdb is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>workspace %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceHarm</name>
    <message>
        <location filename="../core/offenders/workspaceharm.cpp" line="+18"/>
        <source>no harm table (%1): each incident counts 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2), %3; offences without a weight count 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::AboutDialog</name>
    <message>
        <location filename="../ui/app/aboutdialog.cpp" line="+13"/>
        <source>About FusionCell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FusionCell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Intelligence workstation for organised retail crime.
Handle all data in line with its marking: OFFICIAL-SENSITIVE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contains OS and ONS data © Crown copyright and database right; boundaries by Martin Chorley.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains data from data.police.uk, Open Government Licence v3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::AccessController</name>
    <message>
        <location filename="../ui/app/accesscontroller.cpp" line="+72"/>
        <source>The passphrase is wrong, or the file is not a FusionCell workspace. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 was not kept: its disclosure could not be recorded in the audit trail: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A plain (unencrypted) copy of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save Encrypted Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The audit trail as CSV (%n entries)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::ActionManager</name>
    <message>
        <location filename="../ui/app/actionmanager.cpp" line="+16"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open C&amp;hart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset Window Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About FusionCell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>P&amp;urpose of Access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Pl&amp;ain Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Encr&amp;ypted Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypt to a plain copy: recorded as a disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run Re&amp;solution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find records of the same person or vehicle: merge the certain ones, queue the likely ones for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::AnalysisMapProvider</name>
    <message>
        <location filename="../core/map/analysismapprovider.cpp" line="+91"/>
        <source>Getis-Ord Gi*, Benjamini-Hochberg FDR %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::AttributeTableModel</name>
    <message>
        <location filename="../ui/inspector/attributetablemodel.cpp" line="+35"/>
        <source>%1, sheet &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1
SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::AuditPane</name>
    <message>
        <location filename="../ui/audit/auditpane.cpp" line="+29"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+112"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Days are UTC, both ends included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chain broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Chain intact, %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Export Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit trail not exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::AuditTableModel</name>
    <message>
        <location filename="../ui/audit/audittablemodel.cpp" line="+30"/>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ChartBridge</name>
    <message>
        <location filename="../ui/app/chartbridge.cpp" line="+26"/>
        <source>The link chart is not built into this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Charts cannot be saved: the link chart is not built into this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charts cannot be opened: the link chart is not built into this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not written: the link chart is not built into this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ChartDocument</name>
    <message numerus="yes">
        <location filename="../ui/chart/chartdocument.cpp" line="+218"/>
        <location line="+5"/>
        <location line="+25"/>
        <source>Add %n entities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>Show network of %n entities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Expand: %n entities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Remove %n entities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Follow merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove merged entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add live entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Force layout (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Force layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Circular layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layout by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hierarchical layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+153"/>
        <location line="+20"/>
        <source>Add path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No path links entity %1 and entity %2 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Network %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Community %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more (colours repeat)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>betweenness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PageRank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+171"/>
        <source>No workspace is open to save the chart into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A chart needs a name to be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No workspace is open to load chart %1 from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chart %1 is not in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chart &quot;%1&quot; cannot be read: at offset %2, expected a FusionCell chart (JSON): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chart &quot;%1&quot; was saved by a newer FusionCell (format version %2, expected %3 or older).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Handling codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ChartPane</name>
    <message>
        <location filename="../ui/chart/chartpane.cpp" line="+25"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Layout running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing on the chart yet. Double-click a network in Networks, or search and double-click a result (or drag it here), to put it on the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change to the chart (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the change last undone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Force-directed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grouped by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hierarchical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+101"/>
        <source>Find path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+84"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+99"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network (connected part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community (Leiden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Same size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betweenness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PageRank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select exactly two entities to find the path between them (%1 selected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Path of %n link(s) highlighted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expand (all links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expand by link type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove from chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ungroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ClassBreaks</name>
    <message numerus="yes">
        <location filename="../core/map/classbreaks.cpp" line="+36"/>
        <source>Quantiles, %n classes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::DemoGenerator</name>
    <message>
        <location filename="../core/demo/exportfile.cpp" line="+20"/>
        <location filename="../core/demo/groundtruth.cpp" line="+128"/>
        <source>Cannot create the demo file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <location filename="../core/demo/groundtruth.cpp" line="+87"/>
        <source>Cannot write the demo file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::DisclosureDialog</name>
    <message>
        <location filename="../ui/app/disclosuredialog.cpp" line="+17"/>
        <source>Record Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

This is a disclosure of personal data and is recorded in the audit trail (DPA 2018 s.62). Who receives it, and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. DS Khan, CPS Yorkshire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. case file for the charging decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justification:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::FilesPage</name>
    <message>
        <location filename="../ui/importwizard/filespage.cpp" line="+20"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the exports to import. Files imported together share one column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables (*.csv *.tsv *.txt *.json *.jsonl *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::GradingText</name>
    <message>
        <location filename="../ui/inspector/gradingtext.cpp" line="+13"/>
        <source>%1%2%3 (5x5x5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ungraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intelligence %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handling %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conditions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source record carries no 3x5x2 grading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::GroupCommand</name>
    <message numerus="yes">
        <location filename="../ui/chart/undocommands.cpp" line="+100"/>
        <source>Group %n entities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Ungroup %n entities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::HarmCommand</name>
    <message>
        <location filename="../core/cli/harmcommand.cpp" line="+23"/>
        <source>Harm tables: offence weights (list|set|use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list (the tables and their weights), set OFFENCE WEIGHT|none, or use TABLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set: offence and weight; use: the table&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list/set: the table (default: the active one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set: the published category the weight comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set: a note (the source of the value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>harm use: name one table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active harm table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>harm set: give OFFENCE and WEIGHT (a number, or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>harm set: &quot;%1&quot; is not a number (or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 = %3 (was %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>harm: unknown action &quot;%1&quot; (list, set or use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>harm: no table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::HarmStore</name>
    <message>
        <location filename="../core/analysis/harmstore.cpp" line="+40"/>
        <source>the workspace has no harm tables yet and is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>the workspace has no active harm table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no harm table &quot;%1&quot; (tables: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no harm table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a harm weight needs an offence and a weight of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::HideCommand</name>
    <message numerus="yes">
        <location filename="../ui/chart/undocommands.cpp" line="+26"/>
        <source>Hide %n entities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Show %n entities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::HotspotsCommand</name>
    <message>
        <location filename="../core/cli/hotspotscommand.cpp" line="+32"/>
        <source>Hot spots of harm on a grid (kernel density or Getis-Ord Gi*), with the Predictive Accuracy Index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kde (quartic kernel density) or gi (Getis-Ord Gi*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cell size in metres (default 250).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kde: the kernel&apos;s radius; gi: the distance band of the weights; metres (default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>harm (default: each incident weighted by the active harm table) or count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gi: the false discovery rate q (default 0.05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kde: the share of cells with a density flagged as hot spots (default 0.05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First date (inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last date (inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also compute the Predictive Accuracy Index by rolling origin over the data&apos;s months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the grid&apos;s non-empty cells as GeoJSON (WGS84).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hotspots: --method must be kde or gi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hotspots: --cell and --bandwidth must be positive numbers of metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hotspots: --fdr must be between 0 and 1, --hot-share above 0 and at most 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hotspots: --weight must be harm or count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hotspots: --from and --to must be dates yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>hotspots: no located incident to map (%1 unlocated, %2 unweighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hotspots: the grid would have %1 cells (%2 x %3): choose a larger --cell or a date range or data set covering a smaller area (at most %4 cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>each incident weighted by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each incident counts 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>binary, distance band %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>hotspots: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid: %1 x %2 cells of %3 m from E %4 N %5; %6 incidents on it, %7 unlocated, %8 unweighted (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hot-spot cells: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  PAI %1: %2 (hit rate %3%, area %4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean PAI: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ImportJob</name>
    <message>
        <location filename="../ui/importwizard/importjob.cpp" line="+46"/>
        <source>Not imported: the import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create a temporary folder to check the files: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ImportListModel</name>
    <message>
        <location filename="../ui/importlistmodel.cpp" line="+39"/>
        <source>SHA-256 %1
Imported by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ImportPage</name>
    <message>
        <location filename="../ui/importwizard/importpage.cpp" line="+17"/>
        <source>Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each file is imported as one transaction: cancelling leaves the workspace as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ImportSession</name>
    <message>
        <location filename="../ui/importwizard/importsession.cpp" line="+71"/>
        <source>New import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Checking rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: %n row(s) read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished with errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ImportSummaryModel</name>
    <message>
        <location filename="../ui/importwizard/importsummarymodel.cpp" line="+15"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Values that could not be read on rows the spec keeps (on_bad_value: keep_row): stored as written, not used; fusioncell-cli info --unparsed N lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ImportWizard</name>
    <message>
        <location filename="../ui/importwizard/importwizard.cpp" line="+17"/>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::IncidentTableModel</name>
    <message>
        <location filename="../ui/inspector/incidenttablemodel.cpp" line="+66"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::InspectorPane</name>
    <message>
        <location filename="../ui/inspector/inspectorpane.cpp" line="+21"/>
        <source>Select an entity or a link on the chart, or double-click a search result: its attributes appear here, each with the organisation, file, row and grading it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>Merged from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not shown: no purpose of access was stated, so the consultation was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+54"/>
        <source>Source record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Incidents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merged from (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+63"/>
        <location line="+253"/>
        <source>FusionCell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+5"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Map not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — FusionCell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <location line="+116"/>
        <source>FusionCell workspaces (*.fcdb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Cannot create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chart not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Open Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>This workspace has no saved charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chart not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-215"/>
        <location line="+222"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The link chart as a %1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The map as a %1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No purpose of access stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save Plain Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save Encrypted Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::MapJob</name>
    <message>
        <location filename="../ui/map/mapjob.cpp" line="+24"/>
        <source>The bundled boundaries (uk_local_authorities.geojson) were not found; set FUSIONCELL_GEO_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::MapPane</name>
    <message>
        <location filename="../ui/map/mappane.cpp" line="+30"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choropleth of harm by local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot-spot grid (method, cell size and bandwidth in the legend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the selected place or area, its incidents and its offenders on the link chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a place or an area for its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Computing the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading the boundaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelled: the map shows the previous figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-harm places and areas, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>Harm: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Incidents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Value: £%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offenders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid reference: E %1, N %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No located incidents in this area in the date range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Places: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area: %1 km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Export Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::MappingPage</name>
    <message>
        <location filename="../ui/importwizard/mappingpage.cpp" line="+60"/>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who supplied the file and how it is graded, and check what each column becomes. Columns without an entity role are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Spec name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grading (3x5x2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load Spec…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Spec…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Who supplied this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Load Import Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Import specs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Loaded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save Import Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::MarkingBanner</name>
    <message>
        <location filename="../ui/app/markingbanner.cpp" line="+18"/>
        <source>OFFICIAL-SENSITIVE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::MergeTableModel</name>
    <message>
        <location filename="../ui/inspector/mergetablemodel.cpp" line="+18"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (entity %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Merge %1: entity %2 (%3) was merged into entity %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Merged from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::MergedFromView</name>
    <message>
        <location filename="../ui/inspector/mergedfromview.cpp" line="+21"/>
        <source>Unmerge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Separate the selected entity again: its records and links go back to it, and resolution remembers that the two are different. Written to the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Not unmerged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>merge %1 undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unmerged, but the decision could not be remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unmerge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo merge %1?

%2 (entity %3) becomes a separate entity again, with its own records and links, and resolution will not merge the two again.

The unmerge is written to the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::MoveItemsCommand</name>
    <message numerus="yes">
        <location filename="../ui/chart/undocommands.cpp" line="-77"/>
        <source>Move %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::NetworkJob</name>
    <message>
        <location filename="../ui/networks/networkjob.cpp" line="+59"/>
        <source>The analysis could not be recorded in the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::NetworkTableModel</name>
    <message>
        <location filename="../ui/networks/networktablemodel.cpp" line="+67"/>
        <source>Network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Split into %1 communities (modularity %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::NetworksPane</name>
    <message>
        <location filename="../ui/networks/networkspane.cpp" line="+25"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Finding networks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n network(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::PartDevice</name>
    <message>
        <location filename="../core/ingest/xlsxpackage.cpp" line="+42"/>
        <source>%1: the part %2 of the workbook cannot be opened (the zip is damaged or uses an unsupported compression or encryption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: the part %2 of the workbook is damaged (its compressed data cannot be inflated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the part %2 of the workbook is damaged (its checksum does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the part %2 of the workbook expands to more than %3 MiB: refused as a possible zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the part %2 of the workbook expands more than %3 times its compressed size: refused as a possible zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::PassphraseDialog</name>
    <message>
        <location filename="../ui/app/passphrasedialog.cpp" line="+16"/>
        <source>Encrypt with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a passphrase. It is not stored anywhere: without it the workspace cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is encrypted. Enter its passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::PinCommand</name>
    <message numerus="yes">
        <location filename="../ui/chart/undocommands.cpp" line="+100"/>
        <source>Pin %n entities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Unpin %n entities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::PlaceHarm</name>
    <message>
        <location filename="../core/analysis/placeharm.cpp" line="+45"/>
        <source>harm = sum over incidents of the harm table&apos;s weight of the incident&apos;s offence; an offence with no weight adds no harm and is listed as unweighted; value = sum of value_gbp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; an incident with several offenders counts in full for each, so offenders&apos; shares can add up to more than 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(no offence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>the incident names no place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>(unlocated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no boundaries loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(outside every area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>located, but inside no boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no LSOA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data names no LSOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no known offender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(no network)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::PlacesCommand</name>
    <message>
        <location filename="../core/cli/placescommand.cpp" line="+26"/>
        <source>Places, areas, retailers or offenders ranked by harm, with counts, value and share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First date (inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last date (inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place (default), area (local authority, from the bundled boundaries), lsoa (when the data names one), retailer (the reporting organisation), offender or network (offender networks of the graph engine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the first N rows (totals are over all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--by area: a GeoJSON of areas (properties code, name) instead of the bundled local authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>places: --from and --to must be dates yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>places: --by must be place, area, lsoa, retailer, offender or network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>places: --top must be a whole number of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Harm by %1 (%2; unit: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value £</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>located</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total: %1 harm over %2 incidents in %3 groups, value £%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unweighted offences: %1 incidents of %2 (no weight in the harm table: not counted as harm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concentration over %1 groups: top 1% %2%, top 5% %3%, top 10% %4% of harm; Gini %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harm table source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::PostcodeTable</name>
    <message>
        <location filename="../core/analysis/postcodetable.cpp" line="+63"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the header has no postcode column (pcds, postcode...) with easting/northing or latitude/longitude columns; for Code-Point Open (no header) use --codepoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 row %2: the postcode column is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 row %2 column %3: &quot;%4&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::PostcodesCommand</name>
    <message>
        <location filename="../core/cli/postcodescommand.cpp" line="+22"/>
        <source>The postcode table that locates places without coordinates (load|count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>load FILE (replaces the table) or count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load: ONSPD or other CSV with a header, or Code-Point Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is Code-Point Open (no header: postcode, quality, easting, northing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 postcodes or districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>postcodes: use `postcodes load FILE` or `postcodes count`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 postcodes loaded (%2 without a grid reference skipped), from %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::PreviewModel</name>
    <message>
        <location filename="../ui/importwizard/previewmodel.cpp" line="+66"/>
        <source>Row %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::PreviewPage</name>
    <message>
        <location filename="../ui/importwizard/previewpage.cpp" line="+27"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first rows exactly as they will be read. Change the encoding or delimiter if they look wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Read as %1, encoding %2, delimiter “%3”: %4 columns, first %n row(s) shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::PurposeDialog</name>
    <message>
        <location filename="../ui/app/purposedialog.cpp" line="+17"/>
        <source>Purpose of Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every consultation of personal data is recorded with its purpose (DPA 2018 s.62). State why you are consulting this workspace in this session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Op KESTREL or case 24/1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. identify associates of the suspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operation or case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::RecentFiles</name>
    <message>
        <location filename="../ui/app/recentfiles.cpp" line="+56"/>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear Recent Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::RejectTableModel</name>
    <message>
        <location filename="../ui/importwizard/rejecttablemodel.cpp" line="+64"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row as read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ReportPage</name>
    <message>
        <location filename="../ui/importwizard/reportpage.cpp" line="+27"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted and rejected rows. Rejected rows are also kept in the workspace with the import, and so are values kept unread on accepted rows (on_bad_value: keep_row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected rows:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ResolutionRunner</name>
    <message>
        <location filename="../ui/resolve/resolutionrunner.cpp" line="+45"/>
        <source>Resolving entities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run Resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ResolveReportDialog</name>
    <message>
        <location filename="../ui/resolve/resolvereportdialog.cpp" line="+17"/>
        <source>Resolution Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Review Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the review queue to decide on the pairs waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Resolution was cancelled. Entity types finished before it stopped keep their merges; the one being resolved was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolution failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n merge(s) made automatically</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pair(s) queued for review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n group(s) of records sharing a very common name were too large to compare and were skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::ResolveReportModel</name>
    <message>
        <location filename="../ui/resolve/resolvereportmodel.cpp" line="+59"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairs scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pairs scored at or above the merge threshold, merged automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairs between the review and merge thresholds, waiting in the review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairs below the review threshold, or incompatible (e.g. two dates of birth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairs an analyst had already said are different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merges refused because they would join records that are kept apart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ResolveSettingsDialog</name>
    <message>
        <location filename="../ui/resolve/resolvesettingsdialog.cpp" line="+30"/>
        <source>Resolution Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candidate pairs are scored from 0 to 1. Pairs at or above the merge score are merged automatically (each merge can be undone from the inspector); pairs at or above the review score wait in the review queue for an analyst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pairs scoring at least this are merged without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairs scoring at least this (and below the merge score) are queued for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge automatically at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue for review at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ReviewPane</name>
    <message>
        <location filename="../ui/resolve/reviewpane.cpp" line="+30"/>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File and row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Why this pair comes first: pairs whose merge would join two offender networks, then pairs with a prolific offender, then the rest; within each, the pair closest to the decision boundary (the middle of the review band) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why resolution thinks these two may be the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight (bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fellegi-Sunter match weights log2(m/u) of the saved match model: the prior, each comparison&apos;s level, the term-frequency adjustment of the surname; they sum to the total, whose match probability is 2^w / (1 + 2^w).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Accept: same (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject: different (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two are the same: merge them (A). Remembered, so re-imports do not ask again; the merge can be undone from the inspector&apos;s Merged from tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two are different: keep them apart (R). Remembered, so re-imports do not ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide later: send this pair to the back of the queue (S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Why now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, score %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (skipped before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n pair(s) waiting for review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pairs waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 (entity %2, %n source record(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, sheet &quot;%2&quot;, row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>m %1, u %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total %1 bits, match probability %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; after the safety rules %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Accepted; %n other queued pair(s) between the same two clusters settled with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Rejected; %n other queued pair(s) between the same two clusters kept apart with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::SearchPane</name>
    <message>
        <location filename="../ui/search/searchpane.cpp" line="+22"/>
        <source>Search names, VRMs, references, narratives… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>First %1 results; refine the search to see others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The workspace has changed since this search: press Enter to search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Add %n to Chart</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::SearchResultModel</name>
    <message>
        <location filename="../ui/search/searchresultmodel.cpp" line="+12"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::SpecMappingModel</name>
    <message>
        <location filename="../ui/importwizard/specmappingmodel.cpp" line="+194"/>
        <source>Cannot read the spec %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The spec %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The spec %1 reads columns this file does not have; they are left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write the spec %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Not imported. Type a role (e.g. suspect1) to import this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::TimelinePane</name>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="+26"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected on chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The incidents of the entities on the chart appear here by month or week. Drag across the bars to show a period on the chart; click a bar to select its incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Chart shows %1 to %2 (double-click to clear)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ValidatePage</name>
    <message>
        <location filename="../ui/importwizard/validatepage.cpp" line="+20"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is checked as the import will read it. Rejected rows are kept with their reason; go back to change the mapping, or go on to import the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 row(s) can be imported, %2 would be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The files cannot be imported with this mapping: see the first rows below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::WorkspaceSession</name>
    <message>
        <location filename="../ui/app/workspacesession.cpp" line="+21"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The workspace is not encrypted: save an encrypted copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::WorkspaceSummaryModel</name>
    <message>
        <location filename="../ui/workspacesummarymodel.cpp" line="+11"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::XlsxPackage</name>
    <message>
        <location filename="../core/ingest/xlsxpackage.cpp" line="+40"/>
        <source>%1 is not a readable zip file, so not an Excel .xlsx workbook (it may be damaged or incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the workbook has no part %2 (it is damaged or not an Excel workbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the part %2 of the workbook is not valid XML (line %3, column %4: %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::XlsxReader</name>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="+159"/>
        <source>%1: the workbook lists no sheets (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is a zip file but not an Excel workbook: it has no part %2 (an .xlsb, .ods or other document? save it as .xlsx or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: the workbook has no worksheet (its sheets: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no sheet &quot;%2&quot;: its sheets are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the workbook&apos;s relationships (%2) do not say where sheet &quot;%3&quot; is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: sheet &quot;%2&quot; is not a worksheet (a chart or dialog sheet holds no table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1: sheet &quot;%2&quot; (%3) has no sheetData element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the header row %2 is not valid: expected 0 (no header) or a row number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: sheet &quot;%2&quot; ends before row %3, where the header should be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: sheet &quot;%2&quot;, row %3, where the header should be, is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: sheet &quot;%2&quot;, row %3: &quot;%4&quot; is not a cell reference (%5 is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: sheet &quot;%2&quot;, row %3: a cell lies beyond column XFD (%4 is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: sheet &quot;%2&quot;: cell %3 comes after cell %4 (%5 is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: sheet &quot;%2&quot;, cell %3 refers to shared string %4, but the workbook has %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: sheet &quot;%2&quot;, cell %3 should hold a number but holds &quot;%4&quot; (%5 is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: sheet &quot;%2&quot;: row %3 follows row %4 (%5 is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+2"/>
        <source>cannot read %1 again to hash it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1, sheet &quot;%2&quot;: %3 cells hold formulas; the values the program that saved the workbook calculated are read (formulas are not recalculated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, sheet &quot;%2&quot;: %3 cells hold Excel errors (the first: %4); they are read as empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+62"/>
        <source>FusionCell analyst workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace (.fcdb) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Save a picture of the window to &lt;file&gt; once a network is on the chart, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save pictures of the map pane to &lt;file&gt; (all layers), &lt;file&gt;-choropleth and &lt;file&gt;-hotspots once the map is computed, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a picture of the review pane with its first pair to &lt;file&gt;, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the passphrase of an encrypted workspace from &lt;file&gt; (or set FUSIONCELL_PASSPHRASE). Never give it on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The purpose of access for this session (recorded with every consultation), e.g. &quot;Op KESTREL: associates&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
