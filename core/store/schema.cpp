#include "store/schema.h"

#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QFile>

namespace fc {

namespace {

// Version 1: the POLE model with provenance. Every attribute, link and entity mention points at the
// source record it came from; a source record keeps the raw row, its number, its import and its
// grading. Entities are resolved through entity_keys (deterministic keys such as a normalised VRM).
const char *const kVersion1 = R"SQL(
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    file_path TEXT,
    file_size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    spec_name TEXT NOT NULL,
    spec_json TEXT NOT NULL,
    organisation TEXT NOT NULL,
    organisation_kind TEXT,
    user_name TEXT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    encoding TEXT,
    delimiter TEXT,
    rows_read INTEGER NOT NULL DEFAULT 0,
    rows_accepted INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    records_updated INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX imports_sha ON imports(sha256);

CREATE TABLE source_records (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports(id),
    row_number INTEGER NOT NULL,
    record_key TEXT,
    raw TEXT NOT NULL,
    grade_source TEXT,
    grade_intelligence TEXT,
    grade_handling TEXT,
    handling_conditions TEXT,
    legacy_source TEXT,
    legacy_intelligence TEXT,
    legacy_handling TEXT,
    superseded_by INTEGER REFERENCES imports(id),
    review_date TEXT
);
CREATE INDEX source_records_import ON source_records(import_id, row_number);
CREATE INDEX source_records_key ON source_records(record_key) WHERE record_key IS NOT NULL;
CREATE INDEX source_records_review ON source_records(review_date);

-- Retention decisions (MoPI-style review): each time a record past its review date is retained,
-- who decided, why and until when. Erased records leave no row here, only their audit entry.
CREATE TABLE retention_reviews (
    id INTEGER PRIMARY KEY,
    source_record_id INTEGER NOT NULL REFERENCES source_records(id) ON DELETE CASCADE,
    decision TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    next_review_date TEXT
);

CREATE TABLE rejects (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports(id),
    row_number INTEGER NOT NULL,
    line_number INTEGER,
    column_name TEXT,
    reason TEXT NOT NULL,
    raw TEXT NOT NULL
);
CREATE INDEX rejects_import ON rejects(import_id, row_number);

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    type INTEGER NOT NULL,
    subtype TEXT,
    label TEXT NOT NULL DEFAULT '',
    occurred_at TEXT,
    value_gbp REAL,
    offence TEXT,
    area TEXT,
    merged_into INTEGER REFERENCES entities(id)
);
CREATE INDEX entities_type ON entities(type);
CREATE INDEX entities_merged ON entities(merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE entity_keys (
    key TEXT PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX entity_keys_entity ON entity_keys(entity_id);

CREATE TABLE entity_sources (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    source_record_id INTEGER NOT NULL REFERENCES source_records(id),
    role TEXT NOT NULL,
    PRIMARY KEY (entity_id, source_record_id, role)
) WITHOUT ROWID;
CREATE INDEX entity_sources_record ON entity_sources(source_record_id);

CREATE TABLE attributes (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    source_record_id INTEGER NOT NULL REFERENCES source_records(id)
);
CREATE INDEX attributes_entity ON attributes(entity_id, name);
CREATE INDEX attributes_record ON attributes(source_record_id);

CREATE TABLE links (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    from_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    to_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    occurred_at TEXT,
    weight REAL NOT NULL DEFAULT 1,
    source_record_id INTEGER NOT NULL REFERENCES source_records(id)
);
CREATE INDEX links_from ON links(from_id);
CREATE INDEX links_to ON links(to_id);
CREATE INDEX links_record ON links(source_record_id);

-- Link charts as the analyst left them (items, positions, groups, view), as JSON.
CREATE TABLE charts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    data TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The audit trail (Data Protection Act 2018 s.62): collection, alteration, consultation,
-- disclosure, combination and erasure, each entry hash-chained to the one before it. The
-- triggers stop the application (or anyone using SQL) from changing or deleting entries.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    object_type TEXT,
    object_id TEXT,
    detail TEXT,
    justification TEXT,
    recipient TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END;

-- Full-text search over names, VRMs, references and narratives; rowid = entity id.
CREATE VIRTUAL TABLE search USING fts5(label, body, tokenize = 'unicode61 remove_diacritics 2');
)SQL";

// Version 2: entity resolution (core/resolve). Every merge with what it changed, so that it can be
// undone exactly; the review queue of uncertain pairs; and the analysts' remembered decisions, so
// that re-imports do not ask again. Pairs are stored with the smaller entity id first.
const char *const kVersion2 = R"SQL(
CREATE TABLE resolve_merges (
    id INTEGER PRIMARY KEY,
    entity_type INTEGER NOT NULL,
    survivor_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    absorbed_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    score REAL,
    explanation TEXT NOT NULL,
    method TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    merged_at TEXT NOT NULL,
    undone_at TEXT,
    undone_by TEXT
);
CREATE INDEX resolve_merges_survivor ON resolve_merges(survivor_id);
CREATE INDEX resolve_merges_absorbed ON resolve_merges(absorbed_id);

-- The entities whose merged_into a merge changed, with the value it had before.
CREATE TABLE resolve_merge_changes (
    merge_id INTEGER NOT NULL REFERENCES resolve_merges(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    previous_merged_into INTEGER,
    PRIMARY KEY (merge_id, entity_id)
) WITHOUT ROWID;

CREATE TABLE resolve_review (
    id INTEGER PRIMARY KEY,
    entity_type INTEGER NOT NULL,
    entity_a INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    entity_b INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    score REAL NOT NULL,
    explanation TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    created_at TEXT NOT NULL,
    skipped_at TEXT,
    UNIQUE (entity_a, entity_b)
);

-- Decisions outlive the entities they were taken on: an updated export re-creates an entity that
-- has no deterministic key (a name without a date of birth), so each side also keeps the
-- mentions it was made of ("organisation|record key|role", one a line) to be found again by.
CREATE TABLE resolve_decisions (
    entity_a INTEGER NOT NULL,
    entity_b INTEGER NOT NULL,
    decision TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    note TEXT,
    mentions_a TEXT NOT NULL DEFAULT '',
    mentions_b TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entity_a, entity_b)
) WITHOUT ROWID;
)SQL";


// Version 3: compact provenance. A mention is what one source record says about one entity in one
// role: the facts it states (attribute name and value, a JSON array of [name, value] pairs) with
// the record they came from. One row per mention replaces a row per attribute per record (an
// export row mentions four or five entities with a dozen attributes between them): that is most
// of what an import writes, and of how long it takes. entity_sources and attributes stay as views,
// so that everything reading them reads as before; every attribute still points at its record.
const char *const kVersion3 = R"SQL(
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    source_record_id INTEGER NOT NULL REFERENCES source_records(id),
    role TEXT NOT NULL,
    facts TEXT NOT NULL DEFAULT '[]'
);
INSERT INTO mentions(entity_id, source_record_id, role, facts)
SELECT es.entity_id, es.source_record_id, es.role,
       CASE WHEN es.role = (SELECT min(x.role) FROM entity_sources x
                            WHERE x.entity_id = es.entity_id AND x.source_record_id = es.source_record_id)
            THEN coalesce((SELECT json_group_array(json_array(a.name, a.value)) FROM
                              (SELECT a.name, a.value FROM attributes a
                               WHERE a.entity_id = es.entity_id AND a.source_record_id = es.source_record_id
                               ORDER BY a.id) a), '[]')
            ELSE '[]' END
FROM entity_sources es ORDER BY es.source_record_id, es.entity_id, es.role;
DROP TABLE attributes;
DROP TABLE entity_sources;
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX mentions_record ON mentions(source_record_id);
CREATE VIEW entity_sources(entity_id, source_record_id, role) AS
    SELECT entity_id, source_record_id, role FROM mentions;
CREATE VIEW attributes(entity_id, name, value, source_record_id, mention_id, position) AS
    SELECT m.entity_id, json_extract(f.value, '$[0]'), json_extract(f.value, '$[1]'), m.source_record_id, m.id,
           f.key
    FROM mentions m, json_each(m.facts) f;

-- Search entries without token positions (detail=none: prefix terms, ranking and snippets still
-- work; phrase and NEAR queries, which the search never builds, do not), and without date-times,
-- amounts and coordinates (Workspace::isSearchable): half the cost of indexing an import.
DROP TABLE search;
CREATE VIRTUAL TABLE search USING fts5(label, body, tokenize = 'unicode61 remove_diacritics 2', detail = none);
INSERT INTO search(rowid, label, body)
SELECT e.id, e.label,
       (SELECT group_concat(v, char(31)) FROM (SELECT DISTINCT a.value AS v FROM attributes a
        WHERE a.entity_id IN (SELECT x.id FROM entities x WHERE x.id = e.id OR x.merged_into = e.id)
          AND a.name NOT LIKE '%\_at' ESCAPE '\' AND a.name NOT LIKE '%\_gbp' ESCAPE '\'
          AND a.name NOT IN ('lat', 'lon', 'quantity')))
FROM entities e WHERE e.merged_into IS NULL;
)SQL";

// Version 4: what an import spec can say about real exports. A value that could not be read on a
// row the spec keeps ("on_bad_value": "keep_row") is kept as written with its reason, beside the
// mention it belongs to (never a fact: an unread date of birth is no date of birth), and counted per
// import. The link types a spec declares ("link_types") are kept with their display name and ends,
// so that the workstation shows and checks them after the import.
const char *const kVersion4 = R"SQL(
CREATE TABLE unparsed_values (
    id INTEGER PRIMARY KEY,
    mention_id INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
    source_record_id INTEGER NOT NULL REFERENCES source_records(id),
    field TEXT NOT NULL,
    column_name TEXT NOT NULL,
    raw TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX unparsed_values_mention ON unparsed_values(mention_id);
CREATE INDEX unparsed_values_record ON unparsed_values(source_record_id);
ALTER TABLE imports ADD COLUMN values_unparsed INTEGER NOT NULL DEFAULT 0;

CREATE TABLE link_types (
    name TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    from_type TEXT NOT NULL,
    to_type TEXT NOT NULL,
    import_id INTEGER REFERENCES imports(id)
);
)SQL";

// Version 5: match models of entity resolution, saved with what they were trained on, so that a
// re-run uses the same model (resolve --retrain trains a new one).
const char *const kVersion5 = R"SQL(
CREATE TABLE match_models (
    id          INTEGER PRIMARY KEY,
    entity_type INTEGER NOT NULL,
    method      TEXT NOT NULL,
    model       TEXT NOT NULL,
    digest      TEXT NOT NULL,
    records     INTEGER NOT NULL,
    trained_at  TEXT NOT NULL,
    trained_by  TEXT
);
)SQL";

// Version 6: high-harm places (core/analysis). Harm tables (offence -> weight, with the edition and
// source of each table; a weight may be missing: such offences are listed, never counted as 0), the
// postcode table the analyst loads (ONS Postcode Directory, Code-Point Open...) to locate places
// that have no coordinates, and an R*Tree of located places in British National Grid metres.
const char *const kVersion6 = R"SQL(
CREATE TABLE harm_tables (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    edition TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE harm_weights (
    table_id INTEGER NOT NULL REFERENCES harm_tables(id) ON DELETE CASCADE,
    offence TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    weight REAL,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (table_id, offence)
) WITHOUT ROWID;
CREATE TABLE postcodes (
    postcode TEXT PRIMARY KEY,
    easting REAL,
    northing REAL,
    latitude REAL,
    longitude REAL,
    source TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE VIRTUAL TABLE place_index USING rtree(id, min_x, max_x, min_y, max_y);
)SQL";

// Version 7: offender management (core/offenders). The analyst's assessment of why a person
// offends, kept as a history (a revert is a new state, never a deletion); the interventions that
// fit each motivation (a table the analyst edits, never applied by itself); the interventions
// recorded against people; the priority bands the analyst set; and review snapshots of the ranking
// so that a change of rank since the last review can be shown.
const char *const kVersion7 = R"SQL(
CREATE TABLE offender_motivations (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    motivation TEXT,
    grade_source TEXT,
    grade_intelligence TEXT,
    grade_handling TEXT,
    handling_conditions TEXT,
    reason TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    replaces_id INTEGER REFERENCES offender_motivations(id)
);
CREATE INDEX offender_motivations_person ON offender_motivations(person_id, id);

CREATE TABLE intervention_suggestions (
    motivation TEXT NOT NULL,
    intervention TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (motivation, intervention)
) WITHOUT ROWID;
INSERT INTO intervention_suggestions(motivation, intervention, position) VALUES
    ('organised', 'arrest and charge', 1),
    ('organised', 'criminal behaviour order', 2),
    ('organised', 'civil recovery', 3),
    ('dependency', 'drug and alcohol treatment referral', 1),
    ('need', 'support services referral', 1),
    ('opportunistic', 'warning letter', 1),
    ('opportunistic', 'banning notice', 2),
    ('coerced', 'safeguarding referral', 1);

CREATE TABLE interventions (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    started_on TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    review_date TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX interventions_person ON interventions(person_id);

CREATE TABLE offender_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE offender_reviews (
    id INTEGER PRIMARY KEY,
    reviewed_at TEXT NOT NULL,
    reviewed_by TEXT NOT NULL,
    as_of TEXT NOT NULL,
    method TEXT NOT NULL
);
CREATE TABLE offender_review_ranks (
    review_id INTEGER NOT NULL REFERENCES offender_reviews(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL,
    rank INTEGER NOT NULL,
    score REAL NOT NULL,
    PRIMARY KEY (review_id, person_id)
) WITHOUT ROWID;
)SQL";

// Version 8: each incident's place and import as columns of the incident, so that places, areas and
// retailers are ranked by harm in one aggregate over one index (a sequential read) rather than a
// link and a mention looked up per incident. place_id is the location the incident first
// occurred_at (as linked, before merges: readers map it through merged_into), import_id the import
// that first named the entity. The importer fills both; existing workspaces are backfilled from the
// link and mention rows. The index covers the ranking query in its GROUP BY order (merged_into is a
// column of it rather than a partial-index condition, so that SQLite reads the index alone).
const char *const kVersion8 = R"SQL(
ALTER TABLE entities ADD COLUMN place_id INTEGER;
ALTER TABLE entities ADD COLUMN import_id INTEGER;
UPDATE entities SET place_id = (SELECT l.to_id FROM links l JOIN entities p ON p.id = l.to_id
    WHERE l.from_id = entities.id AND l.type = 'occurred_at' AND p.type = 3 ORDER BY l.id LIMIT 1)
    WHERE type = 4;
UPDATE entities SET import_id = (SELECT s.import_id FROM mentions m JOIN source_records s ON s.id = m.source_record_id
    WHERE m.entity_id = entities.id ORDER BY m.id LIMIT 1);
CREATE INDEX entities_incident_place ON entities(type, merged_into, place_id, import_id, offence, occurred_at, value_gbp);
)SQL";

// Version 9: activities and the six-monthly assessment. Activities (operations, patrol plans,
// target hardening, a network disrupted, an offender intervention) with their targets (places,
// areas, networks, offenders, recorded interventions), whose outcomes the assessment reports; and
// the assessments themselves: the period, the analyst's text per section, the headline figures the
// next assessment compares with, and, once published, the file's SHA-256 and its recipient.
const char *const kVersion9 = R"SQL(
CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    started_on TEXT NOT NULL,
    ended_on TEXT,
    owner TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE TABLE activity_targets (
    activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (activity_id, kind, target)
) WITHOUT ROWID;

CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    title TEXT NOT NULL,
    marking TEXT NOT NULL,
    figures_json TEXT NOT NULL DEFAULT '{}',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    published_at TEXT,
    published_by TEXT,
    file_name TEXT,
    file_sha256 TEXT,
    recipient TEXT,
    justification TEXT
);
CREATE TABLE assessment_sections (
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    section TEXT NOT NULL,
    text TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    PRIMARY KEY (assessment_id, section)
) WITHOUT ROWID;
)SQL";

// Version 10: case files (core/casefile). A case is one offender or a network built from the
// incidents the analyst selected, kept with its history: every change is a row of case_history,
// every summary (the generated one and each analyst edit) a version, every exhibit the SHA-256 its
// file had when attached. legal_notes holds what the law said at a date (the low-value shop theft
// threshold while it applied, its repeal, the offence of assaulting a retail worker) with the
// source of each date and whether it was confirmed: shown to the investigator as notes, never as
// legal advice; the analyst can correct a date (an unconfirmed one is stored as NULL).
const char *const kVersion10 = R"SQL(
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'network')),
    subject TEXT NOT NULL DEFAULT '',
    marking TEXT NOT NULL DEFAULT 'OFFICIAL-SENSITIVE',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE case_persons (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL,
    PRIMARY KEY (case_id, person_id)
) WITHOUT ROWID;
CREATE TABLE case_incidents (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    incident_id INTEGER NOT NULL,
    PRIMARY KEY (case_id, incident_id)
) WITHOUT ROWID;
CREATE TABLE case_summaries (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    text TEXT NOT NULL,
    generated INTEGER NOT NULL DEFAULT 0,
    written_by TEXT NOT NULL,
    written_at TEXT NOT NULL,
    UNIQUE (case_id, version)
);
CREATE TABLE case_exhibits (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    reference TEXT NOT NULL,
    file_path TEXT NOT NULL,
    file_size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    handling TEXT NOT NULL DEFAULT 'P',
    attached_by TEXT NOT NULL,
    attached_at TEXT NOT NULL,
    UNIQUE (case_id, reference)
);
CREATE TABLE case_history (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_history_case ON case_history(case_id, id);

CREATE TABLE legal_notes (
    key TEXT PRIMARY KEY,
    offence TEXT NOT NULL,
    title TEXT NOT NULL,
    applies_from TEXT,
    from_confirmed INTEGER NOT NULL DEFAULT 0,
    applies_until TEXT,
    until_confirmed INTEGER NOT NULL DEFAULT 0,
    max_value_gbp REAL,
    note TEXT NOT NULL,
    source TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO legal_notes(key, offence, title, applies_from, from_confirmed, applies_until, until_confirmed,
                        max_value_gbp, note, source) VALUES
    ('low_value_shoplifting', 'shop_theft', 'Low-value shoplifting (s.22A Magistrates'' Courts Act 1980)',
     '2014-05-13', 1, NULL, 0, 200,
     'Theft from a shop of goods worth £200 or less (the price they were offered at; the values of offences charged together are added) was low-value shoplifting: triable only summarily unless an adult defendant elects Crown Court trial. Its repeal by the Crime and Policing Act: date of commencement not confirmed; enter it when known.',
     's.22A Magistrates'' Courts Act 1980, inserted by s.176 Anti-social Behaviour, Crime and Policing Act 2014 (Royal Assent 13 March 2014), in force 13 May 2014 (legislation.gov.uk; Explanatory Notes to the 2014 Act, paras 509-510). Repeal: Crime and Policing Bill, introduced 25 February 2025 (commencement unconfirmed).'),
    ('retail_worker_assault', 'assault', 'Offence of assaulting a retail worker (Crime and Policing Act)',
     NULL, 0, NULL, 0, NULL,
     'A standalone offence of assaulting a retail worker at work (maximum six months'' imprisonment and/or a fine; a presumption of a criminal behaviour order on conviction). Date of commencement not confirmed; enter it when known. Before it, such assaults were charged as common assault or other offences against the person, with the statutory aggravating factor for public-facing workers (s.156 Police, Crime, Sentencing and Courts Act 2022).',
     'Crime and Policing Bill, introduced in the House of Commons 25 February 2025 (Home Office factsheet; Hansard, Public Bill Committee 2025). Commencement unconfirmed.');
)SQL";

// Version 11: the monthly incident totals the trends read (per place, import, offence and month: the
// count, the summed value and the latest date-time), kept by triggers on entities so that every
// writer (the importer, a deleted import, the demo, merges, place assignment) keeps them in its own
// transaction and a rolled-back write leaves them as they were. An incident counts while it is an
// incident (type 4), not merged away and has a place (place_id); its key is the place as linked
// (readers map merges), import_id 0 for none, offence '' for none, month (yyyy-MM) '' for no date.
// No harm weight is stored: harm is weighted at read time from the active harm table. The totals of
// an existing workspace are filled from its incidents.
const char *const kVersion11 = R"SQL(
CREATE TABLE incident_months (
    place_id INTEGER NOT NULL,
    import_id INTEGER NOT NULL,
    offence TEXT NOT NULL,
    month TEXT NOT NULL,
    incidents INTEGER NOT NULL,
    value_gbp REAL NOT NULL,
    latest TEXT,
    PRIMARY KEY (place_id, import_id, offence, month)
) WITHOUT ROWID;
INSERT INTO incident_months(place_id, import_id, offence, month, incidents, value_gbp, latest)
    SELECT place_id, coalesce(import_id, 0), coalesce(offence, ''), coalesce(substr(occurred_at, 1, 7), ''),
           count(*), total(value_gbp), max(occurred_at)
    FROM entities WHERE type = 4 AND merged_into IS NULL AND place_id IS NOT NULL
    GROUP BY place_id, coalesce(import_id, 0), coalesce(offence, ''), coalesce(substr(occurred_at, 1, 7), '');
CREATE TRIGGER incident_months_insert AFTER INSERT ON entities
WHEN new.type = 4 AND new.merged_into IS NULL AND new.place_id IS NOT NULL
BEGIN
    INSERT INTO incident_months(place_id, import_id, offence, month, incidents, value_gbp, latest)
    VALUES (new.place_id, coalesce(new.import_id, 0), coalesce(new.offence, ''),
            coalesce(substr(new.occurred_at, 1, 7), ''), 1, coalesce(new.value_gbp, 0), new.occurred_at)
    ON CONFLICT(place_id, import_id, offence, month) DO UPDATE SET incidents = incidents + 1,
        value_gbp = value_gbp + excluded.value_gbp,
        latest = CASE WHEN latest IS NULL OR excluded.latest > latest THEN excluded.latest ELSE latest END;
END;
CREATE TRIGGER incident_months_delete AFTER DELETE ON entities
WHEN old.type = 4 AND old.merged_into IS NULL AND old.place_id IS NOT NULL
BEGIN
    UPDATE incident_months SET incidents = incidents - 1, value_gbp = value_gbp - coalesce(old.value_gbp, 0),
        latest = CASE WHEN old.occurred_at >= latest THEN
            (SELECT max(e.occurred_at) FROM entities e WHERE e.type = 4 AND e.merged_into IS NULL
             AND e.place_id = old.place_id AND coalesce(e.import_id, 0) = coalesce(old.import_id, 0)
             AND coalesce(e.offence, '') = coalesce(old.offence, '')
             AND coalesce(substr(e.occurred_at, 1, 7), '') = coalesce(substr(old.occurred_at, 1, 7), ''))
            ELSE latest END
    WHERE place_id = old.place_id AND import_id = coalesce(old.import_id, 0) AND offence = coalesce(old.offence, '')
        AND month = coalesce(substr(old.occurred_at, 1, 7), '');
    DELETE FROM incident_months WHERE place_id = old.place_id AND import_id = coalesce(old.import_id, 0)
        AND offence = coalesce(old.offence, '') AND month = coalesce(substr(old.occurred_at, 1, 7), '')
        AND incidents <= 0;
END;
CREATE TRIGGER incident_months_update AFTER UPDATE OF type, merged_into, place_id, import_id, offence, occurred_at,
    value_gbp ON entities
WHEN (old.type = 4 AND old.merged_into IS NULL AND old.place_id IS NOT NULL)
    OR (new.type = 4 AND new.merged_into IS NULL AND new.place_id IS NOT NULL)
BEGIN
    UPDATE incident_months SET incidents = incidents - 1, value_gbp = value_gbp - coalesce(old.value_gbp, 0),
        latest = CASE WHEN old.occurred_at >= latest THEN
            (SELECT max(e.occurred_at) FROM entities e WHERE e.type = 4 AND e.merged_into IS NULL
             AND e.place_id = old.place_id AND coalesce(e.import_id, 0) = coalesce(old.import_id, 0)
             AND coalesce(e.offence, '') = coalesce(old.offence, '')
             AND coalesce(substr(e.occurred_at, 1, 7), '') = coalesce(substr(old.occurred_at, 1, 7), ''))
            ELSE latest END
    WHERE old.type = 4 AND old.merged_into IS NULL AND old.place_id IS NOT NULL
        AND place_id = old.place_id AND import_id = coalesce(old.import_id, 0) AND offence = coalesce(old.offence, '')
        AND month = coalesce(substr(old.occurred_at, 1, 7), '');
    DELETE FROM incident_months WHERE place_id = old.place_id AND import_id = coalesce(old.import_id, 0)
        AND offence = coalesce(old.offence, '') AND month = coalesce(substr(old.occurred_at, 1, 7), '')
        AND incidents <= 0;
    INSERT INTO incident_months(place_id, import_id, offence, month, incidents, value_gbp, latest)
    SELECT new.place_id, coalesce(new.import_id, 0), coalesce(new.offence, ''),
           coalesce(substr(new.occurred_at, 1, 7), ''), 1, coalesce(new.value_gbp, 0), new.occurred_at
    WHERE new.type = 4 AND new.merged_into IS NULL AND new.place_id IS NOT NULL
    ON CONFLICT(place_id, import_id, offence, month) DO UPDATE SET incidents = incidents + 1,
        value_gbp = value_gbp + excluded.value_gbp,
        latest = CASE WHEN latest IS NULL OR excluded.latest > latest THEN excluded.latest ELSE latest END;
END;
)SQL";

struct Migration
{
    int version;
    const char *sql;
};
const Migration kMigrations[] = {
    {1, kVersion1},
    {2, kVersion2},
    {3, kVersion3},
    {4, kVersion4},
    {5, kVersion5},
    {6, kVersion6},
    {7, kVersion7},
    {8, kVersion8},
    {9, kVersion9},
    {10, kVersion10},
    {11, kVersion11},
};

} // namespace

int Schema::currentVersion()
{
    return kMigrations[std::size(kMigrations) - 1].version;
}

QString Schema::backupPath(const QString &workspacePath, int version)
{
    return QStringLiteral("%1.backup-v%2").arg(workspacePath).arg(version);
}

bool Schema::migrate(Database &db, QString *error, int targetVersion)
{
    const int version = db.userVersion();
    if (targetVersion < 0)
        targetVersion = currentVersion();
    if (version > currentVersion()) {
        if (error)
            *error = QCoreApplication::translate("Schema",
                         "workspace %1 was written by a newer FusionCell (schema %2; this version "
                         "understands up to %3): open it with a newer version")
                         .arg(db.path()).arg(version).arg(currentVersion());
        return false;
    }
    if (version < targetVersion && db.isReadOnly()) {
        if (error)
            *error = QCoreApplication::translate("Schema",
                         "workspace %1 needs an upgrade (schema %2 to %3) but is read-only: open a writable copy")
                         .arg(db.path()).arg(version).arg(targetVersion);
        return false;
    }
    // An existing workspace is copied before it is changed, so that an upgrade can be undone.
    if (version > 0 && version < targetVersion && db.path() != QLatin1String(":memory:")) {
        const QString backup = backupPath(db.path(), version);
        QFile::remove(backup);
        Statement copy = db.prepare(QStringLiteral("VACUUM INTO ?"));
        copy.bind(1, backup);
        if (!copy.exec()) {
            if (error)
                *error = QCoreApplication::translate("Schema",
                             "cannot upgrade workspace %1: the backup copy %2 could not be written: %3")
                             .arg(db.path(), backup, db.lastError());
            return false;
        }
    }
    for (const Migration &m : kMigrations) {
        if (m.version <= version || m.version > targetVersion)
            continue;
        Transaction tx(db);
        if (!tx.isActive() || !db.exec(QString::fromUtf8(m.sql)) || !db.setUserVersion(m.version)
            || !tx.commit()) {
            if (error)
                *error = QCoreApplication::translate("Schema", "cannot upgrade workspace %1 to schema %2: %3")
                             .arg(db.path()).arg(m.version).arg(db.lastError());
            return false;
        }
    }
    return true;
}

} // namespace fc
