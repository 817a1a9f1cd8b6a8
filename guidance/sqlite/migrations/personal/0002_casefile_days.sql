-- Case files keep only the day they were created and last used (YYYY-MM-DD), not the
-- moment: the list shows days, and the exact times of a family's visits are nobody's
-- business. Times written before are cut to their day (in UTC, as they were stored).
UPDATE casefiles SET created = substr(created, 1, 10), updated = substr(updated, 1, 10);
