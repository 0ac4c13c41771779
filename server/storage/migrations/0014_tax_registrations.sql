-- 0014: GST/HST and QST registration numbers of an organization (issue 6, parts 6 and 9).
-- CRA: an invoice of $30 or more shows the supplier's GST/HST registration number (business
-- number + "RT" + 4-digit account, e.g. 123456789RT0001); Revenu Québec: the QST number (10
-- digits + "TQ" + 4 digits, e.g. 1234567890TQ0001). Both optional (a small supplier is not
-- registered). Only the owner updates organizations (policy owner_update of 0002); members read
-- them and they reach devices by sync pull (entity "organization").

ALTER TABLE organizations
    ADD COLUMN gst_hst_number text
        CONSTRAINT organizations_gst_hst_number_format
        CHECK (gst_hst_number IS NULL OR gst_hst_number ~ '^[0-9]{9}RT[0-9]{4}$'),
    ADD COLUMN qst_number text
        CONSTRAINT organizations_qst_number_format
        CHECK (qst_number IS NULL OR qst_number ~ '^[0-9]{10}TQ[0-9]{4}$');
