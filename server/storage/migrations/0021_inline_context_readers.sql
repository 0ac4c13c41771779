-- 0021: the tenant context readers inline into the statements that call them (issue 5, part 5).
-- No change of who may see or write what.
--
-- fitflow_current_org() and fitflow_current_user() (0002) are the first test of nearly every
-- row-level security policy and of the helpers the policies call. They were SQL functions with a
-- function-level SET search_path, which PostgreSQL never inlines: each call ran the SQL-function
-- executor and saved, set and restored search_path. In a policy's WITH CHECK they run once per
-- written row (several times: every permissive policy of the command starts with them, and the
-- helpers call them again). Measured on one 200-client push batch of a trainer (pg_stat_statements,
-- load ~8, same tree, back to back): the client_trainers INSERT 14.3 -> 4.7 ms, the clients
-- INSERT 6.0 -> 5.2 ms; a trainer's pull page of assignments 75 -> 36 ms.
--
-- Without the SET clause a SQL-standard body (RETURN ...) is inlined: the caller evaluates
-- NULLIF(current_setting(...), '')::uuid itself. The body is parsed when the function is
-- created (0013 did the same for the audit canonical form), so the caller's search_path cannot
-- change what it calls; the names are schema-qualified anyway. Same result for every input,
-- same volatility (STABLE), same owner and grants (CREATE OR REPLACE keeps them).

CREATE OR REPLACE FUNCTION fitflow_current_org() RETURNS uuid
    LANGUAGE sql STABLE
    RETURN NULLIF(pg_catalog.current_setting('fitflow.org_id', true), '')::uuid;

CREATE OR REPLACE FUNCTION fitflow_current_user() RETURNS uuid
    LANGUAGE sql STABLE
    RETURN NULLIF(pg_catalog.current_setting('fitflow.user_id', true), '')::uuid;
