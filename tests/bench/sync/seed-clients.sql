-- Seeds :count clients into organization :'org' for the pull benchmarks, as the cluster
-- superuser, in transactions of 1,000 rows: each transaction takes the organization's next sync
-- version through the sync_stamp trigger (migration 0007), so the rows look like 1,000-row
-- writes that happened one after another. Fields match SampleClients.cpp; every field carries an
-- HLC stamp of a (fictitious) seeding device, as rows written by a device do.
--   psql -v org=ORG_ID -v count=100000 -f seed-clients.sql
\set ON_ERROR_STOP on
SELECT set_config('bench.org', :'org', false), set_config('bench.count', :'count', false);

DO $$
DECLARE
    org       uuid := current_setting('bench.org')::uuid;
    total     integer := current_setting('bench.count')::integer;
    chunk     constant integer := 1000;
    stamp     text := lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0')
                      || '-0000-00000000-0000-7000-8000-00000000be9c';
    first_names constant text[] := ARRAY['Amélie', 'Benjamin', 'Chloé', 'Daniel', 'Emma', 'Félix',
                                         'Gabriel', 'Hannah'];
    last_names  constant text[] := ARRAY['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard',
                                         'Gauthier', 'Morin', 'Lavoie'];
    ascii_first constant text[] := ARRAY['amelie', 'benjamin', 'chloe', 'daniel', 'emma', 'felix',
                                         'gabriel', 'hannah'];
    ascii_last  constant text[] := ARRAY['tremblay', 'gagnon', 'roy', 'cote', 'bouchard',
                                         'gauthier', 'morin', 'lavoie'];
    done      integer := 0;
BEGIN
    WHILE done < total LOOP
        INSERT INTO clients (org_id, id, given_name, family_name, email, phone, field_stamps)
        SELECT org, gen_random_uuid(), first_names[i % 8 + 1], last_names[(i / 8) % 8 + 1],
               ascii_first[i % 8 + 1] || '.' || ascii_last[(i / 8) % 8 + 1] || '.' || i
                   || '@clients.example.com',
               '+1 514 555 ' || lpad((i % 10000)::text, 4, '0'),
               jsonb_build_object('first_name', stamp, 'last_name', stamp, 'email', stamp,
                                  'phone', stamp, 'home_location_id', stamp)
          FROM generate_series(done, least(done + chunk, total) - 1) AS i;
        done := least(done + chunk, total);
        COMMIT;
    END LOOP;
END
$$;
