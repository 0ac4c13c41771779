-- 0001: the walking-skeleton schema. Tenancy: every tenant table carries org_id, leads its keys
-- and indexes with it, and has row-level security ENABLED and FORCED (the owner role obeys the
-- policies too). The policies read fitflow.org_id, set per transaction with set_config(..., true);
-- without it NULLIF(...) yields NULL and no row matches, so a request without context sees and
-- writes nothing. Ids are UUIDv7 minted by the application.

CREATE TABLE organizations (
    id         uuid        PRIMARY KEY,
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind       text        NOT NULL CHECK (kind IN ('studio', 'practice')),
    province   text        NOT NULL CHECK (province IN ('AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT',
                                                        'NU', 'ON', 'PE', 'QC', 'SK', 'YT')),
    currency   text        NOT NULL DEFAULT 'CAD' CHECK (currency ~ '^[A-Z]{3}$'),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE locations (
    org_id     uuid        NOT NULL REFERENCES organizations (id),
    id         uuid        NOT NULL,
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    province   text        NOT NULL CHECK (province IN ('AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT',
                                                        'NU', 'ON', 'PE', 'QC', 'SK', 'YT')),
    time_zone  text        NOT NULL CHECK (time_zone ~ '^[A-Za-z_]+(/[A-Za-z_+-]+)+$'),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, id)
);

-- One identity across organizations, so users carry no org_id.
CREATE TABLE users (
    id             uuid        PRIMARY KEY,
    email          text        NOT NULL UNIQUE
                               CHECK (email = lower(email) AND email ~ '^[^@\s]+@[^@\s]+$'),
    display_name   text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    password_hash  text        NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    mfa_secret     bytea       NULL,
    mfa_enabled_at timestamptz NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
    org_id     uuid        NOT NULL REFERENCES organizations (id),
    id         uuid        NOT NULL,
    user_id    uuid        NOT NULL REFERENCES users (id),
    role       text        NOT NULL
                           CHECK (role IN ('owner', 'manager', 'trainer_admin', 'trainer', 'client')),
    created_at timestamptz NOT NULL DEFAULT now(),
    ended_at   timestamptz NULL,
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, user_id, role)
);
CREATE INDEX memberships_user ON memberships (user_id);

-- A membership limited to some locations lists them here; none listed = the whole organization.
CREATE TABLE membership_locations (
    org_id        uuid NOT NULL,
    membership_id uuid NOT NULL,
    location_id   uuid NOT NULL,
    PRIMARY KEY (org_id, membership_id, location_id),
    FOREIGN KEY (org_id, membership_id) REFERENCES memberships (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, location_id) REFERENCES locations (org_id, id)
);

CREATE TABLE clients (
    org_id      uuid        NOT NULL REFERENCES organizations (id),
    id          uuid        NOT NULL,
    user_id     uuid        NULL REFERENCES users (id),
    given_name  text        NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
    family_name text        NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
    email       text        NULL,
    phone       text        NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, user_id)
);

CREATE TABLE client_trainers (
    org_id          uuid        NOT NULL,
    client_id       uuid        NOT NULL,
    trainer_user_id uuid        NOT NULL REFERENCES users (id),
    assigned_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, client_id, trainer_user_id),
    FOREIGN KEY (org_id, client_id) REFERENCES clients (org_id, id) ON DELETE CASCADE
);
CREATE INDEX client_trainers_trainer ON client_trainers (org_id, trainer_user_id);

CREATE TABLE sessions (
    org_id          uuid        NOT NULL,
    id              uuid        NOT NULL,
    trainer_user_id uuid        NOT NULL REFERENCES users (id),
    client_id       uuid        NOT NULL,
    location_id     uuid        NOT NULL,
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    status          text        NOT NULL DEFAULT 'scheduled'
                                CHECK (status IN ('scheduled', 'completed', 'cancelled', 'no_show')),
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, client_id) REFERENCES clients (org_id, id),
    FOREIGN KEY (org_id, location_id) REFERENCES locations (org_id, id),
    CHECK (ends_at > starts_at)
);
CREATE INDEX sessions_starts ON sessions (org_id, starts_at);
CREATE INDEX sessions_trainer_starts ON sessions (org_id, trainer_user_id, starts_at);
CREATE INDEX sessions_client ON sessions (org_id, client_id);

-- Money is integer cents. A draft has no number and no tax point yet; an issued invoice has both.
CREATE TABLE invoices (
    org_id         uuid        NOT NULL REFERENCES organizations (id),
    id             uuid        NOT NULL,
    number         text        NULL,
    client_id      uuid        NOT NULL,
    status         text        NOT NULL CHECK (status IN ('draft', 'issued', 'paid', 'void')),
    currency       text        NOT NULL DEFAULT 'CAD' CHECK (currency ~ '^[A-Z]{3}$'),
    subtotal_cents bigint      NOT NULL CHECK (subtotal_cents >= 0),
    tax_cents      bigint      NOT NULL CHECK (tax_cents >= 0),
    total_cents    bigint      NOT NULL CHECK (total_cents = subtotal_cents + tax_cents),
    tax_point_date date        NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, number),
    FOREIGN KEY (org_id, client_id) REFERENCES clients (org_id, id),
    CHECK ((status = 'draft') = (number IS NULL)),
    CHECK ((status = 'draft') = (tax_point_date IS NULL))
);
CREATE INDEX invoices_client ON invoices (org_id, client_id);

CREATE TABLE invoice_lines (
    org_id           uuid   NOT NULL,
    invoice_id       uuid   NOT NULL,
    line_no          int    NOT NULL CHECK (line_no > 0),
    description      text   NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
    quantity         bigint NOT NULL CHECK (quantity > 0),
    unit_price_cents bigint NOT NULL CHECK (unit_price_cents >= 0),
    amount_cents     bigint NOT NULL CHECK (amount_cents = quantity * unit_price_cents),
    PRIMARY KEY (org_id, invoice_id, line_no),
    FOREIGN KEY (org_id, invoice_id) REFERENCES invoices (org_id, id) ON DELETE CASCADE
);

-- Placeholder for the hash-chained audit trail of issue 4: insert-only for the application.
CREATE TABLE audit_events (
    org_id        uuid        NOT NULL REFERENCES organizations (id),
    id            uuid        NOT NULL,
    occurred_at   timestamptz NOT NULL DEFAULT now(),
    actor_user_id uuid        NULL,
    action        text        NOT NULL,
    object_type   text        NOT NULL,
    object_id     uuid        NULL,
    PRIMARY KEY (org_id, id)
);
CREATE INDEX audit_events_time ON audit_events (org_id, occurred_at);

-- Row-level security: org isolation on every tenant table (issue 4 adds role policies).
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
CREATE POLICY org_isolation ON organizations
    USING (id = NULLIF(current_setting('fitflow.org_id', true), '')::uuid);

DO $$
DECLARE
    tenant_table text;
BEGIN
    FOREACH tenant_table IN ARRAY ARRAY['locations', 'memberships', 'membership_locations',
                                        'clients', 'client_trainers', 'sessions', 'invoices',
                                        'invoice_lines', 'audit_events']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', tenant_table);
        EXECUTE format('CREATE POLICY org_isolation ON %I USING '
                       '(org_id = NULLIF(current_setting(''fitflow.org_id'', true), '''')::uuid)',
                       tenant_table);
    END LOOP;
END
$$;

-- The application role (created by the scripts, owns nothing, NOBYPASSRLS) gets only this.
GRANT USAGE ON SCHEMA public TO fitflow_app;
GRANT SELECT ON schema_migrations TO fitflow_app;
GRANT SELECT, UPDATE ON organizations TO fitflow_app;
GRANT SELECT, INSERT, UPDATE ON users TO fitflow_app;
GRANT SELECT, INSERT, UPDATE, DELETE
    ON locations, memberships, membership_locations, clients, client_trainers, sessions,
       invoices, invoice_lines
    TO fitflow_app;
GRANT SELECT, INSERT ON audit_events TO fitflow_app;
