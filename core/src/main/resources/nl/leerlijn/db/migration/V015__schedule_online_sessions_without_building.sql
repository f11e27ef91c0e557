-- Online sessions were planned at the cohort's building. An online session takes place at its meeting link, which the
-- kerndocent sets; until then it has no place. Only places that are still the cohort's default are cleared.
UPDATE ll_schedule_item SET location = NULL
WHERE format = 'ONLINE'
  AND location = (SELECT c.location FROM ll_cohort c WHERE c.id = ll_schedule_item.cohort_id);
