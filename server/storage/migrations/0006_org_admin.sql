-- 0006: what organization administration needs beyond 0002.
--
-- An invitation remembers the locations its membership will be limited to (empty = the whole
-- organization), so accepting it creates exactly the membership the inviter was allowed to give.
ALTER TABLE invitations ADD COLUMN location_ids uuid[] NOT NULL DEFAULT '{}';

-- 0002 lets only owners write membership_locations. A manager administers trainer admins,
-- trainers and clients of the locations they manage, so they may place those memberships at
-- those locations (and no others); the service checks the same rule first.
CREATE POLICY manager_write ON membership_locations TO fitflow_app
    USING (org_id = fitflow_current_org() AND fitflow_manages_location(location_id)
           AND EXISTS (SELECT 1 FROM memberships m
                        WHERE m.org_id = membership_locations.org_id
                          AND m.id = membership_locations.membership_id
                          AND m.role IN ('trainer_admin', 'trainer', 'client')))
    WITH CHECK (org_id = fitflow_current_org() AND fitflow_manages_location(location_id)
                AND EXISTS (SELECT 1 FROM memberships m
                             WHERE m.org_id = membership_locations.org_id
                               AND m.id = membership_locations.membership_id
                               AND m.role IN ('trainer_admin', 'trainer', 'client')));

-- Accepting an invitation happens before the user is a member, so there is no tenant context
-- to act in. The functions below run as the migration owner and look the invitation up by the
-- SHA-256 of its token only, through a policy (for the owner, OR-ed with its organization
-- isolation) that admits the one row whose hash the function names in
-- fitflow.invitation_token_hash for the duration of its query.
CREATE FUNCTION fitflow_invitation_token() RETURNS bytea
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
    RETURN decode(NULLIF(current_setting('fitflow.invitation_token_hash', true), ''), 'hex');
REVOKE ALL ON FUNCTION fitflow_invitation_token() FROM PUBLIC;

CREATE POLICY token_lookup ON invitations FOR SELECT TO CURRENT_USER
    USING (token_hash = fitflow_invitation_token());

-- The email a pending (unused, unexpired) invitation is for; NULL when there is none.
CREATE FUNCTION pending_invitation_email(p_token_hash bytea) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    found_email text;
BEGIN
    PERFORM set_config('fitflow.invitation_token_hash', encode(p_token_hash, 'hex'), true);
    SELECT i.email INTO found_email FROM invitations i
     WHERE i.token_hash = p_token_hash AND i.used_at IS NULL AND i.expires_at > now();
    PERFORM set_config('fitflow.invitation_token_hash', '', true);
    RETURN found_email;
END
$$;

-- Uses the pending invitation with this token hash for `p_user_id`, whose email must be the
-- invited one: marks it used (once: a second call finds nothing) and creates the membership, or
-- reactivates an ended one of the same role, limited to the invitation's locations. Returns no
-- row when the invitation is unknown, used or expired.
CREATE FUNCTION accept_invitation(p_token_hash bytea, p_user_id uuid, p_membership_id uuid)
    RETURNS TABLE (accepted_org_id uuid, accepted_membership_id uuid,
                   accepted_invitation_id uuid, accepted_role text)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    invitation invitations%ROWTYPE;
    membership uuid;
BEGIN
    PERFORM set_config('fitflow.invitation_token_hash', encode(p_token_hash, 'hex'), true);
    SELECT * INTO invitation FROM invitations i WHERE i.token_hash = p_token_hash;
    PERFORM set_config('fitflow.invitation_token_hash', '', true);
    IF NOT FOUND THEN
        RETURN;
    END IF;
    PERFORM set_config('fitflow.org_id', invitation.org_id::text, true);
    UPDATE invitations i SET used_at = now()
     WHERE i.org_id = invitation.org_id AND i.id = invitation.id
       AND i.used_at IS NULL AND i.expires_at > now();
    IF NOT FOUND THEN
        PERFORM set_config('fitflow.org_id', '', true);
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users u WHERE u.id = p_user_id AND u.email = invitation.email) THEN
        RAISE EXCEPTION 'invitation % is for another email', invitation.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT m.id INTO membership FROM memberships m
     WHERE m.org_id = invitation.org_id AND m.user_id = p_user_id AND m.role = invitation.role;
    IF membership IS NULL THEN
        membership := p_membership_id;
        INSERT INTO memberships (org_id, id, user_id, role)
        VALUES (invitation.org_id, membership, p_user_id, invitation.role);
    ELSE
        UPDATE memberships m SET ended_at = NULL
         WHERE m.org_id = invitation.org_id AND m.id = membership;
        DELETE FROM membership_locations ml
         WHERE ml.org_id = invitation.org_id AND ml.membership_id = membership;
    END IF;
    INSERT INTO membership_locations (org_id, membership_id, location_id)
    SELECT invitation.org_id, membership, unnest(invitation.location_ids);
    PERFORM set_config('fitflow.org_id', '', true);
    RETURN QUERY SELECT invitation.org_id, membership, invitation.id, invitation.role;
END
$$;
REVOKE ALL ON FUNCTION pending_invitation_email(bytea) FROM PUBLIC;
REVOKE ALL ON FUNCTION accept_invitation(bytea, uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pending_invitation_email(bytea) TO fitflow_app;
GRANT EXECUTE ON FUNCTION accept_invitation(bytea, uuid, uuid) TO fitflow_app;
