-- 0011: client extras through sync (issue 6 part 4, docs/sync-protocol.md): client tags,
-- versioned consents and session packages, and the package a session is booked on.
--
-- Tags are ONE last-writer-wins field: a canonical JSON array of short strings (trimmed, unique,
-- sorted), validated by the sync catalog; the database keeps it an array of at most 20.
-- Consents stay insert-only (0002 grants the application SELECT and INSERT only): a new decision
-- is a new row. Packages gain the merge state of every LWW entity and a calendar-day expiry.
-- Row-level security of consents and packages is 0002's (forced; read with the client, written
-- by the client's trainers / staff); only the sync columns, stamps and indexes are added here.

ALTER TABLE clients
    ADD COLUMN tags jsonb NOT NULL DEFAULT '[]'::jsonb
                    CHECK (jsonb_typeof(tags) = 'array' AND jsonb_array_length(tags) <= 20);

-- The kinds the desktop records (design §2) beside the portal's earlier ones.
ALTER TABLE consents DROP CONSTRAINT consents_kind_check;
ALTER TABLE consents
    ADD CONSTRAINT consents_kind_check
        CHECK (kind IN ('contact', 'data_sharing', 'photo', 'terms', 'privacy', 'health_data',
                        'marketing')),
    ADD COLUMN server_version bigint NOT NULL DEFAULT 0,
    ADD COLUMN field_stamps   jsonb  NOT NULL DEFAULT '{}'::jsonb
                                     CHECK (jsonb_typeof(field_stamps) = 'object');

ALTER TABLE packages
    ADD COLUMN expires_on      date    NULL,
    ADD COLUMN server_version  bigint  NOT NULL DEFAULT 0,
    ADD COLUMN field_stamps    jsonb   NOT NULL DEFAULT '{}'::jsonb
                                       CHECK (jsonb_typeof(field_stamps) = 'object'),
    ADD COLUMN deleted_stamp   text    NULL,
    ADD COLUMN undeleted_stamp text    NULL,
    ADD COLUMN deleted         boolean GENERATED ALWAYS AS (
        deleted_stamp IS NOT NULL
        AND (undeleted_stamp IS NULL OR undeleted_stamp COLLATE "C" < deleted_stamp COLLATE "C"))
        STORED,
    ADD CONSTRAINT packages_sessions_total CHECK (credits <= 1000);

-- The package a session takes its credit from (credits are derived: see PackageCredits).
ALTER TABLE sessions
    ADD COLUMN package_id uuid NULL,
    ADD CONSTRAINT sessions_package FOREIGN KEY (org_id, package_id)
        REFERENCES packages (org_id, id);
CREATE INDEX sessions_package ON sessions (org_id, package_id) WHERE package_id IS NOT NULL;

CREATE INDEX consents_sync ON consents (org_id, server_version, id);
CREATE INDEX packages_sync ON packages (org_id, server_version, id);
-- Record ids are unique across organizations (see 0010).
CREATE UNIQUE INDEX consents_id_global ON consents (id);
CREATE UNIQUE INDEX packages_id_global ON packages (id);

CREATE TRIGGER sync_stamp BEFORE INSERT OR UPDATE ON consents
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_row();
CREATE TRIGGER sync_stamp BEFORE INSERT OR UPDATE ON packages
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_row();
