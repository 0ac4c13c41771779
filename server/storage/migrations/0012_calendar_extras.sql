-- 0012: recurring series travel through sync (docs/sync-protocol.md, entity "series"; issue 6
-- part 3).
--
-- A series row is the rule; its occurrences stay ordinary sessions (each completed, cancelled
-- and synced on its own) that name it in sessions.series_id (0002). Devices send the first
-- occurrence as UTC instants; the wall-clock start, zone and duration 0002 describes the series
-- by are derived here from those instants and the location's zone, so the two can never
-- disagree. `exdates` lists the original UTC starts the rule must not produce again (comma
-- separated RFC 3339, shared/scheduling/SeriesWire.h).

ALTER TABLE session_series
    ADD COLUMN first_starts_at timestamptz NULL,
    ADD COLUMN first_ends_at   timestamptz NULL,
    ADD COLUMN exdates         text        NULL CHECK (length(exdates) <= 12000),
    ADD COLUMN server_version  bigint      NOT NULL DEFAULT 0,
    ADD COLUMN field_stamps    jsonb       NOT NULL DEFAULT '{}'::jsonb
                                           CHECK (jsonb_typeof(field_stamps) = 'object'),
    ADD COLUMN deleted_stamp   text        NULL,
    ADD COLUMN undeleted_stamp text        NULL,
    ADD COLUMN deleted         boolean GENERATED ALWAYS AS (
        deleted_stamp IS NOT NULL
        AND (undeleted_stamp IS NULL OR undeleted_stamp COLLATE "C" < deleted_stamp COLLATE "C"))
        STORED,
    ADD CONSTRAINT session_series_first_occurrence CHECK (first_ends_at > first_starts_at);

CREATE INDEX session_series_sync ON session_series (org_id, server_version, id);
-- Record ids are unique across organizations (0010).
CREATE UNIQUE INDEX session_series_id_global ON session_series (id);
CREATE INDEX sessions_series_member ON sessions (org_id, series_id);

-- The 0002 description (local first start, zone, whole minutes) follows the synced instants.
CREATE FUNCTION session_series_derive() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    zone text;
BEGIN
    IF NEW.first_starts_at IS NULL OR NEW.first_ends_at IS NULL THEN
        RETURN NEW; -- rows written by other paths keep their own description
    END IF;
    SELECT l.time_zone INTO zone FROM locations l
     WHERE l.org_id = NEW.org_id AND l.id = NEW.location_id;
    IF zone IS NULL THEN
        RAISE EXCEPTION 'series location % has no time zone', NEW.location_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    NEW.time_zone := zone;
    NEW.first_start_local := NEW.first_starts_at AT TIME ZONE zone;
    NEW.duration_minutes := floor(extract(epoch FROM NEW.first_ends_at - NEW.first_starts_at) / 60);
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION session_series_derive() FROM PUBLIC;

CREATE TRIGGER series_derive BEFORE INSERT OR UPDATE ON session_series
    FOR EACH ROW EXECUTE FUNCTION session_series_derive();
CREATE TRIGGER sync_stamp BEFORE INSERT OR UPDATE ON session_series
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_row();
