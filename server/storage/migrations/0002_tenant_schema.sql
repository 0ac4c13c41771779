-- 0002: the full tenant schema of issue 4 and role-aware row-level security.
--
-- Who may see a row follows the permission matrix in shared/permissions (design §3):
--   owner          the whole organization except notes
--   manager        the locations they manage (membership_locations; none listed = all), never notes
--   trainer_admin  what a trainer sees, for themself and for their team
--   trainer        their assigned clients (client_trainers), their own sessions, notes, invoices
--   client         their own client row, sessions, shared notes, invoices and payments
-- A team is the trainers whose membership names the trainer admin in team_lead_user_id.
--
-- The acting role is never taken on trust: fitflow.role only selects WHICH of the user's
-- memberships acts; the SECURITY DEFINER functions below confirm it in memberships, keyed on
-- fitflow.user_id + fitflow.org_id. They run as the migration owner, whose own policies are plain
-- organization isolation, so a policy on memberships that calls them does not recurse.
-- Without user and organization the functions return false and the app role reads and writes
-- nothing. The migration owner (seeding, administrative commands) keeps organization isolation
-- only; it owns the tables and could switch RLS off anyway, so it is the trusted system actor.
--
-- Users, devices, refresh tokens and login throttles carry no org_id: one login spans
-- organizations, and they are read before any tenant context exists (login, token refresh).

-- ---------------------------------------------------------------------------------------------
-- Changes to 0001 tables (0001 is applied in deployments and never edited).

ALTER TABLE memberships
    ADD COLUMN team_lead_user_id uuid NULL REFERENCES users (id),
    ADD CONSTRAINT memberships_team_lead_not_self CHECK (team_lead_user_id <> user_id);
CREATE INDEX memberships_team_lead ON memberships (org_id, team_lead_user_id);
CREATE INDEX memberships_org_user ON memberships (org_id, user_id);

-- A client's home location decides which managers administer them before any session exists.
ALTER TABLE clients
    ADD COLUMN home_location_id uuid NULL,
    ADD CONSTRAINT clients_home_location FOREIGN KEY (org_id, home_location_id)
        REFERENCES locations (org_id, id);
CREATE INDEX clients_user ON clients (org_id, user_id);
CREATE INDEX sessions_location ON sessions (org_id, location_id, starts_at);

-- Credit notes are invoices of kind 'credit_note' that point at the invoice they cancel.
-- trainer_user_id is the trainer who billed (their "own" invoices in the matrix).
ALTER TABLE invoices
    ADD COLUMN kind text NOT NULL DEFAULT 'invoice' CHECK (kind IN ('invoice', 'credit_note')),
    ADD COLUMN original_invoice_id uuid NULL,
    ADD COLUMN trainer_user_id uuid NULL REFERENCES users (id),
    ADD CONSTRAINT invoices_credit_note_original
        CHECK ((kind = 'credit_note') = (original_invoice_id IS NOT NULL)),
    ADD CONSTRAINT invoices_original FOREIGN KEY (org_id, original_invoice_id)
        REFERENCES invoices (org_id, id);
CREATE INDEX invoices_trainer ON invoices (org_id, trainer_user_id);

-- ---------------------------------------------------------------------------------------------
-- Identity tables without org_id.

CREATE TABLE devices (
    id            uuid        PRIMARY KEY,
    user_id       uuid        NOT NULL REFERENCES users (id),
    name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    registered_at timestamptz NOT NULL DEFAULT now(),
    revoked_at    timestamptz NULL CHECK (revoked_at IS NULL OR revoked_at >= registered_at)
);
CREATE INDEX devices_user ON devices (user_id);

-- Only the SHA-256 of a refresh token is stored. Rotation marks the old row 'rotated' and
-- points at its successor; presenting a rotated token revokes the whole family.
CREATE TABLE refresh_tokens (
    id          uuid        PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id),
    device_id   uuid        NULL REFERENCES devices (id),
    family_id   uuid        NOT NULL,
    token_hash  bytea       NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    state       text        NOT NULL DEFAULT 'active'
                            CHECK (state IN ('active', 'rotated', 'revoked')),
    issued_at   timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL CHECK (expires_at > issued_at),
    replaced_by uuid        NULL REFERENCES refresh_tokens (id),
    CHECK ((state = 'rotated') = (replaced_by IS NOT NULL))
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_device ON refresh_tokens (device_id);

-- Revoking a device kills its refresh tokens in the same statement; a device is never revived.
CREATE FUNCTION devices_revocation_kills_tokens() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF OLD.revoked_at IS NOT NULL AND NEW.revoked_at IS DISTINCT FROM OLD.revoked_at THEN
        RAISE EXCEPTION 'device % is revoked for good', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.revoked_at IS NOT NULL AND OLD.revoked_at IS NULL THEN
        UPDATE refresh_tokens SET state = 'revoked'
         WHERE device_id = NEW.id AND state = 'active';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER devices_revocation_kills_tokens BEFORE UPDATE OF revoked_at ON devices
    FOR EACH ROW EXECUTE FUNCTION devices_revocation_kills_tokens();

-- Failed-login counters per account (normalised email) and per client IP, for growing delays.
CREATE TABLE login_throttles (
    key_kind          text        NOT NULL CHECK (key_kind IN ('account', 'ip')),
    key               text        NOT NULL CHECK (length(key) BETWEEN 1 AND 320),
    failures          int         NOT NULL DEFAULT 0 CHECK (failures >= 0),
    window_started_at timestamptz NOT NULL DEFAULT now(),
    locked_until      timestamptz NULL,
    PRIMARY KEY (key_kind, key)
);

-- ---------------------------------------------------------------------------------------------
-- Tenant tables.

CREATE TABLE invitations (
    org_id             uuid        NOT NULL REFERENCES organizations (id),
    id                 uuid        NOT NULL,
    email              text        NOT NULL
                                   CHECK (email = lower(email) AND email ~ '^[^@\s]+@[^@\s]+$'),
    role               text        NOT NULL
                                   CHECK (role IN ('owner', 'manager', 'trainer_admin', 'trainer',
                                                   'client')),
    token_hash         bytea       NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    invited_by_user_id uuid        NOT NULL REFERENCES users (id),
    created_at         timestamptz NOT NULL DEFAULT now(),
    expires_at         timestamptz NOT NULL CHECK (expires_at > created_at),
    used_at            timestamptz NULL,
    PRIMARY KEY (org_id, id)
);
CREATE INDEX invitations_email ON invitations (org_id, email);

-- Versioned consent records: a change is a new row, never an update.
CREATE TABLE consents (
    org_id              uuid        NOT NULL,
    id                  uuid        NOT NULL,
    client_id           uuid        NOT NULL,
    kind                text        NOT NULL
                                    CHECK (kind IN ('terms', 'privacy', 'health_data', 'marketing',
                                                    'photo')),
    version             text        NOT NULL CHECK (length(version) BETWEEN 1 AND 50),
    granted             boolean     NOT NULL,
    recorded_at         timestamptz NOT NULL DEFAULT now(),
    recorded_by_user_id uuid        NULL REFERENCES users (id),
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, client_id) REFERENCES clients (org_id, id)
);
CREATE INDEX consents_client ON consents (org_id, client_id, kind, recorded_at);

-- A recurring series: the rule is evaluated in the series' zone from a local first start, so
-- "every Monday 07:00" stays 07:00 across daylight-saving changes.
CREATE TABLE session_series (
    org_id            uuid        NOT NULL,
    id                uuid        NOT NULL,
    trainer_user_id   uuid        NOT NULL REFERENCES users (id),
    client_id         uuid        NOT NULL,
    location_id       uuid        NOT NULL,
    rrule             text        NOT NULL CHECK (rrule ~ '^FREQ=' AND length(rrule) <= 500),
    first_start_local timestamp   NOT NULL,
    time_zone         text        NOT NULL CHECK (time_zone ~ '^[A-Za-z_]+(/[A-Za-z_+-]+)+$'),
    duration_minutes  int         NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    created_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, client_id) REFERENCES clients (org_id, id),
    FOREIGN KEY (org_id, location_id) REFERENCES locations (org_id, id)
);
CREATE INDEX session_series_trainer ON session_series (org_id, trainer_user_id);
CREATE INDEX session_series_client ON session_series (org_id, client_id);
CREATE INDEX session_series_location ON session_series (org_id, location_id);

-- One occurrence of a series, identified by its original local start, cancelled or moved.
CREATE TABLE session_exceptions (
    org_id                uuid        NOT NULL,
    series_id             uuid        NOT NULL,
    original_start_local  timestamp   NOT NULL,
    kind                  text        NOT NULL CHECK (kind IN ('cancelled', 'moved')),
    new_starts_at         timestamptz NULL,
    new_location_id       uuid        NULL,
    recorded_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, series_id, original_start_local),
    FOREIGN KEY (org_id, series_id) REFERENCES session_series (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, new_location_id) REFERENCES locations (org_id, id),
    CHECK ((kind = 'moved') = (new_starts_at IS NOT NULL)),
    CHECK (kind = 'moved' OR new_location_id IS NULL)
);

ALTER TABLE sessions ADD COLUMN series_id uuid NULL,
    ADD CONSTRAINT sessions_series FOREIGN KEY (org_id, series_id)
        REFERENCES session_series (org_id, id);

-- Extra clients of a group session (sessions.client_id stays the primary client).
CREATE TABLE session_clients (
    org_id     uuid NOT NULL,
    session_id uuid NOT NULL,
    client_id  uuid NOT NULL,
    PRIMARY KEY (org_id, session_id, client_id),
    FOREIGN KEY (org_id, session_id) REFERENCES sessions (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, client_id) REFERENCES clients (org_id, id)
);
CREATE INDEX session_clients_client ON session_clients (org_id, client_id);

-- The note's text lives in note_revisions (insert-only); after signed_at, new revisions are
-- amendments and the signature itself never changes.
CREATE TABLE notes (
    org_id             uuid        NOT NULL,
    id                 uuid        NOT NULL,
    author_user_id     uuid        NOT NULL REFERENCES users (id),
    client_id          uuid        NOT NULL,
    session_id         uuid        NULL,
    format             text        NOT NULL CHECK (format IN ('soap', 'free')),
    shared_with_client boolean     NOT NULL DEFAULT false,
    created_at         timestamptz NOT NULL DEFAULT now(),
    signed_at          timestamptz NULL CHECK (signed_at IS NULL OR signed_at >= created_at),
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, client_id) REFERENCES clients (org_id, id),
    FOREIGN KEY (org_id, session_id) REFERENCES sessions (org_id, id)
);
CREATE INDEX notes_author ON notes (org_id, author_user_id);
CREATE INDEX notes_client ON notes (org_id, client_id);

CREATE FUNCTION notes_signature_is_final() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF OLD.signed_at IS NOT NULL AND NEW.signed_at IS DISTINCT FROM OLD.signed_at THEN
        RAISE EXCEPTION 'note % is signed; its signature cannot change', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    -- Signing attests the author's own record: a trainer admin may edit but never sign.
    IF OLD.signed_at IS NULL AND NEW.signed_at IS NOT NULL
       AND NEW.author_user_id IS DISTINCT FROM fitflow_current_user() THEN
        RAISE EXCEPTION 'only the author signs note %', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.author_user_id <> OLD.author_user_id OR NEW.client_id <> OLD.client_id THEN
        RAISE EXCEPTION 'a note keeps its author and client' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER notes_signature_is_final BEFORE UPDATE ON notes
    FOR EACH ROW EXECUTE FUNCTION notes_signature_is_final();

CREATE TABLE note_revisions (
    org_id         uuid        NOT NULL,
    note_id        uuid        NOT NULL,
    revision_no    int         NOT NULL CHECK (revision_no > 0),
    body           text        NOT NULL CHECK (length(body) <= 100000),
    is_amendment   boolean     NOT NULL DEFAULT false,
    author_user_id uuid        NOT NULL REFERENCES users (id),
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, note_id, revision_no),
    FOREIGN KEY (org_id, note_id) REFERENCES notes (org_id, id)
);

-- Once a note is signed, every further revision must be marked as an amendment.
CREATE FUNCTION note_revisions_after_signing_are_amendments() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF NOT NEW.is_amendment AND EXISTS (SELECT 1 FROM notes n
                                         WHERE n.org_id = NEW.org_id AND n.id = NEW.note_id
                                           AND n.signed_at IS NOT NULL) THEN
        RAISE EXCEPTION 'note % is signed; new text must be an amendment', NEW.note_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER note_revisions_after_signing_are_amendments BEFORE INSERT ON note_revisions
    FOR EACH ROW EXECUTE FUNCTION note_revisions_after_signing_are_amendments();

CREATE TABLE packages (
    org_id       uuid        NOT NULL,
    id           uuid        NOT NULL,
    client_id    uuid        NOT NULL,
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    credits      int         NOT NULL CHECK (credits > 0),
    price_cents  bigint      NOT NULL CHECK (price_cents >= 0),
    currency     char(3)     NOT NULL DEFAULT 'CAD' CHECK (currency ~ '^[A-Z]{3}$'),
    purchased_at timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NULL CHECK (expires_at IS NULL OR expires_at > purchased_at),
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, client_id) REFERENCES clients (org_id, id)
);
CREATE INDEX packages_client ON packages (org_id, client_id);

-- Insert-only: a credit returned (late cancellation waived) is a row with credits < 0.
CREATE TABLE credit_consumptions (
    org_id      uuid        NOT NULL,
    id          uuid        NOT NULL,
    package_id  uuid        NOT NULL,
    session_id  uuid        NULL,
    credits     int         NOT NULL CHECK (credits <> 0),
    consumed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, package_id) REFERENCES packages (org_id, id),
    FOREIGN KEY (org_id, session_id) REFERENCES sessions (org_id, id)
);
CREATE INDEX credit_consumptions_package ON credit_consumptions (org_id, package_id);

-- Offline desktops number invoices from blocks the server hands out. The allocator (server)
-- keeps blocks disjoint under a lock; the unique start catches a double allocation.
CREATE TABLE invoice_number_blocks (
    org_id       uuid        NOT NULL REFERENCES organizations (id),
    id           uuid        NOT NULL,
    device_id    uuid        NOT NULL REFERENCES devices (id),
    first_number bigint      NOT NULL CHECK (first_number > 0),
    last_number  bigint      NOT NULL,
    allocated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, id),
    CHECK (last_number >= first_number)
);
CREATE UNIQUE INDEX invoice_number_blocks_first ON invoice_number_blocks (org_id, first_number);
CREATE INDEX invoice_number_blocks_device ON invoice_number_blocks (org_id, device_id);

-- Payments are events: insert-only. A refund is its own row pointing at the payment it refunds.
CREATE TABLE payments (
    org_id              uuid        NOT NULL,
    id                  uuid        NOT NULL,
    invoice_id          uuid        NOT NULL,
    kind                text        NOT NULL
                                    CHECK (kind IN ('card', 'cash', 'e_transfer', 'credit',
                                                    'refund')),
    amount_cents        bigint      NOT NULL CHECK (amount_cents > 0),
    currency            char(3)     NOT NULL DEFAULT 'CAD' CHECK (currency ~ '^[A-Z]{3}$'),
    refunds_payment_id  uuid        NULL,
    recorded_at         timestamptz NOT NULL DEFAULT now(),
    recorded_by_user_id uuid        NULL REFERENCES users (id),
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, invoice_id) REFERENCES invoices (org_id, id),
    FOREIGN KEY (org_id, refunds_payment_id) REFERENCES payments (org_id, id),
    CHECK ((kind = 'refund') = (refunds_payment_id IS NOT NULL))
);
CREATE INDEX payments_invoice ON payments (org_id, invoice_id);

-- ---------------------------------------------------------------------------------------------
-- Who is acting. Context readers are plain SQL; everything that looks at memberships or
-- assignments is SECURITY DEFINER (run as the migration owner, under its organization-isolation
-- policies) so that policies can ask without recursing into their own table.

CREATE FUNCTION fitflow_current_org() RETURNS uuid
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
    RETURN NULLIF(current_setting('fitflow.org_id', true), '')::uuid;

CREATE FUNCTION fitflow_current_user() RETURNS uuid
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
    RETURN NULLIF(current_setting('fitflow.user_id', true), '')::uuid;

-- True when fitflow.role names `wanted` AND the user holds that active membership in the org.
CREATE FUNCTION fitflow_acts_as(wanted text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    RETURN coalesce(current_setting('fitflow.role', true) = wanted, false)
       AND EXISTS (SELECT 1 FROM memberships m
                    WHERE m.org_id = fitflow_current_org() AND m.user_id = fitflow_current_user()
                      AND m.role = wanted AND (m.ended_at IS NULL OR m.ended_at > now()));

CREATE FUNCTION fitflow_is_member() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    RETURN fitflow_acts_as(coalesce(current_setting('fitflow.role', true), ''));

CREATE FUNCTION fitflow_acts_as_trainer() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    RETURN fitflow_acts_as('trainer') OR fitflow_acts_as('trainer_admin');

-- The acting trainer themself, or (for a trainer admin) a trainer who names them as team lead.
CREATE FUNCTION fitflow_team_includes(member uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    RETURN (member = fitflow_current_user() AND fitflow_acts_as_trainer())
        OR (fitflow_acts_as('trainer_admin')
            AND EXISTS (SELECT 1 FROM memberships m
                         WHERE m.org_id = fitflow_current_org() AND m.user_id = member
                           AND m.team_lead_user_id = fitflow_current_user()
                           AND m.role IN ('trainer', 'trainer_admin')
                           AND (m.ended_at IS NULL OR m.ended_at > now())));

-- A client assigned to the acting trainer or to someone on their team.
CREATE FUNCTION fitflow_trainer_sees_client(client uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    RETURN fitflow_acts_as_trainer()
       AND EXISTS (SELECT 1 FROM client_trainers ct
                    WHERE ct.org_id = fitflow_current_org() AND ct.client_id = client
                      AND fitflow_team_includes(ct.trainer_user_id));

-- A client nobody is assigned to yet: the trainer who just created it may take it.
CREATE FUNCTION fitflow_client_unassigned(client uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    RETURN NOT EXISTS (SELECT 1 FROM client_trainers ct
                        WHERE ct.org_id = fitflow_current_org() AND ct.client_id = client);

-- The acting manager's active manager membership lists no locations (= the whole organization).
CREATE FUNCTION fitflow_manages_everything() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    RETURN fitflow_acts_as('manager')
       AND EXISTS (SELECT 1 FROM memberships m
                    WHERE m.org_id = fitflow_current_org() AND m.user_id = fitflow_current_user()
                      AND m.role = 'manager' AND (m.ended_at IS NULL OR m.ended_at > now())
                      AND NOT EXISTS (SELECT 1 FROM membership_locations ml
                                       WHERE ml.org_id = m.org_id AND ml.membership_id = m.id));

CREATE FUNCTION fitflow_manages_location(location uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    RETURN fitflow_manages_everything()
        OR (fitflow_acts_as('manager')
            AND EXISTS (SELECT 1 FROM memberships m
                          JOIN membership_locations ml
                            ON ml.org_id = m.org_id AND ml.membership_id = m.id
                         WHERE m.org_id = fitflow_current_org()
                           AND m.user_id = fitflow_current_user() AND m.role = 'manager'
                           AND (m.ended_at IS NULL OR m.ended_at > now())
                           AND ml.location_id = location));

-- A manager administers a client whose home location, or any of whose sessions, they manage.
CREATE FUNCTION fitflow_manager_sees_client(client uuid, home_location uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    RETURN fitflow_manages_everything()
        OR fitflow_manages_location(home_location)
        OR (fitflow_acts_as('manager')
            AND EXISTS (SELECT 1 FROM sessions s
                         WHERE s.org_id = fitflow_current_org() AND s.client_id = client
                           AND fitflow_manages_location(s.location_id)));

-- The acting client portal user's own client record.
CREATE FUNCTION fitflow_own_client(client uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    RETURN fitflow_acts_as('client')
       AND EXISTS (SELECT 1 FROM clients c
                    WHERE c.org_id = fitflow_current_org() AND c.id = client
                      AND c.user_id = fitflow_current_user());

-- The acting client takes part in a group session (session_clients).
CREATE FUNCTION fitflow_own_group_session(session uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    RETURN fitflow_acts_as('client')
       AND EXISTS (SELECT 1 FROM session_clients sc
                     JOIN clients c ON c.org_id = sc.org_id AND c.id = sc.client_id
                    WHERE sc.org_id = fitflow_current_org() AND sc.session_id = session
                      AND c.user_id = fitflow_current_user());

-- Staff who administer money and schedules (everyone but the client portal).
CREATE FUNCTION fitflow_acts_as_staff() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    RETURN fitflow_acts_as('owner') OR fitflow_acts_as('manager') OR fitflow_acts_as_trainer();

DO $$
DECLARE
    fn regprocedure;
BEGIN
    FOR fn IN SELECT p.oid::regprocedure FROM pg_proc p
               WHERE p.pronamespace = 'public'::regnamespace AND p.proname LIKE 'fitflow\_%'
    LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', fn);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO fitflow_app', fn);
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Row-level security. 0001's blanket org_isolation policies (TO PUBLIC) would be OR-ed with
-- every role policy and defeat it, so they go. The migration owner keeps organization isolation
-- (policy "maintenance"); the app role gets the role-aware policies. A role not named in a
-- policy has no policy at all: it sees nothing.

DROP POLICY org_isolation ON organizations;
CREATE POLICY maintenance ON organizations TO CURRENT_USER
    USING (id = fitflow_current_org());

DO $$
DECLARE
    tenant_table text;
BEGIN
    FOREACH tenant_table IN ARRAY ARRAY['locations', 'memberships', 'membership_locations',
                                        'clients', 'client_trainers', 'sessions', 'invoices',
                                        'invoice_lines']
    LOOP
        EXECUTE format('DROP POLICY org_isolation ON %I', tenant_table);
    END LOOP;
    FOREACH tenant_table IN ARRAY ARRAY['locations', 'memberships', 'membership_locations',
                                        'clients', 'client_trainers', 'sessions', 'invoices',
                                        'invoice_lines', 'invitations', 'consents',
                                        'session_series', 'session_exceptions', 'session_clients',
                                        'notes', 'note_revisions', 'packages',
                                        'credit_consumptions', 'invoice_number_blocks',
                                        'payments']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', tenant_table);
        EXECUTE format('CREATE POLICY maintenance ON %I TO CURRENT_USER '
                       'USING (org_id = fitflow_current_org())', tenant_table);
    END LOOP;
END
$$;

-- Organization and locations: every member reads; the owner administers.
CREATE POLICY member_read ON organizations FOR SELECT TO fitflow_app
    USING (id = fitflow_current_org() AND fitflow_is_member());
CREATE POLICY owner_update ON organizations FOR UPDATE TO fitflow_app
    USING (id = fitflow_current_org() AND fitflow_acts_as('owner'))
    WITH CHECK (id = fitflow_current_org() AND fitflow_acts_as('owner'));

CREATE POLICY member_read ON locations FOR SELECT TO fitflow_app
    USING (org_id = fitflow_current_org() AND fitflow_is_member());
CREATE POLICY owner_write ON locations TO fitflow_app
    USING (org_id = fitflow_current_org() AND fitflow_acts_as('owner'))
    WITH CHECK (org_id = fitflow_current_org() AND fitflow_acts_as('owner'));
CREATE POLICY manager_update ON locations FOR UPDATE TO fitflow_app
    USING (org_id = fitflow_current_org() AND fitflow_manages_location(id))
    WITH CHECK (org_id = fitflow_current_org() AND fitflow_manages_location(id));

-- Memberships: administrators read all; others their own. Managers administer non-admin roles.
CREATE POLICY read ON memberships FOR SELECT TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND (fitflow_acts_as('owner') OR fitflow_acts_as('manager')
                OR fitflow_acts_as('trainer_admin')
                OR (user_id = fitflow_current_user() AND fitflow_is_member())));
CREATE POLICY administer ON memberships TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND (fitflow_acts_as('owner')
                OR (fitflow_acts_as('manager') AND role IN ('trainer_admin', 'trainer', 'client'))))
    WITH CHECK (org_id = fitflow_current_org()
                AND (fitflow_acts_as('owner')
                     OR (fitflow_acts_as('manager')
                         AND role IN ('trainer_admin', 'trainer', 'client'))));

CREATE POLICY read ON membership_locations FOR SELECT TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND EXISTS (SELECT 1 FROM memberships m
                        WHERE m.org_id = membership_locations.org_id
                          AND m.id = membership_locations.membership_id));
CREATE POLICY owner_write ON membership_locations TO fitflow_app
    USING (org_id = fitflow_current_org() AND fitflow_acts_as('owner'))
    WITH CHECK (org_id = fitflow_current_org() AND fitflow_acts_as('owner'));

CREATE POLICY administer ON invitations TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND (fitflow_acts_as('owner')
                OR (fitflow_acts_as('manager') AND role IN ('trainer_admin', 'trainer', 'client'))))
    WITH CHECK (org_id = fitflow_current_org()
                AND (fitflow_acts_as('owner')
                     OR (fitflow_acts_as('manager')
                         AND role IN ('trainer_admin', 'trainer', 'client'))));

-- Clients.
CREATE POLICY staff ON clients TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND (fitflow_acts_as('owner') OR fitflow_manager_sees_client(id, home_location_id)
                OR fitflow_trainer_sees_client(id)))
    WITH CHECK (org_id = fitflow_current_org()
                AND (fitflow_acts_as('owner') OR fitflow_manager_sees_client(id, home_location_id)
                     OR fitflow_trainer_sees_client(id)));
-- A trainer may create a client (matrix: Create at organization scope), then self-assign it.
CREATE POLICY trainer_create ON clients FOR INSERT TO fitflow_app
    WITH CHECK (org_id = fitflow_current_org() AND fitflow_acts_as_trainer());
-- The portal reads and updates its own row (the API limits updates to contact fields).
CREATE POLICY self ON clients FOR SELECT TO fitflow_app
    USING (org_id = fitflow_current_org() AND user_id = fitflow_current_user()
           AND fitflow_acts_as('client'));
CREATE POLICY self_update ON clients FOR UPDATE TO fitflow_app
    USING (org_id = fitflow_current_org() AND user_id = fitflow_current_user()
           AND fitflow_acts_as('client'))
    WITH CHECK (org_id = fitflow_current_org() AND user_id = fitflow_current_user()
                AND fitflow_acts_as('client'));

-- Assignments follow the visibility of their client; assigning is for owners, managers who
-- administer the client, trainer admins within their team, and a trainer taking a new client.
CREATE POLICY read ON client_trainers FOR SELECT TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND EXISTS (SELECT 1 FROM clients c
                        WHERE c.org_id = client_trainers.org_id AND c.id = client_trainers.client_id));
CREATE POLICY assign ON client_trainers TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND (fitflow_acts_as('owner')
                OR (fitflow_acts_as('manager')
                    AND EXISTS (SELECT 1 FROM clients c
                                 WHERE c.org_id = client_trainers.org_id
                                   AND c.id = client_trainers.client_id))
                OR (fitflow_acts_as('trainer_admin') AND fitflow_team_includes(trainer_user_id))))
    WITH CHECK (org_id = fitflow_current_org()
                AND (fitflow_acts_as('owner')
                     OR (fitflow_acts_as('manager')
                         AND EXISTS (SELECT 1 FROM clients c
                                      WHERE c.org_id = client_trainers.org_id
                                        AND c.id = client_trainers.client_id))
                     OR (fitflow_acts_as('trainer_admin')
                         AND fitflow_team_includes(trainer_user_id))));
CREATE POLICY take_new_client ON client_trainers FOR INSERT TO fitflow_app
    WITH CHECK (org_id = fitflow_current_org() AND trainer_user_id = fitflow_current_user()
                AND fitflow_acts_as_trainer() AND fitflow_client_unassigned(client_id));

-- Schedules: owner all; managers their locations; trainers their (team's) own; clients theirs.
CREATE POLICY schedule ON sessions TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND (fitflow_acts_as('owner') OR fitflow_manages_location(location_id)
                OR fitflow_team_includes(trainer_user_id) OR fitflow_own_client(client_id)))
    WITH CHECK (org_id = fitflow_current_org()
                AND (fitflow_acts_as('owner') OR fitflow_manages_location(location_id)
                     OR fitflow_team_includes(trainer_user_id) OR fitflow_own_client(client_id)));
CREATE POLICY group_member ON sessions FOR SELECT TO fitflow_app
    USING (org_id = fitflow_current_org() AND fitflow_own_group_session(id));

CREATE POLICY schedule ON session_series TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND (fitflow_acts_as('owner') OR fitflow_manages_location(location_id)
                OR fitflow_team_includes(trainer_user_id) OR fitflow_own_client(client_id)))
    WITH CHECK (org_id = fitflow_current_org()
                AND (fitflow_acts_as('owner') OR fitflow_manages_location(location_id)
                     OR fitflow_team_includes(trainer_user_id) OR fitflow_own_client(client_id)));

CREATE POLICY schedule ON session_exceptions TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND EXISTS (SELECT 1 FROM session_series s
                        WHERE s.org_id = session_exceptions.org_id
                          AND s.id = session_exceptions.series_id))
    WITH CHECK (org_id = fitflow_current_org()
                AND EXISTS (SELECT 1 FROM session_series s
                             WHERE s.org_id = session_exceptions.org_id
                               AND s.id = session_exceptions.series_id));

CREATE POLICY read ON session_clients FOR SELECT TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND (fitflow_own_client(client_id)
                OR (fitflow_acts_as_staff()
                    AND EXISTS (SELECT 1 FROM sessions s
                                 WHERE s.org_id = session_clients.org_id
                                   AND s.id = session_clients.session_id))));
CREATE POLICY staff_write ON session_clients TO fitflow_app
    USING (org_id = fitflow_current_org() AND fitflow_acts_as_staff()
           AND EXISTS (SELECT 1 FROM sessions s
                        WHERE s.org_id = session_clients.org_id
                          AND s.id = session_clients.session_id))
    WITH CHECK (org_id = fitflow_current_org() AND fitflow_acts_as_staff()
                AND EXISTS (SELECT 1 FROM sessions s
                             WHERE s.org_id = session_clients.org_id
                               AND s.id = session_clients.session_id));

-- Consents: read with the client; recorded by the client's trainers or the client themself.
CREATE POLICY read ON consents FOR SELECT TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND EXISTS (SELECT 1 FROM clients c
                        WHERE c.org_id = consents.org_id AND c.id = consents.client_id));
CREATE POLICY record ON consents FOR INSERT TO fitflow_app
    WITH CHECK (org_id = fitflow_current_org()
                AND (fitflow_trainer_sees_client(client_id) OR fitflow_own_client(client_id)));

-- Notes: the author, the author's trainer admin, and the client when shared. Never owners or
-- managers: no policy below mentions them.
CREATE POLICY read ON notes FOR SELECT TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND (fitflow_team_includes(author_user_id)
                OR (shared_with_client AND fitflow_own_client(client_id))));
CREATE POLICY author_create ON notes FOR INSERT TO fitflow_app
    WITH CHECK (org_id = fitflow_current_org() AND author_user_id = fitflow_current_user()
                AND fitflow_trainer_sees_client(client_id));
CREATE POLICY author_update ON notes FOR UPDATE TO fitflow_app
    USING (org_id = fitflow_current_org() AND fitflow_team_includes(author_user_id))
    WITH CHECK (org_id = fitflow_current_org() AND fitflow_team_includes(author_user_id));

CREATE POLICY read ON note_revisions FOR SELECT TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND EXISTS (SELECT 1 FROM notes n
                        WHERE n.org_id = note_revisions.org_id AND n.id = note_revisions.note_id));
CREATE POLICY write ON note_revisions FOR INSERT TO fitflow_app
    WITH CHECK (org_id = fitflow_current_org() AND author_user_id = fitflow_current_user()
                AND fitflow_acts_as_trainer()
                AND EXISTS (SELECT 1 FROM notes n
                             WHERE n.org_id = note_revisions.org_id
                               AND n.id = note_revisions.note_id));

-- Packages and credits follow the client; the portal only reads.
CREATE POLICY read ON packages FOR SELECT TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND EXISTS (SELECT 1 FROM clients c
                        WHERE c.org_id = packages.org_id AND c.id = packages.client_id));
CREATE POLICY staff_write ON packages TO fitflow_app
    USING (org_id = fitflow_current_org() AND fitflow_acts_as_staff()
           AND EXISTS (SELECT 1 FROM clients c
                        WHERE c.org_id = packages.org_id AND c.id = packages.client_id))
    WITH CHECK (org_id = fitflow_current_org() AND fitflow_acts_as_staff()
                AND EXISTS (SELECT 1 FROM clients c
                             WHERE c.org_id = packages.org_id AND c.id = packages.client_id));

CREATE POLICY read ON credit_consumptions FOR SELECT TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND EXISTS (SELECT 1 FROM packages p
                        WHERE p.org_id = credit_consumptions.org_id
                          AND p.id = credit_consumptions.package_id));
CREATE POLICY staff_record ON credit_consumptions FOR INSERT TO fitflow_app
    WITH CHECK (org_id = fitflow_current_org() AND fitflow_acts_as_staff()
                AND EXISTS (SELECT 1 FROM packages p
                             WHERE p.org_id = credit_consumptions.org_id
                               AND p.id = credit_consumptions.package_id));

-- Invoices: owner all; managers their clients'; trainers the ones they billed; clients their
-- issued ones. Lines and payments follow their invoice.
CREATE POLICY staff ON invoices TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND (fitflow_acts_as('owner')
                OR (fitflow_acts_as('manager')
                    AND EXISTS (SELECT 1 FROM clients c
                                 WHERE c.org_id = invoices.org_id AND c.id = invoices.client_id))
                OR fitflow_team_includes(trainer_user_id)))
    WITH CHECK (org_id = fitflow_current_org()
                AND (fitflow_acts_as('owner')
                     OR (fitflow_acts_as('manager')
                         AND EXISTS (SELECT 1 FROM clients c
                                      WHERE c.org_id = invoices.org_id
                                        AND c.id = invoices.client_id))
                     OR fitflow_team_includes(trainer_user_id)));
CREATE POLICY client_read ON invoices FOR SELECT TO fitflow_app
    USING (org_id = fitflow_current_org() AND status <> 'draft'
           AND fitflow_own_client(client_id));

CREATE POLICY read ON invoice_lines FOR SELECT TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND EXISTS (SELECT 1 FROM invoices i
                        WHERE i.org_id = invoice_lines.org_id AND i.id = invoice_lines.invoice_id));
CREATE POLICY staff_write ON invoice_lines TO fitflow_app
    USING (org_id = fitflow_current_org() AND fitflow_acts_as_staff()
           AND EXISTS (SELECT 1 FROM invoices i
                        WHERE i.org_id = invoice_lines.org_id AND i.id = invoice_lines.invoice_id))
    WITH CHECK (org_id = fitflow_current_org() AND fitflow_acts_as_staff()
                AND EXISTS (SELECT 1 FROM invoices i
                             WHERE i.org_id = invoice_lines.org_id
                               AND i.id = invoice_lines.invoice_id));

CREATE POLICY read ON payments FOR SELECT TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND EXISTS (SELECT 1 FROM invoices i
                        WHERE i.org_id = payments.org_id AND i.id = payments.invoice_id));
-- Staff record any kind; the portal pays by card and nothing else.
CREATE POLICY record ON payments FOR INSERT TO fitflow_app
    WITH CHECK (org_id = fitflow_current_org()
                AND (fitflow_acts_as_staff() OR kind = 'card')
                AND EXISTS (SELECT 1 FROM invoices i
                             WHERE i.org_id = payments.org_id AND i.id = payments.invoice_id));

-- Number blocks: the owner sees all; staff see and take blocks for their own devices.
CREATE POLICY allocate ON invoice_number_blocks TO fitflow_app
    USING (org_id = fitflow_current_org()
           AND (fitflow_acts_as('owner')
                OR (fitflow_acts_as_staff()
                    AND EXISTS (SELECT 1 FROM devices d
                                 WHERE d.id = invoice_number_blocks.device_id
                                   AND d.user_id = fitflow_current_user()))))
    WITH CHECK (org_id = fitflow_current_org()
                AND (fitflow_acts_as('owner')
                     OR (fitflow_acts_as_staff()
                         AND EXISTS (SELECT 1 FROM devices d
                                      WHERE d.id = invoice_number_blocks.device_id
                                        AND d.user_id = fitflow_current_user()))));

-- ---------------------------------------------------------------------------------------------
-- Grants: only what each table's lifecycle needs. Events (consents, revisions, credits,
-- payments, number blocks) are insert-only for the application.
GRANT SELECT, INSERT, UPDATE ON devices, refresh_tokens TO fitflow_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON login_throttles TO fitflow_app;
GRANT SELECT, INSERT, UPDATE, DELETE
    ON invitations, session_series, session_exceptions, session_clients, packages
    TO fitflow_app;
GRANT SELECT, INSERT, UPDATE ON notes TO fitflow_app;
GRANT SELECT, INSERT
    ON consents, note_revisions, credit_consumptions, invoice_number_blocks, payments
    TO fitflow_app;
