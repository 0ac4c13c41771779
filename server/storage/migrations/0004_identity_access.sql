-- 0004: what the login endpoints need beyond 0002.
--
-- login_throttles kept a count per window; growing delays are measured from the latest failure,
-- so it is stored too. NULL for rows written before this migration (the window start is used).
ALTER TABLE login_throttles ADD COLUMN last_failed_at timestamptz NULL;

-- GET /api/v1/me lists a user's memberships in every organization, before any tenant context.
-- The owner's policies only see the organization in fitflow.org_id, so identity_memberships()
-- names the one user it looks up in fitflow.identity_user_id for the duration of its query;
-- these policies (for the owner only, OR-ed with its organization isolation) admit that user's
-- rows and nothing else. The app role cannot use them: it never runs as the owner except inside
-- SECURITY DEFINER functions, which all filter on the acting user and organization themselves.
CREATE FUNCTION fitflow_identity_user() RETURNS uuid
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
    RETURN NULLIF(current_setting('fitflow.identity_user_id', true), '')::uuid;
REVOKE ALL ON FUNCTION fitflow_identity_user() FROM PUBLIC;

CREATE POLICY identity_lookup ON memberships FOR SELECT TO CURRENT_USER
    USING (user_id = fitflow_identity_user());
CREATE POLICY identity_lookup ON membership_locations FOR SELECT TO CURRENT_USER
    USING (EXISTS (SELECT 1 FROM memberships m
                    WHERE m.org_id = membership_locations.org_id
                      AND m.id = membership_locations.membership_id
                      AND m.user_id = fitflow_identity_user()));
CREATE POLICY identity_lookup ON organizations FOR SELECT TO CURRENT_USER
    USING (EXISTS (SELECT 1 FROM memberships m
                    WHERE m.org_id = organizations.id AND m.user_id = fitflow_identity_user()));

-- The active memberships of one user: organization, its name, role, and the locations the
-- membership is limited to (empty = the whole organization).
CREATE FUNCTION identity_memberships(p_user_id uuid)
    RETURNS TABLE (org_id uuid, org_name text, role text, location_ids uuid[])
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM set_config('fitflow.identity_user_id', p_user_id::text, true);
    RETURN QUERY
        SELECT m.org_id, o.name, m.role,
               coalesce(array_agg(ml.location_id ORDER BY ml.location_id)
                            FILTER (WHERE ml.location_id IS NOT NULL), '{}')
          FROM memberships m
          JOIN organizations o ON o.id = m.org_id
          LEFT JOIN membership_locations ml
                 ON ml.org_id = m.org_id AND ml.membership_id = m.id
         WHERE m.user_id = p_user_id AND m.ended_at IS NULL
         GROUP BY m.org_id, o.name, m.role
         ORDER BY o.name, m.role;
    PERFORM set_config('fitflow.identity_user_id', '', true);
END
$$;
REVOKE ALL ON FUNCTION identity_memberships(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION identity_memberships(uuid) TO fitflow_app;
