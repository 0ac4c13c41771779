-- 0009: money through sync (docs/sync-protocol.md, "Money"; issue 5 part 1).
--
-- Invoices, credit notes and payments change only through operations that the push applies
-- (server/storage/sync/money); they travel to devices as whole rows stamped with the
-- organization's sync version like every synced row (0007's triggers). The draft a device sent
-- (date, supplier registrations, place of supply, lines) is kept as `draft` so the server can
-- recompute totals with the shared tax engine; `totals` is the computed result as printed.
--
-- Invoice numbers come from per-device blocks: blocks of an organization can never overlap
-- (exclusion constraint) and a sequence number is used at most once per organization, so a
-- number is never handed out twice, whatever a device replays after a crash.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Credit notes carry negative amounts (shared/invoice/CreditNote): 0001's sign checks become
-- per-kind checks.
ALTER TABLE invoices
    DROP CONSTRAINT invoices_subtotal_cents_check,
    DROP CONSTRAINT invoices_tax_cents_check,
    ADD CONSTRAINT invoices_amount_sign CHECK (
        (kind = 'invoice' AND subtotal_cents >= 0 AND tax_cents >= 0)
        OR (kind = 'credit_note' AND subtotal_cents <= 0 AND tax_cents <= 0)),
    ADD COLUMN server_version  bigint      NOT NULL DEFAULT 0,
    ADD COLUMN sequence_number bigint      NULL CHECK (sequence_number > 0),
    ADD COLUMN location_id     uuid        NULL,
    ADD COLUMN draft           jsonb       NULL CHECK (jsonb_typeof(draft) = 'object'),
    ADD COLUMN totals          jsonb       NULL CHECK (jsonb_typeof(totals) = 'object'),
    ADD COLUMN issued_at       timestamptz NULL,
    ADD COLUMN issued_by_device_id uuid    NULL REFERENCES devices (id),
    ADD CONSTRAINT invoices_location FOREIGN KEY (org_id, location_id)
        REFERENCES locations (org_id, id),
    ADD CONSTRAINT invoices_sequence_unique UNIQUE (org_id, sequence_number),
    -- Seeded and REST invoices have printed numbers without a sequence number.
    ADD CONSTRAINT invoices_numbered CHECK (sequence_number IS NULL OR number IS NOT NULL);
CREATE INDEX invoices_sync ON invoices (org_id, server_version, id);
CREATE TRIGGER sync_stamp BEFORE INSERT OR UPDATE ON invoices
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_row();

-- Lines keep the draft's discount, category and tax-included flag.
ALTER TABLE invoice_lines
    ADD COLUMN discount_cents bigint  NOT NULL DEFAULT 0 CHECK (discount_cents >= 0),
    ADD COLUMN category       text    NOT NULL DEFAULT 'service'
                                      CHECK (category IN ('service', 'goods', 'exempt')),
    ADD COLUMN tax_included   boolean NOT NULL DEFAULT false;

ALTER TABLE payments
    ADD COLUMN server_version bigint NOT NULL DEFAULT 0,
    ADD COLUMN received_on    date   NULL,
    ADD COLUMN device_id      uuid   NULL REFERENCES devices (id);
CREATE INDEX payments_sync ON payments (org_id, server_version, id);
CREATE TRIGGER sync_stamp BEFORE INSERT OR UPDATE ON payments
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_row();

ALTER TABLE invoice_number_blocks
    ADD COLUMN server_version bigint NOT NULL DEFAULT 0,
    ADD CONSTRAINT invoice_number_blocks_disjoint
        EXCLUDE USING gist (org_id WITH =, int8range(first_number, last_number, '[]') WITH &&);
CREATE INDEX invoice_number_blocks_sync ON invoice_number_blocks (org_id, server_version, id);
CREATE TRIGGER sync_stamp BEFORE INSERT OR UPDATE ON invoice_number_blocks
    FOR EACH ROW EXECUTE FUNCTION sync_stamp_row();

-- A payment changes its invoice's balance: the invoice travels again.
CREATE FUNCTION sync_payment_added() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    previous text := sync_enter_org(NEW.org_id);
BEGIN
    UPDATE invoices SET server_version = server_version
     WHERE org_id = NEW.org_id AND id = NEW.invoice_id;
    PERFORM sync_leave_org(previous);
    RETURN NULL;
END
$$;
CREATE TRIGGER sync_payment_added AFTER INSERT ON payments
    FOR EACH ROW EXECUTE FUNCTION sync_payment_added();

-- Reserves the next `count` numbers of the current organization for `device` (one of the
-- caller's own devices; staff only). Runs as the owner so it sees every device's blocks; the
-- advisory lock serialises allocators of one organization, the exclusion constraint is the
-- guarantee. Returns the first number, or NULL when the caller may not reserve.
CREATE FUNCTION reserve_invoice_number_block(block uuid, device uuid, count bigint)
    RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    org   uuid := fitflow_current_org();
    first bigint;
BEGIN
    IF org IS NULL OR count < 1 OR count > 1000 OR NOT fitflow_acts_as_staff()
       OR NOT EXISTS (SELECT 1 FROM devices d
                       WHERE d.id = device AND d.user_id = fitflow_current_user()
                         AND d.revoked_at IS NULL) THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('invoice_number_blocks:' || org::text, 0));
    SELECT coalesce(max(b.last_number), 0) + 1 INTO first
      FROM invoice_number_blocks b WHERE b.org_id = org;
    INSERT INTO invoice_number_blocks (org_id, id, device_id, first_number, last_number)
        VALUES (org, block, device, first, first + count - 1);
    RETURN first;
END
$$;
REVOKE ALL ON FUNCTION sync_payment_added(), reserve_invoice_number_block(uuid, uuid, bigint)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reserve_invoice_number_block(uuid, uuid, bigint) TO fitflow_app;
