-- 0018: the exceptions of a recurring series travel as records of their own
-- (docs/sync-protocol.md, entity "series_exception"; issue 6 part 3).
--
-- Until now a series carried its excluded occurrences as ONE last-writer-wins list (`exdates`,
-- 0012): two offline devices of a trainer that each excluded a different occurrence kept only
-- one list after sync, and the other occurrence came back. 0002's session_exceptions, one row
-- per (series, original start), becomes that record: each exclusion has its own id and merge
-- state, so exclusions from any number of devices add up (a set), and only a device that saw a
-- record can tombstone it. Two devices excluding the same date make two records with one date;
-- readers take the set of dates. `exdates` stays readable for series written before this.
--
-- No code path wrote session_exceptions before this migration, so it holds no rows to convert.

ALTER TABLE session_exceptions DROP CONSTRAINT session_exceptions_pkey;

ALTER TABLE session_exceptions
    ADD COLUMN id                 uuid        NOT NULL DEFAULT gen_random_uuid(),
    -- The occurrence's original start as a UTC instant, as devices send it; 0002's wall-clock
    -- original_start_local is derived from it in the series' zone.
    ADD COLUMN original_starts_at timestamptz NULL,
    ADD COLUMN server_version     bigint      NOT NULL DEFAULT 0,
    ADD COLUMN field_stamps       jsonb       NOT NULL DEFAULT '{}'::jsonb
                                              CHECK (jsonb_typeof(field_stamps) = 'object'),
    ADD COLUMN deleted_stamp      text        NULL,
    ADD COLUMN undeleted_stamp    text        NULL,
    ADD COLUMN deleted            boolean GENERATED ALWAYS AS (
        deleted_stamp IS NOT NULL
        AND (undeleted_stamp IS NULL OR undeleted_stamp COLLATE "C" < deleted_stamp COLLATE "C"))
        STORED;
-- Devices mint the ids (UUIDv7); the default only served rows that existed before.
ALTER TABLE session_exceptions ALTER COLUMN id DROP DEFAULT;
-- A synced record is an exclusion: the occurrence is not produced by the rule any more.
ALTER TABLE session_exceptions ALTER COLUMN kind SET DEFAULT 'cancelled';
ALTER TABLE session_exceptions ADD PRIMARY KEY (org_id, id);

CREATE INDEX session_exceptions_sync ON session_exceptions (org_id, server_version, id);
CREATE INDEX session_exceptions_series
    ON session_exceptions (org_id, series_id, original_start_local);
-- Record ids are unique across organizations (0010).
CREATE UNIQUE INDEX session_exceptions_id_global ON session_exceptions (id);

-- 0002's description (wall-clock original start) follows the synced instant, in the zone the
-- series is expanded in (0012 derives session_series.time_zone from its location).
CREATE FUNCTION session_exception_derive() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    zone text;
BEGIN
    IF NEW.original_starts_at IS NULL THEN
        RETURN NEW; -- rows written by other paths keep their own description
    END IF;
    SELECT s.time_zone INTO zone FROM session_series s
     WHERE s.org_id = NEW.org_id AND s.id = NEW.series_id;
    IF zone IS NULL THEN
        RAISE EXCEPTION 'series % of the exception does not exist', NEW.series_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    NEW.original_start_local := NEW.original_starts_at AT TIME ZONE zone;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION session_exception_derive() FROM PUBLIC;

CREATE TRIGGER exception_derive BEFORE INSERT OR UPDATE ON session_exceptions
    FOR EACH ROW EXECUTE FUNCTION session_exception_derive();
CREATE TRIGGER sync_stamp BEFORE INSERT OR UPDATE ON session_exceptions
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_row();
