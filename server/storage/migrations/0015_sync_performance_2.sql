-- 0015: sync performance, round 2 (issue 5, part 5). No change of who may see or write what.
--
-- 1. A trainer's visibility no longer runs a PL/pgSQL chain per row. fitflow_trainer_sees_client
--    and fitflow_team_includes ran for every row a pull page or a multi-row write touched: per
--    row 4-7 nested helper calls (each membership test again) and their queries; a trainer's
--    pull measured 14-21 s per 1,000-row page at 10,000-110,000 rows under load. Now:
--    - fitflow_team_member_ids(): the acting trainer's team (the trainer, plus the active
--      trainers a trainer_admin leads) as one array, called in a scalar sub-select: an
--      InitPlan, evaluated once per statement. "user = ANY (that array)" is
--      fitflow_team_includes(user): the same conditions, read in the same snapshot. Sessions,
--      notes and the trainer_admin's assignments use it directly: no call per row at all.
--    - fitflow_team_has_client(org, client, team): a client is visible to a trainer when it is
--      assigned to a member of the team: one PL/pgSQL call and one probe of client_trainers'
--      primary key per row, with the team computed once per statement. It is
--      fitflow_trainer_sees_client (an empty team means the user does not act as a trainer).
--      SECURITY DEFINER like the other helpers, so a clients policy can read client_trainers
--      without recursing into client_trainers' policies, which read clients.
--    Measured and not taken: the team's client ids as a set (a hashed SubPlan over a function
--    returning them) costs one read of all of the trainer's assignments per statement: 40-70 ms
--    for a 100,000-client trainer against 30-60 ms for a whole 1,000-row page of probes, and
--    every push batch of a trainer with 14,000 clients paid ~20 ms for it. Per-row probes keep
--    a statement's cost proportional to the rows it touches.
-- 2. A client assignment's sync trigger runs once per INSERT statement (transition table) with
--    one UPDATE of the assigned clients, instead of one trigger call, organization switch and
--    UPDATE per row: a trainer's 200 new clients of a push batch cost ~100 us each under load.
--    Same effect: the clients are re-stamped unless this transaction already stamped them
--    (sync_taken_version). Updates and deletes keep 0013's row trigger.
-- 3. The stamp trigger of every synced row answers from this transaction's cached version
--    without its two nested calls when the row belongs to the organization the transaction
--    acts in (the case of every row a push writes): the same checks as sync_org_writable and
--    sync_next_version's cache, in the same order; anything else takes 0007's path unchanged.

-- ---------------------------------------------------------------------------------------------
-- 1. Set-based trainer visibility.

-- The users whose assigned clients, sessions and notes the acting user works with as a trainer:
-- the user when acting as trainer or trainer_admin, and for a trainer_admin the active trainers
-- of their team. Empty for every other role. (fitflow_team_includes of 0002/0013, as a set.)
CREATE FUNCTION fitflow_team_member_ids() RETURNS uuid[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    team uuid[] := '{}';
BEGIN
    IF fitflow_acts_as_trainer() THEN
        team := ARRAY[fitflow_current_user()];
    END IF;
    IF fitflow_acts_as('trainer_admin') THEN
        team := team || ARRAY(SELECT m.user_id FROM memberships m
                               WHERE m.org_id = fitflow_current_org()
                                 AND m.team_lead_user_id = fitflow_current_user()
                                 AND m.role IN ('trainer', 'trainer_admin')
                                 AND (m.ended_at IS NULL OR m.ended_at > now()));
    END IF;
    RETURN team;
END
$$;

REVOKE ALL ON FUNCTION fitflow_team_member_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fitflow_team_member_ids() TO fitflow_app;

-- Whether `client` of `org` is assigned to one of `team` (fitflow_team_member_ids()): the row
-- test of a trainer's clients (see 1. above). The policies pass the row's own organization,
-- which they have already matched with fitflow_current_org().
CREATE FUNCTION fitflow_team_has_client(org uuid, client uuid, team uuid[]) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM client_trainers ct
                    WHERE ct.org_id = org AND ct.client_id = client
                      AND ct.trainer_user_id = ANY (team));
END
$$;

REVOKE ALL ON FUNCTION fitflow_team_has_client(uuid, uuid, uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fitflow_team_has_client(uuid, uuid, uuid[]) TO fitflow_app;

ALTER POLICY staff ON clients
    USING (org_id = fitflow_current_org()
           AND ((SELECT fitflow_acts_as('owner'))
                OR ((SELECT fitflow_acts_as('manager'))
                    AND fitflow_manager_sees_client(id, home_location_id))
                OR ((SELECT fitflow_acts_as_trainer())
                    AND fitflow_team_has_client(org_id, id,
                                                (SELECT fitflow_team_member_ids())::uuid[]))))
    WITH CHECK (org_id = fitflow_current_org()
                AND ((SELECT fitflow_acts_as('owner'))
                     OR ((SELECT fitflow_acts_as('manager'))
                         AND fitflow_manager_sees_client(id, home_location_id))
                     OR ((SELECT fitflow_acts_as_trainer())
                         AND fitflow_team_has_client(org_id, id,
                                                     (SELECT fitflow_team_member_ids())::uuid[]))));

ALTER POLICY assign ON client_trainers
    USING (org_id = fitflow_current_org()
           AND ((SELECT fitflow_acts_as('owner'))
                OR ((SELECT fitflow_acts_as('manager'))
                    AND EXISTS (SELECT 1 FROM clients c
                                 WHERE c.org_id = client_trainers.org_id
                                   AND c.id = client_trainers.client_id))
                OR ((SELECT fitflow_acts_as('trainer_admin'))
                    AND trainer_user_id = ANY ((SELECT fitflow_team_member_ids())::uuid[]))))
    WITH CHECK (org_id = fitflow_current_org()
                AND ((SELECT fitflow_acts_as('owner'))
                     OR ((SELECT fitflow_acts_as('manager'))
                         AND EXISTS (SELECT 1 FROM clients c
                                      WHERE c.org_id = client_trainers.org_id
                                        AND c.id = client_trainers.client_id))
                     OR ((SELECT fitflow_acts_as('trainer_admin'))
                         AND trainer_user_id = ANY ((SELECT fitflow_team_member_ids())::uuid[]))));

ALTER POLICY schedule ON sessions
    USING (org_id = fitflow_current_org()
           AND ((SELECT fitflow_acts_as('owner'))
                OR ((SELECT fitflow_acts_as('manager')) AND fitflow_manages_location(location_id))
                OR trainer_user_id = ANY ((SELECT fitflow_team_member_ids())::uuid[])
                OR ((SELECT fitflow_acts_as('client')) AND fitflow_own_client(client_id))))
    WITH CHECK (org_id = fitflow_current_org()
                AND ((SELECT fitflow_acts_as('owner'))
                     OR ((SELECT fitflow_acts_as('manager'))
                         AND fitflow_manages_location(location_id))
                     OR trainer_user_id = ANY ((SELECT fitflow_team_member_ids())::uuid[])
                     OR ((SELECT fitflow_acts_as('client')) AND fitflow_own_client(client_id))));

ALTER POLICY read ON notes
    USING (org_id = fitflow_current_org()
           AND (author_user_id = ANY ((SELECT fitflow_team_member_ids())::uuid[])
                OR (shared_with_client AND (SELECT fitflow_acts_as('client'))
                    AND fitflow_own_client(client_id))));
ALTER POLICY author_update ON notes
    USING (org_id = fitflow_current_org()
           AND author_user_id = ANY ((SELECT fitflow_team_member_ids())::uuid[]))
    WITH CHECK (org_id = fitflow_current_org()
                AND author_user_id = ANY ((SELECT fitflow_team_member_ids())::uuid[]));

-- ---------------------------------------------------------------------------------------------
-- 2. New assignments: one trigger call per INSERT statement.

-- Re-sends the newly assigned clients (trainer_ids travel with them), each organization of the
-- statement entered as sync_assignment_changed does, skipping clients this transaction already
-- stamped. The version this transaction takes is new, so no client carries it before the
-- UPDATE below: reading sync_taken_version once is the same as reading it per row.
CREATE FUNCTION sync_assignments_added() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    org      uuid;
    previous text;
    taken    bigint;
BEGIN
    FOR org IN SELECT DISTINCT a.org_id FROM added a LOOP
        previous := sync_enter_org(org);
        taken := sync_taken_version(org);
        UPDATE clients c SET server_version = c.server_version
         WHERE c.org_id = org
           AND c.id = ANY (ARRAY(SELECT a.client_id FROM added a WHERE a.org_id = org))
           AND c.server_version IS DISTINCT FROM taken;
        PERFORM sync_leave_org(previous);
    END LOOP;
    RETURN NULL;
END
$$;

REVOKE ALL ON FUNCTION sync_assignments_added() FROM PUBLIC;

DROP TRIGGER sync_assignment_changed ON client_trainers;
CREATE TRIGGER sync_assignment_changed AFTER UPDATE OR DELETE ON client_trainers
    FOR EACH ROW EXECUTE FUNCTION sync_assignment_changed();
CREATE TRIGGER sync_assignments_added AFTER INSERT ON client_trainers
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION sync_assignments_added();

-- ---------------------------------------------------------------------------------------------
-- 3. Stamping: the common case without nested calls.

CREATE OR REPLACE FUNCTION sync_stamp_row() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    cached text;
BEGIN
    -- sync_org_writable is true for the organization the transaction acts in, and
    -- sync_next_version returns its cached value when this transaction already took one.
    IF coalesce(current_setting('fitflow.org_id', true), '') = NEW.org_id::text THEN
        cached := coalesce(current_setting('fitflow.sync_v' || replace(NEW.org_id::text, '-', ''),
                                           true), '');
        IF cached <> '' AND split_part(cached, ':', 1) = pg_current_xact_id()::text THEN
            NEW.server_version := split_part(cached, ':', 2)::bigint;
            RETURN NEW;
        END IF;
    END IF;
    IF sync_org_writable(NEW.org_id) THEN
        NEW.server_version := sync_next_version(NEW.org_id);
    END IF;
    RETURN NEW;
END
$$;
