-- 0004: what the login endpoints need beyond 0002.
--
-- login_throttles kept a count per window; growing delays are measured from the latest failure,
-- so it is stored too. NULL for rows written before this migration (the window start is used).
ALTER TABLE login_throttles ADD COLUMN last_failed_at timestamptz NULL;
