-- 0017: an invoice line names what it bills (docs/sync-protocol.md, "Money"; issue 6 part 6).
--
-- A line may bill one session or one package of the same organization. A session or package is
-- billed by at most one invoice that is not void: the link stays on a voided invoice's lines for
-- the record but is marked released, and the unique indexes only count unreleased links. Credit
-- notes never carry links (they reverse an invoice, they do not bill anything).

ALTER TABLE invoice_lines
    ADD COLUMN session_id uuid    NULL,
    ADD COLUMN package_id uuid    NULL,
    ADD COLUMN released   boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT invoice_lines_one_link CHECK (session_id IS NULL OR package_id IS NULL),
    ADD CONSTRAINT invoice_lines_session FOREIGN KEY (org_id, session_id)
        REFERENCES sessions (org_id, id),
    ADD CONSTRAINT invoice_lines_package FOREIGN KEY (org_id, package_id)
        REFERENCES packages (org_id, id);

CREATE UNIQUE INDEX invoice_lines_session_billed_once ON invoice_lines (org_id, session_id)
    WHERE session_id IS NOT NULL AND NOT released;
CREATE UNIQUE INDEX invoice_lines_package_billed_once ON invoice_lines (org_id, package_id)
    WHERE package_id IS NOT NULL AND NOT released;

-- Voiding an invoice frees what it billed. Runs as the owner: the lines of an invoice the voider
-- may change are the only ones touched.
CREATE FUNCTION invoice_release_links() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    UPDATE invoice_lines SET released = true
     WHERE org_id = NEW.org_id AND invoice_id = NEW.id AND NOT released;
    RETURN NULL;
END
$$;
CREATE TRIGGER invoice_release_links AFTER UPDATE OF status ON invoices
    FOR EACH ROW WHEN (NEW.status = 'void' AND OLD.status <> 'void')
    EXECUTE FUNCTION invoice_release_links();

-- The invoice (other than `invoice`) of the current organization that already bills the session
-- or package, whoever may see it, so a push is answered with a clear rejection instead of a
-- unique violation. NULL when none does.
CREATE FUNCTION invoice_billing_link(invoice uuid, session uuid, package uuid) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT l.invoice_id FROM invoice_lines l
     WHERE l.org_id = fitflow_current_org() AND l.invoice_id <> invoice AND NOT l.released
       AND ((session IS NOT NULL AND l.session_id = session)
            OR (package IS NOT NULL AND l.package_id = package))
     LIMIT 1
$$;
REVOKE ALL ON FUNCTION invoice_release_links(), invoice_billing_link(uuid, uuid, uuid)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION invoice_billing_link(uuid, uuid, uuid) TO fitflow_app;
