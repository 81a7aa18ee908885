-- Supervision items ordered by the checks that find a shortfall (Art 19): a meeting check, a duty-list
-- check, an Art 8 departure of the deputy for safety.
ALTER TABLE supervision_item DROP CONSTRAINT ck_supervision_source;
ALTER TABLE supervision_item ADD CONSTRAINT ck_supervision_source
  CHECK (source IN ('TOUR', 'KEY_TASK', 'OTHER', 'MEETING_CHECK', 'DUTY_LIST_CHECK', 'SAFETY_DEPUTY_CHECK'));
