-- 0003: the tamper-evident audit trail (issue 4, part 4); replaces 0001's placeholder table.
--
-- ONE global chain: every event, of every organization and of the platform (org_id NULL, e.g. a
-- failed login for an unknown email), takes the next gapless sequence number and
--     hash = sha256(prev_hash || convert_to(audit_canonical_v1(...), 'UTF8'))
-- where the first event's prev_hash is 32 zero bytes. One chain has one head, so it is the
-- simplest to verify and to checkpoint. The C++ verifier (server/service/audit/
-- AuditCanonicalForm.cpp) recomputes the same bytes: change both together and bump `format`.
--
-- Writing: only audit_append(), SECURITY DEFINER and owned by the migration owner. It locks the
-- single audit_chain_head row, so appends are serialised and the chain cannot fork; an append
-- inside a long transaction holds that lock until commit, so append in short transactions.
-- fitflow_app may EXECUTE it and SELECT its own organization's events; it has no INSERT, UPDATE,
-- DELETE or TRUNCATE, and triggers refuse UPDATE/DELETE/TRUNCATE for every role as defence in
-- depth. A superuser (or the owner) can still disable the triggers and rewrite rows: that is
-- what `fitflow-server audit verify` and the checkpoint file outside the database catch.
-- Events hold identifiers only, never client data.

-- The placeholder was never written by any release; refuse to drop it if someone did.
ALTER TABLE audit_events NO FORCE ROW LEVEL SECURITY;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM audit_events) THEN
        RAISE EXCEPTION '0003: the placeholder audit_events table holds rows; archive them first';
    END IF;
END
$$;
DROP TABLE audit_events;

-- Keyed by seq, not org_id: the chain is global (the one documented exception to "keys lead
-- with org_id"); reads by organization use audit_events_org_time.
CREATE TABLE audit_events (
    seq           bigint      PRIMARY KEY CHECK (seq > 0),
    id            uuid        NOT NULL UNIQUE,
    format        smallint    NOT NULL CHECK (format = 1),
    org_id        uuid        NULL,
    occurred_at   timestamptz NOT NULL,
    actor_user_id uuid        NULL,
    device_id     uuid        NULL,
    action        text        NOT NULL
                              CHECK (length(action) <= 64
                                     AND action ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$'),
    object_type   text        NOT NULL
                              CHECK (length(object_type) <= 64 AND object_type ~ '^[a-z][a-z0-9_]*$'),
    object_id     uuid        NULL,
    prev_hash     bytea       NOT NULL UNIQUE CHECK (length(prev_hash) = 32),
    hash          bytea       NOT NULL UNIQUE CHECK (length(hash) = 32)
);
CREATE INDEX audit_events_org_time ON audit_events (org_id, occurred_at);

-- The chain head: one row, locked by every append.
CREATE TABLE audit_chain_head (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    last_seq  bigint  NOT NULL CHECK (last_seq >= 0),
    last_hash bytea   NOT NULL CHECK (length(last_hash) = 32)
);
INSERT INTO audit_chain_head (singleton, last_seq, last_hash)
VALUES (true, 0, decode(repeat('00', 32), 'hex'));

-- One field of the canonical form: "-;" for NULL, else "<UTF-8 byte length>:<value>;". The
-- length prefix makes the form injective: no value can smuggle in a separator.
CREATE FUNCTION audit_canonical_field(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog
AS $$
    SELECT CASE WHEN value IS NULL THEN '-;'
                ELSE octet_length(convert_to(value, 'UTF8'))::text || ':' || value || ';' END
$$;

CREATE FUNCTION audit_canonical_v1(seq bigint, id uuid, org_id uuid, occurred_at timestamptz,
                                   actor_user_id uuid, device_id uuid, action text,
                                   object_type text, object_id uuid) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, public
AS $$
    SELECT 'fitflow-audit-v1;'
        || audit_canonical_field(seq::text)
        || audit_canonical_field(id::text)
        || audit_canonical_field(org_id::text)
        || audit_canonical_field(((extract(epoch FROM occurred_at) * 1000000)::bigint)::text)
        || audit_canonical_field(actor_user_id::text)
        || audit_canonical_field(device_id::text)
        || audit_canonical_field(action)
        || audit_canonical_field(object_type)
        || audit_canonical_field(object_id::text)
$$;

-- Appends one event and returns where it landed. A transaction that carries a tenant context
-- may only write events of that organization (or platform events).
CREATE FUNCTION audit_append(p_org_id uuid, p_actor_user_id uuid, p_device_id uuid,
                             p_action text, p_object_type text, p_object_id uuid)
    RETURNS TABLE (event_seq bigint, event_id uuid, event_occurred_at timestamptz,
                   event_hash bytea)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public
AS $$
DECLARE
    context_org uuid := NULLIF(current_setting('fitflow.org_id', true), '')::uuid;
    head audit_chain_head%ROWTYPE;
    new_seq bigint;
    new_id uuid := gen_random_uuid();
    new_time timestamptz := clock_timestamp();
    new_hash bytea;
BEGIN
    IF context_org IS NOT NULL AND p_org_id IS NOT NULL AND p_org_id <> context_org THEN
        RAISE EXCEPTION 'audit_append: event of another organization than the transaction''s'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO STRICT head FROM audit_chain_head FOR UPDATE;
    new_seq := head.last_seq + 1;
    new_hash := sha256(head.last_hash || convert_to(
        audit_canonical_v1(new_seq, new_id, p_org_id, new_time, p_actor_user_id, p_device_id,
                           p_action, p_object_type, p_object_id), 'UTF8'));
    INSERT INTO audit_events (seq, id, format, org_id, occurred_at, actor_user_id, device_id,
                              action, object_type, object_id, prev_hash, hash)
    VALUES (new_seq, new_id, 1, p_org_id, new_time, p_actor_user_id, p_device_id, p_action,
            p_object_type, p_object_id, head.last_hash, new_hash);
    UPDATE audit_chain_head SET last_seq = new_seq, last_hash = new_hash;
    RETURN QUERY SELECT new_seq, new_id, new_time, new_hash;
END
$$;

-- The newest event's sequence number and hash (no row when the chain is empty): what a
-- checkpoint records. SECURITY DEFINER so `serve` can checkpoint with the application role.
CREATE FUNCTION audit_chain_tip() RETURNS TABLE (last_seq bigint, last_hash bytea)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public
AS $$
    SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1
$$;

-- Defence in depth: nobody changes or removes an event through normal SQL.
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog
AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();

-- Row-level security. The application reads its own organization's events only; platform
-- events (org_id NULL) match no organization. The owner role (the migrator: it owns
-- audit_append and could ALTER the table anyway) appends and reads the whole chain, which is
-- why `audit verify` and `audit checkpoint` connect with FITFLOW_MIGRATION_DATABASE_URL.
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_read_own_org ON audit_events FOR SELECT TO fitflow_app
    USING (org_id = NULLIF(current_setting('fitflow.org_id', true), '')::uuid);
CREATE POLICY audit_owner_reads_chain ON audit_events FOR SELECT TO CURRENT_USER
    USING (true);
CREATE POLICY audit_owner_appends ON audit_events FOR INSERT TO CURRENT_USER
    WITH CHECK (true);

REVOKE ALL ON audit_events, audit_chain_head FROM PUBLIC;
GRANT SELECT ON audit_events TO fitflow_app;
REVOKE ALL ON FUNCTION audit_append(uuid, uuid, uuid, text, text, uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION audit_chain_tip() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_append(uuid, uuid, uuid, text, text, uuid) TO fitflow_app;
GRANT EXECUTE ON FUNCTION audit_chain_tip() TO fitflow_app;
