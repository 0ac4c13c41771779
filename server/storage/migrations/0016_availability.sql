-- 0016: a trainer's availability travels through sync (docs/sync-protocol.md, entity
-- "availability"; issue 6 part 3; design §2).
--
-- One row per trainer per location: the weekly rules and the dated exceptions, each a canonical
-- JSON list (shared/scheduling/AvailabilityWire.h) merged last-writer-wins as a whole. Times are
-- wall-clock times of the location's zone, so no zone is stored here.
--
-- Who sees what (design §3, shared/permissions): the trainer reads and writes their own rows (a
-- trainer admin also reads their team's); the owner reads the whole organization; a manager
-- reads the rows of the locations they manage. Only the trainer themself ever writes.

CREATE TABLE availability (
    org_id          uuid        NOT NULL REFERENCES organizations (id),
    id              uuid        NOT NULL,
    trainer_user_id uuid        NOT NULL REFERENCES users (id),
    location_id     uuid        NOT NULL,
    weekly_rules    jsonb       NOT NULL DEFAULT '[]'::jsonb
                                CHECK (jsonb_typeof(weekly_rules) = 'array'
                                       AND jsonb_array_length(weekly_rules) <= 200),
    exceptions      jsonb       NOT NULL DEFAULT '[]'::jsonb
                                CHECK (jsonb_typeof(exceptions) = 'array'
                                       AND jsonb_array_length(exceptions) <= 1000),
    created_at      timestamptz NOT NULL DEFAULT now(),
    server_version  bigint      NOT NULL DEFAULT 0,
    field_stamps    jsonb       NOT NULL DEFAULT '{}'::jsonb
                                CHECK (jsonb_typeof(field_stamps) = 'object'),
    deleted_stamp   text        NULL,
    undeleted_stamp text        NULL,
    deleted         boolean GENERATED ALWAYS AS (
        deleted_stamp IS NOT NULL
        AND (undeleted_stamp IS NULL OR undeleted_stamp COLLATE "C" < deleted_stamp COLLATE "C"))
        STORED,
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, location_id) REFERENCES locations (org_id, id),
    -- One record per trainer per location: a second create for the pair is a rejection.
    CONSTRAINT availability_one_per_trainer_location UNIQUE (org_id, trainer_user_id, location_id)
);
CREATE INDEX availability_sync ON availability (org_id, server_version, id);
-- Record ids are unique across organizations (0010).
CREATE UNIQUE INDEX availability_id_global ON availability (id);

ALTER TABLE availability ENABLE ROW LEVEL SECURITY;
ALTER TABLE availability FORCE ROW LEVEL SECURITY;
CREATE POLICY maintenance ON availability TO CURRENT_USER
    USING (org_id = fitflow_current_org());

CREATE POLICY read ON availability FOR SELECT TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND ((SELECT fitflow_acts_as('owner'))
                OR ((SELECT fitflow_acts_as('manager')) AND fitflow_manages_location(location_id))
                OR ((SELECT fitflow_acts_as_trainer()) AND fitflow_team_includes(trainer_user_id))));
CREATE POLICY own_write ON availability TO fitflow_app
    USING (org_id = fitflow_current_org() AND trainer_user_id = fitflow_current_user()
           AND (SELECT fitflow_acts_as_trainer()))
    WITH CHECK (org_id = fitflow_current_org() AND trainer_user_id = fitflow_current_user()
                AND (SELECT fitflow_acts_as_trainer()));

GRANT SELECT, INSERT, UPDATE ON availability TO fitflow_app;

CREATE TRIGGER sync_stamp BEFORE INSERT OR UPDATE ON availability
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_row();
