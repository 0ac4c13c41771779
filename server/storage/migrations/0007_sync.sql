-- 0007: offline sync (issue 5, docs/sync-protocol.md, design §4).
--
-- Every synced row carries server_version: the organization's version counter taken ONCE by the
-- transaction that wrote it. Taking it locks the organization's sync_org_state row until commit,
-- so writers of one organization are serialised and commit order = version order; a pull that
-- read up to version V can never later miss a row stamped <= V. Stamping is done by triggers,
-- so every writer (sync push, REST, administrative commands, seeding, a superuser) stamps rows.
--
-- Merge state travels with the rows: field_stamps maps a field's wire name to the HLC text of
-- the write that set it; deleted_stamp/undeleted_stamp are the tombstone stamps. `deleted`
-- (generated) is what every REST read must filter on: true = tombstoned, hide the row.
-- Note text history is the insert-only note_sync_mutations table (one row per edit, signature
-- or amendment, keyed by its HLC), from which the server rebuilds NoteHistory.
--
-- Functions that write sync state are SECURITY DEFINER (run as the migration owner) and are not
-- executable by the application: the triggers call them. They enter the written row's
-- organization for their own statements and restore the caller's context, so they also work
-- for a superuser or system writer without a tenant context.

-- ---------------------------------------------------------------------------------------------
-- Per-organization and per-device state.

CREATE TABLE sync_org_state (
    org_id            uuid   PRIMARY KEY
                             REFERENCES organizations (id) DEFERRABLE INITIALLY DEFERRED,
    version           bigint NOT NULL DEFAULT 0 CHECK (version >= 0),
    -- A new epoch (restore from backup: `fitflow-server sync new-epoch`) makes every cursor `reset`.
    epoch             uuid   NOT NULL DEFAULT gen_random_uuid(),
    -- Cursors older than this version get `resync_required` (tombstones purged up to here).
    tombstone_horizon bigint NOT NULL DEFAULT 0 CHECK (tombstone_horizon >= 0),
    -- Bumped when who-sees-what changes (assignments removed, memberships, manager locations);
    -- part of every cursor's scope hash, so the next pull is a fresh snapshot.
    scope_generation  bigint NOT NULL DEFAULT 0 CHECK (scope_generation >= 0)
);

CREATE TABLE sync_devices (
    device_id        uuid        PRIMARY KEY REFERENCES devices (id),
    last_mutation_id bigint      NOT NULL DEFAULT 0 CHECK (last_mutation_id >= 0),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

-- Mutations that could never apply. No client data: ids, a code and a fixed message only.
-- org_id is NULL when the mutation named an organization the user is not a member of.
CREATE TABLE sync_rejections (
    device_id   uuid        NOT NULL REFERENCES devices (id),
    mutation_id bigint      NOT NULL CHECK (mutation_id > 0),
    org_id      uuid        NULL REFERENCES organizations (id),
    code        text        NOT NULL CHECK (code ~ '^[a-z_]{1,64}$'),
    message     text        NOT NULL CHECK (length(message) <= 500),
    rejected_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, mutation_id)
);
CREATE INDEX sync_rejections_org ON sync_rejections (org_id, rejected_at);

-- The HMAC key of pull cursors: 32 random bytes from the server (libsodium), stored once.
CREATE TABLE sync_cursor_key (
    id  smallint PRIMARY KEY CHECK (id = 1),
    key bytea    NOT NULL CHECK (length(key) = 32)
);

-- ---------------------------------------------------------------------------------------------
-- Merge state on the synced tables.

ALTER TABLE organizations ADD COLUMN server_version bigint NOT NULL DEFAULT 0;
ALTER TABLE locations ADD COLUMN server_version bigint NOT NULL DEFAULT 0;

ALTER TABLE clients
    ADD COLUMN server_version  bigint NOT NULL DEFAULT 0,
    ADD COLUMN field_stamps    jsonb  NOT NULL DEFAULT '{}'::jsonb
                                      CHECK (jsonb_typeof(field_stamps) = 'object'),
    ADD COLUMN deleted_stamp   text   NULL,
    ADD COLUMN undeleted_stamp text   NULL,
    ADD COLUMN deleted         boolean GENERATED ALWAYS AS (
        deleted_stamp IS NOT NULL
        AND (undeleted_stamp IS NULL OR undeleted_stamp COLLATE "C" < deleted_stamp COLLATE "C"))
        STORED;

ALTER TABLE sessions
    ADD COLUMN server_version  bigint NOT NULL DEFAULT 0,
    ADD COLUMN field_stamps    jsonb  NOT NULL DEFAULT '{}'::jsonb
                                      CHECK (jsonb_typeof(field_stamps) = 'object'),
    ADD COLUMN deleted_stamp   text   NULL,
    ADD COLUMN undeleted_stamp text   NULL,
    ADD COLUMN deleted         boolean GENERATED ALWAYS AS (
        deleted_stamp IS NOT NULL
        AND (undeleted_stamp IS NULL OR undeleted_stamp COLLATE "C" < deleted_stamp COLLATE "C"))
        STORED;

ALTER TABLE notes
    ADD COLUMN server_version bigint NOT NULL DEFAULT 0,
    ADD COLUMN field_stamps   jsonb  NOT NULL DEFAULT '{}'::jsonb
                                     CHECK (jsonb_typeof(field_stamps) = 'object');

CREATE INDEX locations_sync ON locations (org_id, server_version, id);
CREATE INDEX clients_sync ON clients (org_id, server_version, id);
CREATE INDEX sessions_sync ON sessions (org_id, server_version, id);
CREATE INDEX notes_sync ON notes (org_id, server_version, id);

-- Insert-only: every edit, signature and amendment of a note's text as it travelled
-- (noteMutationToJson), keyed by its stamp, so re-delivery is a no-op.
CREATE TABLE note_sync_mutations (
    org_id      uuid        NOT NULL,
    note_id     uuid        NOT NULL,
    stamp       text        NOT NULL CHECK (length(stamp) BETWEEN 20 AND 80),
    mutation    jsonb       NOT NULL CHECK (jsonb_typeof(mutation) = 'object'),
    user_id     uuid        NOT NULL REFERENCES users (id),
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, note_id, stamp),
    FOREIGN KEY (org_id, note_id) REFERENCES notes (org_id, id)
);

-- ---------------------------------------------------------------------------------------------
-- Writers of sync state (SECURITY DEFINER, owner only; the triggers below call them).

-- Whether sync state of `org` may be written in this context: no organization set (system work),
-- the same organization, or a superuser session. Otherwise the row being written belongs to
-- another tenant and row-level security refuses it right after the BEFORE triggers.
CREATE FUNCTION sync_org_writable(org uuid) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
    RETURN coalesce(current_setting('fitflow.org_id', true), '') IN ('', org::text)
        OR coalesce((SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user), false);

-- Makes `org` the organization of the current transaction's row-level security for the caller's
-- next statements and returns the previous value, for sync_leave_org().
CREATE FUNCTION sync_enter_org(org uuid) RETURNS text
    LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, public AS $$
DECLARE
    previous text := coalesce(current_setting('fitflow.org_id', true), '');
BEGIN
    IF NOT sync_org_writable(org) THEN
        RAISE EXCEPTION 'sync state of organization % written in the context of %', org, previous
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM set_config('fitflow.org_id', org::text, true);
    RETURN previous;
END
$$;

CREATE FUNCTION sync_leave_org(previous text) RETURNS void
    LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM set_config('fitflow.org_id', previous, true);
END
$$;

-- The version of this transaction's writes to `org`: taken once (locking the counter row until
-- commit), then cached in a transaction-local setting keyed by the transaction id.
CREATE FUNCTION sync_next_version(org uuid) RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    setting  text := 'fitflow.sync_v' || replace(org::text, '-', '');
    cached   text := coalesce(current_setting(setting, true), '');
    txid     text := pg_current_xact_id()::text;
    previous text;
    taken    bigint;
BEGIN
    IF cached <> '' AND split_part(cached, ':', 1) = txid THEN
        RETURN split_part(cached, ':', 2)::bigint;
    END IF;
    previous := sync_enter_org(org);
    INSERT INTO sync_org_state AS s (org_id, version) VALUES (org, 1)
        ON CONFLICT (org_id) DO UPDATE SET version = s.version + 1
        RETURNING s.version INTO taken;
    PERFORM sync_leave_org(previous);
    PERFORM set_config(setting, txid || ':' || taken, true);
    RETURN taken;
END
$$;

CREATE FUNCTION sync_bump_scope(org uuid) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    previous text := sync_enter_org(org);
BEGIN
    INSERT INTO sync_org_state AS s (org_id, scope_generation) VALUES (org, 1)
        ON CONFLICT (org_id) DO UPDATE SET scope_generation = s.scope_generation + 1;
    PERFORM sync_leave_org(previous);
END
$$;

CREATE FUNCTION sync_stamp_row() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF sync_org_writable(NEW.org_id) THEN
        NEW.server_version := sync_next_version(NEW.org_id);
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION sync_stamp_organization() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF sync_org_writable(NEW.id) THEN
        NEW.server_version := sync_next_version(NEW.id);
    END IF;
    RETURN NEW;
END
$$;

-- A changed assignment re-sends the client (trainer_ids travel with it); a removed one changes
-- who sees the client, so every device of the organization re-snapshots.
CREATE FUNCTION sync_assignment_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    changed  client_trainers := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    previous text := sync_enter_org(changed.org_id);
BEGIN
    UPDATE clients SET server_version = server_version
     WHERE org_id = changed.org_id AND id = changed.client_id;
    IF TG_OP <> 'INSERT' THEN
        PERFORM sync_bump_scope(changed.org_id);
    END IF;
    PERFORM sync_leave_org(previous);
    RETURN NULL;
END
$$;

CREATE FUNCTION sync_membership_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM sync_bump_scope(CASE WHEN TG_OP = 'DELETE' THEN OLD.org_id ELSE NEW.org_id END);
    RETURN NULL;
END
$$;

-- A new entry in a note's history re-sends the note.
CREATE FUNCTION sync_note_history_added() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    previous text := sync_enter_org(NEW.org_id);
BEGIN
    UPDATE notes SET server_version = server_version
     WHERE org_id = NEW.org_id AND id = NEW.note_id;
    PERFORM sync_leave_org(previous);
    RETURN NULL;
END
$$;

-- The current organization's sync state, created on first use. Nothing for a non-member.
CREATE FUNCTION sync_state()
    RETURNS TABLE (version bigint, epoch uuid, tombstone_horizon bigint, scope_generation bigint)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF NOT fitflow_is_member() THEN
        RETURN;
    END IF;
    -- Only when missing: a pull must not wait for a writer holding the counter row.
    IF NOT EXISTS (SELECT 1 FROM sync_org_state s WHERE s.org_id = fitflow_current_org()) THEN
        INSERT INTO sync_org_state (org_id) VALUES (fitflow_current_org())
            ON CONFLICT (org_id) DO NOTHING;
    END IF;
    RETURN QUERY SELECT s.version, s.epoch, s.tombstone_horizon, s.scope_generation
                   FROM sync_org_state s WHERE s.org_id = fitflow_current_org();
END
$$;

-- The cursor key: `candidate` (fresh random bytes from the server) is stored if no key exists
-- yet; the stored key is returned either way, so every server process signs with the same key.
CREATE FUNCTION sync_cursor_key(candidate bytea) RETURNS bytea
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    stored bytea;
BEGIN
    INSERT INTO sync_cursor_key (id, key) VALUES (1, candidate) ON CONFLICT (id) DO NOTHING;
    SELECT k.key INTO STRICT stored FROM sync_cursor_key k WHERE k.id = 1;
    RETURN stored;
END
$$;

CREATE TRIGGER sync_stamp BEFORE INSERT OR UPDATE ON organizations
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_organization();
CREATE TRIGGER sync_stamp BEFORE INSERT OR UPDATE ON locations
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_row();
CREATE TRIGGER sync_stamp BEFORE INSERT OR UPDATE ON clients
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_row();
CREATE TRIGGER sync_stamp BEFORE INSERT OR UPDATE ON sessions
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_row();
CREATE TRIGGER sync_stamp BEFORE INSERT OR UPDATE ON notes
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_row();
CREATE TRIGGER sync_assignment_changed AFTER INSERT OR UPDATE OR DELETE ON client_trainers
    FOR EACH ROW EXECUTE FUNCTION sync_assignment_changed();
CREATE TRIGGER sync_membership_changed AFTER INSERT OR UPDATE OR DELETE ON memberships
    FOR EACH ROW EXECUTE FUNCTION sync_membership_changed();
CREATE TRIGGER sync_membership_changed AFTER INSERT OR UPDATE OR DELETE ON membership_locations
    FOR EACH ROW EXECUTE FUNCTION sync_membership_changed();
CREATE TRIGGER sync_note_history_added AFTER INSERT ON note_sync_mutations
    FOR EACH ROW EXECUTE FUNCTION sync_note_history_added();

REVOKE ALL ON FUNCTION sync_org_writable(uuid), sync_enter_org(uuid), sync_leave_org(text), sync_next_version(uuid),
    sync_bump_scope(uuid), sync_stamp_row(), sync_stamp_organization(),
    sync_assignment_changed(), sync_membership_changed(), sync_note_history_added(),
    sync_state(), sync_cursor_key(bytea)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync_state(), sync_cursor_key(bytea) TO fitflow_app;

-- ---------------------------------------------------------------------------------------------
-- Row-level security and grants.

DO $$
DECLARE
    tenant_table text;
BEGIN
    FOREACH tenant_table IN ARRAY ARRAY['sync_org_state', 'sync_rejections', 'note_sync_mutations']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', tenant_table);
        EXECUTE format('CREATE POLICY maintenance ON %I TO CURRENT_USER '
                       'USING (org_id = fitflow_current_org())', tenant_table);
    END LOOP;
END
$$;

CREATE POLICY member_read ON sync_org_state FOR SELECT TO fitflow_app
    USING (org_id = fitflow_current_org() AND fitflow_is_member());

-- A device's state and rejections belong to the device's user.
ALTER TABLE sync_devices ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_device ON sync_devices TO fitflow_app
    USING (EXISTS (SELECT 1 FROM devices d
                    WHERE d.id = sync_devices.device_id AND d.user_id = fitflow_current_user()))
    WITH CHECK (EXISTS (SELECT 1 FROM devices d
                         WHERE d.id = sync_devices.device_id
                           AND d.user_id = fitflow_current_user()));
CREATE POLICY own_device ON sync_rejections TO fitflow_app
    USING (EXISTS (SELECT 1 FROM devices d
                    WHERE d.id = sync_rejections.device_id AND d.user_id = fitflow_current_user())
           AND (org_id IS NULL OR org_id = fitflow_current_org()))
    WITH CHECK (EXISTS (SELECT 1 FROM devices d
                         WHERE d.id = sync_rejections.device_id
                           AND d.user_id = fitflow_current_user())
                AND (org_id IS NULL OR org_id = fitflow_current_org()));

-- Note history follows its note's visibility; only a trainer writes it (like note_revisions).
CREATE POLICY read ON note_sync_mutations FOR SELECT TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND EXISTS (SELECT 1 FROM notes n
                        WHERE n.org_id = note_sync_mutations.org_id
                          AND n.id = note_sync_mutations.note_id));
CREATE POLICY write ON note_sync_mutations FOR INSERT TO fitflow_app
    WITH CHECK (org_id = fitflow_current_org() AND user_id = fitflow_current_user()
                AND fitflow_acts_as_trainer()
                AND EXISTS (SELECT 1 FROM notes n
                             WHERE n.org_id = note_sync_mutations.org_id
                               AND n.id = note_sync_mutations.note_id));

REVOKE ALL ON sync_org_state, sync_devices, sync_rejections, sync_cursor_key, note_sync_mutations
    FROM PUBLIC;
GRANT SELECT ON sync_org_state TO fitflow_app;
GRANT SELECT, INSERT, UPDATE ON sync_devices TO fitflow_app;
GRANT SELECT, INSERT ON sync_rejections, note_sync_mutations TO fitflow_app;
