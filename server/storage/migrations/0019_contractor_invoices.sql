-- 0019: contractor invoices (issue 6 part 8; docs/sync-protocol.md, "Money").
--
-- A trainer who works at a studio as a contractor invoices THE STUDIO (the organization) for the
-- sessions they ran at one of its locations. Such an invoice has recipient_kind 'organization',
-- no client, the issuing trainer (trainer_user_id) and the location where the services were
-- supplied (place of supply; the managers who see it). At issue the server snapshots the
-- trainer's own GST/HST and QST numbers as the supplier's, so a reprint never changes.
--
-- Visibility: the issuing trainer and their trainer_admin (the staff policy of 0002 already
-- reads trainer_user_id), the owner (0002), and a manager whose locations include the invoice's
-- location (new policy below). Never a client: the portal's client_read policy only matches
-- client invoices. Lines, payments and credit notes follow their invoice as before.

-- The trainer's own registrations as a supplier (same formats as the organization's, 0014).
ALTER TABLE users
    ADD COLUMN gst_hst_number text
        CONSTRAINT users_gst_hst_number_format
        CHECK (gst_hst_number IS NULL OR gst_hst_number ~ '^[0-9]{9}RT[0-9]{4}$'),
    ADD COLUMN qst_number text
        CONSTRAINT users_qst_number_format
        CHECK (qst_number IS NULL OR qst_number ~ '^[0-9]{10}TQ[0-9]{4}$');

ALTER TABLE invoices
    ADD COLUMN recipient_kind text NOT NULL DEFAULT 'client'
        CONSTRAINT invoices_recipient_kind CHECK (recipient_kind IN ('client', 'organization')),
    ALTER COLUMN client_id DROP NOT NULL,
    ADD CONSTRAINT invoices_recipient_client
        CHECK ((recipient_kind = 'client') = (client_id IS NOT NULL)),
    ADD CONSTRAINT invoices_contractor_parties
        CHECK (recipient_kind = 'client'
               OR (trainer_user_id IS NOT NULL AND location_id IS NOT NULL)),
    ADD COLUMN supplier_gst_hst_number text NULL,
    ADD COLUMN supplier_qst_number text NULL;
CREATE INDEX invoices_contractor_location ON invoices (org_id, location_id)
    WHERE recipient_kind = 'organization';

-- The locations the acting manager manages: every location of the organization when their
-- membership lists none, the listed ones otherwise; empty for every other role. Called in a
-- scalar sub-select (an InitPlan, once per statement, like 0015's fitflow_team_member_ids), so
-- the policy below costs one array test per row and no function call.
CREATE FUNCTION fitflow_managed_location_ids() RETURNS uuid[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF fitflow_manages_everything() THEN
        RETURN ARRAY(SELECT l.id FROM locations l WHERE l.org_id = fitflow_current_org());
    END IF;
    IF NOT fitflow_acts_as('manager') THEN
        RETURN '{}';
    END IF;
    RETURN ARRAY(SELECT ml.location_id FROM memberships m
                   JOIN membership_locations ml
                     ON ml.org_id = m.org_id AND ml.membership_id = m.id
                  WHERE m.org_id = fitflow_current_org() AND m.user_id = fitflow_current_user()
                    AND m.role = 'manager' AND (m.ended_at IS NULL OR m.ended_at > now()));
END
$$;
REVOKE ALL ON FUNCTION fitflow_managed_location_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fitflow_managed_location_ids() TO fitflow_app;

-- Managers read (never write) the contractor invoices of their locations.
CREATE POLICY manager_contractor_read ON invoices FOR SELECT TO fitflow_app
    USING (org_id = fitflow_current_org() AND recipient_kind = 'organization'
           AND location_id = ANY ((SELECT fitflow_managed_location_ids())::uuid[]));

-- The portal sees its own client invoices only (a contractor invoice has no client anyway; the
-- recipient test keeps that true whatever a later change does to client_id).
ALTER POLICY client_read ON invoices
    USING (org_id = fitflow_current_org() AND status <> 'draft' AND recipient_kind = 'client'
           AND fitflow_own_client(client_id));

-- The database checks again what the push checks first: a payment on a contractor invoice is
-- recorded by the trainer who issued it (a manager sees the invoice but never writes to it).
CREATE POLICY contractor_issuer_records ON payments AS RESTRICTIVE FOR INSERT TO fitflow_app
    WITH CHECK (EXISTS (SELECT 1 FROM invoices i
                         WHERE i.org_id = payments.org_id AND i.id = payments.invoice_id
                           AND (i.recipient_kind = 'client'
                                OR i.trainer_user_id = fitflow_current_user())));
