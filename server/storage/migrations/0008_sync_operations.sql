-- 0008: sync operations and scope changes (issue 5, docs/sync-protocol.md).
--
-- 1. The operator commands `fitflow-server sync new-epoch` and `sync purge-tombstones` run as the
--    migration owner and must find every organization; the owner otherwise sees only the
--    organization it has entered. They opt in with a transaction-local setting, so other owner
--    work (seeding, provisioning) keeps its organization isolation.
-- 2. After a restore from backup the server's last_mutation_id of a device can be behind what
--    the device already dropped from its outbox; new-epoch lets each device's next push resume
--    at its oldest pending mutation instead of being refused as a gap forever.
-- 3. Rows entering and leaving scope through sessions and home locations: a session makes its
--    client visible to the managers of its location, so it re-sends the client; a changed
--    session or home location can hide rows from someone, so it starts a fresh snapshot.

CREATE POLICY operator_lists ON organizations FOR SELECT TO CURRENT_USER
    USING (current_setting('fitflow.operator', true) = 'sync');

ALTER TABLE sync_devices
    ADD COLUMN resume_after_restore boolean NOT NULL DEFAULT false;

-- A new or moved session re-sends its client (a manager of the session's location now sees it);
-- a session moved to another client, location or trainer may hide rows from someone. (Sessions
-- are deleted as tombstones; only purge-tombstones removes rows, long after every device saw it.)
CREATE FUNCTION sync_session_scope_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    previous text;
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.client_id IS NOT DISTINCT FROM NEW.client_id
       AND OLD.location_id IS NOT DISTINCT FROM NEW.location_id
       AND OLD.trainer_user_id IS NOT DISTINCT FROM NEW.trainer_user_id THEN
        RETURN NULL;
    END IF;
    previous := sync_enter_org(NEW.org_id);
    UPDATE clients SET server_version = server_version
     WHERE org_id = NEW.org_id AND id = NEW.client_id;
    IF TG_OP = 'UPDATE' THEN
        PERFORM sync_bump_scope(NEW.org_id);
    END IF;
    PERFORM sync_leave_org(previous);
    RETURN NULL;
END
$$;

-- The managers of a client's old home location may no longer see it.
CREATE FUNCTION sync_client_home_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF OLD.home_location_id IS DISTINCT FROM NEW.home_location_id THEN
        PERFORM sync_bump_scope(NEW.org_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER sync_session_scope_changed
    AFTER INSERT OR UPDATE OF client_id, location_id, trainer_user_id ON sessions
    FOR EACH ROW EXECUTE FUNCTION sync_session_scope_changed();
CREATE TRIGGER sync_client_home_changed AFTER UPDATE OF home_location_id ON clients
    FOR EACH ROW EXECUTE FUNCTION sync_client_home_changed();

REVOKE ALL ON FUNCTION sync_session_scope_changed(), sync_client_home_changed() FROM PUBLIC;
