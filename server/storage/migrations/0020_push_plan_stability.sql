-- 0020: push plans that do not depend on fresh statistics (issue 5, part 5). No change of who may
-- see or write what.
--
-- A push transaction plans its statements generically (SET LOCAL plan_cache_mode =
-- force_generic_plan, server/storage/sync/PgSyncStore.cpp): an organization that grew since the
-- last ANALYZE is not in org_id's most-common values, so a custom plan estimates ONE row for it
-- and reads "by organization" (clients_user, client_trainers_trainer), filtering every row of the
-- organization; a generic plan estimates any organization alike (rows / distinct organizations)
-- and probes the primary key. That works for a query whose organization is a parameter: a
-- call of fitflow_current_org() inside the query is still evaluated for the estimate.
--
-- fitflow_client_unassigned (the take_new_client policy of client_trainers, once per row of a
-- trainer's new-client assignments) compared with fitflow_current_org() in its query: measured
-- 0.63 ms per row at 10,000 clients of a fresh organization (126 ms of a 200-client push batch;
-- it grows with the organization), 0.01 ms once statistics are fresh. The organization is now
-- read into a variable first, so the query's organization is a parameter; same answer.

CREATE OR REPLACE FUNCTION fitflow_client_unassigned(client uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    org uuid := fitflow_current_org();
BEGIN
    RETURN NOT EXISTS (SELECT 1 FROM client_trainers ct
                        WHERE ct.org_id = org AND ct.client_id = client);
END
$$;
