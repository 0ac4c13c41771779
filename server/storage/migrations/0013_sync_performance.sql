-- 0013: sync performance (issue 5, part 5). No change of who may see or write what.
--
-- 1. Row-level security policies of the synced tables ask "does the user act as role R" once
--    per statement instead of once per row. The role tests (fitflow_acts_as and friends) are
--    SECURITY DEFINER functions, which PostgreSQL never inlines: in a policy they ran for every
--    row a pull page or a multi-row write touched (~45 us a row; 1,000 rows = 45 ms). Wrapped in
--    a scalar sub-select they become an InitPlan, evaluated once per statement. Each row test
--    that needs the row (fitflow_manager_sees_client, fitflow_team_includes, ...) already
--    implies its role test, so "(SELECT role test) AND row test" is the same predicate as the
--    row test alone; it only skips the row test when the role test is false.
-- 2. A client assignment re-stamps its client only when the client row does not already carry
--    this transaction's version (a trainer's new client: inserted and assigned in one push);
--    sync_org_writable, called for every stamped row, becomes PL/pgSQL (same expression).
-- 3. audit_append_many: the events of one push run appended with one call, each its own link of
--    the same chain (same canonical form and hash as audit_append, one event per mutation).
-- 4. The canonical form of an audit event (0003) is computed inline: the same expressions as
--    SQL-standard bodies without a SET clause, which PostgreSQL inlines into the caller (a
--    SET clause forbids inlining: each event paid ten function calls, ~0.4 ms under load).
--    STABLE, not IMMUTABLE: they call convert_to and extract, which are STABLE, and the inliner
--    refuses an IMMUTABLE function whose body is not.
--    The body is parsed when the function is created, so the caller's search_path cannot
--    change what it calls. Output byte for byte as before (audit verify checks it).
-- 5. The role and visibility helpers of 0002 become PL/pgSQL with the very same expressions.
--    As SQL functions that cannot be inlined (SECURITY DEFINER), every call of one planned its
--    query again, and the helpers call each other (fitflow_manager_sees_client: ~3.7 ms a call
--    under load, fitflow_trainer_sees_client ~1 ms); PL/pgSQL keeps the plans for the session
--    (measured 18x and 3x faster). Same owner, volatility, search_path and grants.

-- ---------------------------------------------------------------------------------------------
-- 1. Policies: role tests as InitPlans.

ALTER POLICY staff ON clients
    USING (org_id = fitflow_current_org()
           AND ((SELECT fitflow_acts_as('owner'))
                OR ((SELECT fitflow_acts_as('manager'))
                    AND fitflow_manager_sees_client(id, home_location_id))
                OR ((SELECT fitflow_acts_as_trainer()) AND fitflow_trainer_sees_client(id))))
    WITH CHECK (org_id = fitflow_current_org()
                AND ((SELECT fitflow_acts_as('owner'))
                     OR ((SELECT fitflow_acts_as('manager'))
                         AND fitflow_manager_sees_client(id, home_location_id))
                     OR ((SELECT fitflow_acts_as_trainer()) AND fitflow_trainer_sees_client(id))));
ALTER POLICY trainer_create ON clients
    WITH CHECK (org_id = fitflow_current_org() AND (SELECT fitflow_acts_as_trainer()));
ALTER POLICY self ON clients
    USING (org_id = fitflow_current_org() AND user_id = fitflow_current_user()
           AND (SELECT fitflow_acts_as('client')));
ALTER POLICY self_update ON clients
    USING (org_id = fitflow_current_org() AND user_id = fitflow_current_user()
           AND (SELECT fitflow_acts_as('client')))
    WITH CHECK (org_id = fitflow_current_org() AND user_id = fitflow_current_user()
                AND (SELECT fitflow_acts_as('client')));

ALTER POLICY assign ON client_trainers
    USING (org_id = fitflow_current_org()
           AND ((SELECT fitflow_acts_as('owner'))
                OR ((SELECT fitflow_acts_as('manager'))
                    AND EXISTS (SELECT 1 FROM clients c
                                 WHERE c.org_id = client_trainers.org_id
                                   AND c.id = client_trainers.client_id))
                OR ((SELECT fitflow_acts_as('trainer_admin'))
                    AND fitflow_team_includes(trainer_user_id))))
    WITH CHECK (org_id = fitflow_current_org()
                AND ((SELECT fitflow_acts_as('owner'))
                     OR ((SELECT fitflow_acts_as('manager'))
                         AND EXISTS (SELECT 1 FROM clients c
                                      WHERE c.org_id = client_trainers.org_id
                                        AND c.id = client_trainers.client_id))
                     OR ((SELECT fitflow_acts_as('trainer_admin'))
                         AND fitflow_team_includes(trainer_user_id))));
ALTER POLICY take_new_client ON client_trainers
    WITH CHECK (org_id = fitflow_current_org() AND trainer_user_id = fitflow_current_user()
                AND (SELECT fitflow_acts_as_trainer()) AND fitflow_client_unassigned(client_id));

ALTER POLICY schedule ON sessions
    USING (org_id = fitflow_current_org()
           AND ((SELECT fitflow_acts_as('owner'))
                OR ((SELECT fitflow_acts_as('manager')) AND fitflow_manages_location(location_id))
                OR ((SELECT fitflow_acts_as_trainer()) AND fitflow_team_includes(trainer_user_id))
                OR ((SELECT fitflow_acts_as('client')) AND fitflow_own_client(client_id))))
    WITH CHECK (org_id = fitflow_current_org()
                AND ((SELECT fitflow_acts_as('owner'))
                     OR ((SELECT fitflow_acts_as('manager'))
                         AND fitflow_manages_location(location_id))
                     OR ((SELECT fitflow_acts_as_trainer())
                         AND fitflow_team_includes(trainer_user_id))
                     OR ((SELECT fitflow_acts_as('client')) AND fitflow_own_client(client_id))));
ALTER POLICY group_member ON sessions
    USING (org_id = fitflow_current_org()
           AND (SELECT fitflow_acts_as('client')) AND fitflow_own_group_session(id));

ALTER POLICY read ON notes
    USING (org_id = fitflow_current_org()
           AND (((SELECT fitflow_acts_as_trainer()) AND fitflow_team_includes(author_user_id))
                OR (shared_with_client AND (SELECT fitflow_acts_as('client'))
                    AND fitflow_own_client(client_id))));
ALTER POLICY author_update ON notes
    USING (org_id = fitflow_current_org()
           AND (SELECT fitflow_acts_as_trainer()) AND fitflow_team_includes(author_user_id))
    WITH CHECK (org_id = fitflow_current_org()
                AND (SELECT fitflow_acts_as_trainer()) AND fitflow_team_includes(author_user_id));

-- ---------------------------------------------------------------------------------------------
-- 2. Assignments: no second stamp of a client this transaction already stamped.

-- This transaction's version of `org` if it took one (sync_next_version), else NULL.
CREATE FUNCTION sync_taken_version(org uuid) RETURNS bigint
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $$
DECLARE
    cached text := coalesce(current_setting('fitflow.sync_v' || replace(org::text, '-', ''), true),
                            '');
BEGIN
    IF cached <> '' AND split_part(cached, ':', 1) = pg_current_xact_id()::text THEN
        RETURN split_part(cached, ':', 2)::bigint;
    END IF;
    RETURN NULL;
END
$$;

-- 0007's expression in PL/pgSQL: every stamped row calls it, and a SQL function with a SET
-- clause is planned again at each call.
CREATE OR REPLACE FUNCTION sync_org_writable(org uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $$
BEGIN
    RETURN coalesce(current_setting('fitflow.org_id', true), '') IN ('', org::text)
        OR coalesce((SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user), false);
END
$$;

CREATE OR REPLACE FUNCTION sync_assignment_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    changed  client_trainers := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    previous text := sync_enter_org(changed.org_id);
BEGIN
    UPDATE clients SET server_version = server_version
     WHERE org_id = changed.org_id AND id = changed.client_id
       AND server_version IS DISTINCT FROM sync_taken_version(changed.org_id);
    IF TG_OP <> 'INSERT' THEN
        PERFORM sync_bump_scope(changed.org_id);
    END IF;
    PERFORM sync_leave_org(previous);
    RETURN NULL;
END
$$;

REVOKE ALL ON FUNCTION sync_taken_version(uuid) FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------
-- 3. Several audit events of one actor and organization in one call.

-- Appends one event per array element, in array order, each chained to the previous exactly as
-- audit_append would (own id, own clock_timestamp, own hash). The arrays must have one length.
-- Returns the last event's sequence number (NULL for empty arrays).
CREATE FUNCTION audit_append_many(p_org_id uuid, p_actor_user_id uuid, p_device_id uuid,
                                  p_actions text[], p_object_types text[], p_object_ids uuid[])
    RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public
AS $$
DECLARE
    context_org uuid := NULLIF(current_setting('fitflow.org_id', true), '')::uuid;
    total integer := coalesce(array_length(p_actions, 1), 0);
    head audit_chain_head%ROWTYPE;
    new_seq bigint;
    new_hash bytea;
    ids uuid[] := '{}';
    times timestamptz[] := '{}';
    prev_hashes bytea[] := '{}';
    hashes bytea[] := '{}';
BEGIN
    IF context_org IS NOT NULL AND p_org_id IS NOT NULL AND p_org_id <> context_org THEN
        RAISE EXCEPTION 'audit_append_many: events of another organization than the transaction''s'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF coalesce(array_length(p_object_types, 1), 0) <> total
       OR coalesce(array_length(p_object_ids, 1), 0) <> total THEN
        RAISE EXCEPTION 'audit_append_many: arrays of different lengths'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF total = 0 THEN
        RETURN NULL;
    END IF;
    SELECT * INTO STRICT head FROM audit_chain_head FOR UPDATE;
    new_seq := head.last_seq;
    new_hash := head.last_hash;
    FOR i IN 1 .. total LOOP
        new_seq := new_seq + 1;
        ids[i] := gen_random_uuid();
        times[i] := clock_timestamp();
        prev_hashes[i] := new_hash;
        new_hash := sha256(new_hash || convert_to(
            audit_canonical_v1(new_seq, ids[i], p_org_id, times[i], p_actor_user_id, p_device_id,
                               p_actions[i], p_object_types[i], p_object_ids[i]), 'UTF8'));
        hashes[i] := new_hash;
    END LOOP;
    -- One multi-row insert: the chain is computed above, in order.
    INSERT INTO audit_events (seq, id, format, org_id, occurred_at, actor_user_id, device_id,
                              action, object_type, object_id, prev_hash, hash)
    SELECT head.last_seq + e.n, e.id, 1, p_org_id, e.at, p_actor_user_id, p_device_id, e.action,
           e.object_type, e.object_id, e.prev_hash, e.hash
      FROM unnest(ids, times, p_actions, p_object_types, p_object_ids, prev_hashes, hashes)
           WITH ORDINALITY AS e(id, at, action, object_type, object_id, prev_hash, hash, n);
    UPDATE audit_chain_head SET last_seq = new_seq, last_hash = new_hash;
    RETURN new_seq;
END
$$;

REVOKE ALL ON FUNCTION audit_append_many(uuid, uuid, uuid, text[], text[], uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_append_many(uuid, uuid, uuid, text[], text[], uuid[])
    TO fitflow_app;

-- ---------------------------------------------------------------------------------------------
-- 4. Audit canonical form, inlinable (same expressions as 0003).

CREATE OR REPLACE FUNCTION audit_canonical_field(value text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN CASE WHEN value IS NULL THEN '-;'
                ELSE pg_catalog.octet_length(pg_catalog.convert_to(value, 'UTF8'))::text || ':'
                     || value || ';' END;

CREATE OR REPLACE FUNCTION audit_canonical_v1(seq bigint, id uuid, org_id uuid,
                                              occurred_at timestamptz, actor_user_id uuid,
                                              device_id uuid, action text, object_type text,
                                              object_id uuid) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN 'fitflow-audit-v1;'
        || public.audit_canonical_field(seq::text)
        || public.audit_canonical_field(id::text)
        || public.audit_canonical_field(org_id::text)
        || public.audit_canonical_field(((EXTRACT(epoch FROM occurred_at) * 1000000)::bigint)::text)
        || public.audit_canonical_field(actor_user_id::text)
        || public.audit_canonical_field(device_id::text)
        || public.audit_canonical_field(action)
        || public.audit_canonical_field(object_type)
        || public.audit_canonical_field(object_id::text);

-- ---------------------------------------------------------------------------------------------
-- 5. Role and visibility helpers: the 0002 expressions, unchanged, in PL/pgSQL.

CREATE OR REPLACE FUNCTION fitflow_acts_as(wanted text) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    RETURN coalesce(current_setting('fitflow.role', true) = wanted, false)
           AND EXISTS (SELECT 1 FROM memberships m
                        WHERE m.org_id = fitflow_current_org() AND m.user_id = fitflow_current_user()
                          AND m.role = wanted AND (m.ended_at IS NULL OR m.ended_at > now()));
END
$$;

CREATE OR REPLACE FUNCTION fitflow_is_member() RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    RETURN fitflow_acts_as(coalesce(current_setting('fitflow.role', true), ''));
END
$$;

CREATE OR REPLACE FUNCTION fitflow_acts_as_trainer() RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    RETURN fitflow_acts_as('trainer') OR fitflow_acts_as('trainer_admin');
END
$$;

CREATE OR REPLACE FUNCTION fitflow_team_includes(member uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    RETURN (member = fitflow_current_user() AND fitflow_acts_as_trainer())
            OR (fitflow_acts_as('trainer_admin')
                AND EXISTS (SELECT 1 FROM memberships m
                             WHERE m.org_id = fitflow_current_org() AND m.user_id = member
                               AND m.team_lead_user_id = fitflow_current_user()
                               AND m.role IN ('trainer', 'trainer_admin')
                               AND (m.ended_at IS NULL OR m.ended_at > now())));
END
$$;

CREATE OR REPLACE FUNCTION fitflow_trainer_sees_client(client uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    RETURN fitflow_acts_as_trainer()
           AND EXISTS (SELECT 1 FROM client_trainers ct
                        WHERE ct.org_id = fitflow_current_org() AND ct.client_id = client
                          AND fitflow_team_includes(ct.trainer_user_id));
END
$$;

CREATE OR REPLACE FUNCTION fitflow_client_unassigned(client uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    RETURN NOT EXISTS (SELECT 1 FROM client_trainers ct
                            WHERE ct.org_id = fitflow_current_org() AND ct.client_id = client);
END
$$;

CREATE OR REPLACE FUNCTION fitflow_manages_everything() RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    RETURN fitflow_acts_as('manager')
           AND EXISTS (SELECT 1 FROM memberships m
                        WHERE m.org_id = fitflow_current_org() AND m.user_id = fitflow_current_user()
                          AND m.role = 'manager' AND (m.ended_at IS NULL OR m.ended_at > now())
                          AND NOT EXISTS (SELECT 1 FROM membership_locations ml
                                           WHERE ml.org_id = m.org_id AND ml.membership_id = m.id));
END
$$;

CREATE OR REPLACE FUNCTION fitflow_manages_location(location uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    RETURN fitflow_manages_everything()
            OR (fitflow_acts_as('manager')
                AND EXISTS (SELECT 1 FROM memberships m
                              JOIN membership_locations ml
                                ON ml.org_id = m.org_id AND ml.membership_id = m.id
                             WHERE m.org_id = fitflow_current_org()
                               AND m.user_id = fitflow_current_user() AND m.role = 'manager'
                               AND (m.ended_at IS NULL OR m.ended_at > now())
                               AND ml.location_id = location));
END
$$;

CREATE OR REPLACE FUNCTION fitflow_manager_sees_client(client uuid, home_location uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    RETURN fitflow_manages_everything()
            OR fitflow_manages_location(home_location)
            OR (fitflow_acts_as('manager')
                AND EXISTS (SELECT 1 FROM sessions s
                             WHERE s.org_id = fitflow_current_org() AND s.client_id = client
                               AND fitflow_manages_location(s.location_id)));
END
$$;

CREATE OR REPLACE FUNCTION fitflow_own_client(client uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    RETURN fitflow_acts_as('client')
           AND EXISTS (SELECT 1 FROM clients c
                        WHERE c.org_id = fitflow_current_org() AND c.id = client
                          AND c.user_id = fitflow_current_user());
END
$$;

CREATE OR REPLACE FUNCTION fitflow_own_group_session(session uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    RETURN fitflow_acts_as('client')
           AND EXISTS (SELECT 1 FROM session_clients sc
                         JOIN clients c ON c.org_id = sc.org_id AND c.id = sc.client_id
                        WHERE sc.org_id = fitflow_current_org() AND sc.session_id = session
                          AND c.user_id = fitflow_current_user());
END
$$;
