-- 0010: a record id names one record in the whole service, not one per organization.
-- Devices mint record ids (UUIDv7) and key their local rows by id alone, so an id that existed
-- in two organizations would merge two tenants' records on a device that sees both (a trainer
-- of several studios). With these indexes a create that reuses another organization's id fails
-- its unique check and the push records a rejection; RLS still hides which row holds the id.
CREATE UNIQUE INDEX clients_id_global ON clients (id);
CREATE UNIQUE INDEX sessions_id_global ON sessions (id);
CREATE UNIQUE INDEX notes_id_global ON notes (id);
CREATE UNIQUE INDEX invoices_id_global ON invoices (id);
CREATE UNIQUE INDEX payments_id_global ON payments (id);
