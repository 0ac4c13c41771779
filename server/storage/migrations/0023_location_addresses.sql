-- 0023: a location's street address (issue 6, parts 6 and 9). An invoice names its supplier with
-- an address (CRA: name and address of the supplier on an invoice of $500 and over; Revenu
-- Québec likewise), and the studio's address is that of the location where the service was
-- supplied. Each part is optional (NULL for the locations that existed before); the province is
-- the location's own column. Shapes match shared/domain/AddressRules.h, which every writer runs
-- first, so these CHECKs only stop what bypasses it:
--   street       one or two lines (joined by a line feed) of 1–100 characters, no other
--                control characters, no line starting or ending with a space;
--   city         one line of 1–100 characters, same rules;
--   postal_code  a Canadian postal code, upper case with one space: "H2T 1S6".
-- Row-level security is unchanged (0002: members read, the owner or the location's manager
-- writes); an UPDATE bumps server_version (0007's sync_stamp), so devices pull the new address.

ALTER TABLE locations
    ADD COLUMN street text
        CONSTRAINT locations_street_format
        CHECK (street IS NULL OR street ~ '^[^[:cntrl:] ]([^[:cntrl:]]{0,98}[^[:cntrl:] ])?(\n[^[:cntrl:] ]([^[:cntrl:]]{0,98}[^[:cntrl:] ])?)?$'),
    ADD COLUMN city text
        CONSTRAINT locations_city_format
        CHECK (city IS NULL OR city ~ '^[^[:cntrl:] ]([^[:cntrl:]]{0,98}[^[:cntrl:] ])?$'),
    ADD COLUMN postal_code text
        CONSTRAINT locations_postal_code_format
        CHECK (postal_code IS NULL
               OR postal_code ~ '^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] [0-9][ABCEGHJ-NPRSTV-Z][0-9]$');
