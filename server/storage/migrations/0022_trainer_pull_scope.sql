-- 0022: a trainer's pull page tests each client's scope once, not twice (issue 5, part 5). No
-- change of who may see or write what.
--
-- A trainer's pull page reads its clients (the `staff` policy: one fitflow_team_has_client call
-- per row) and then the page's assignments (client_trainers). The `read` policy of
-- client_trainers looked at each assignment's client, so every assignment paid the clients
-- policy, and its helper call, a second time. Measured on the benchmark's trainer of 100,000
-- assigned clients (EXPLAIN ANALYZE in psql, back to back, load 13): the page's 1,000
-- assignments took 53-68 ms, more than its 1,000 clients (40-61 ms).
--
-- An assignment to a member of the acting user's team is now readable without looking at its
-- client: that assignment is itself what makes the client visible under `staff`
-- (fitflow_team_has_client(org_id, client_id, fitflow_team_member_ids()), and a non-empty team
-- means the user acts as trainer or trainer_admin, the branch's other condition). Every other
-- assignment still takes the EXISTS over clients, so the rows readable are the same. Measured
-- the same way after: 10-17 ms for the page's assignments.

ALTER POLICY read ON client_trainers
    USING (org_id = fitflow_current_org()
           AND (trainer_user_id = ANY ((SELECT fitflow_team_member_ids())::uuid[])
                OR EXISTS (SELECT 1 FROM clients c
                            WHERE c.org_id = client_trainers.org_id
                              AND c.id = client_trainers.client_id)));
