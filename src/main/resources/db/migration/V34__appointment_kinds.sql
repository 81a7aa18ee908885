-- What a restriction bars is now a list (BRIEF §6): the assessment's 优秀 (EXCELLENCE), awards
-- (AWARDS) and the kinds of appointment (PROMOTION, IMPORTANT_APPOINTMENT, EQUIVALENT). A restriction
-- of scope ALL barred what Art 22 names; one of HIGHER_POST a promotion only.
ALTER TABLE cadre_restriction ADD COLUMN bars VARCHAR(200);
UPDATE cadre_restriction SET bars = CASE scope WHEN 'HIGHER_POST' THEN 'PROMOTION'
  ELSE 'EXCELLENCE,AWARDS,IMPORTANT_APPOINTMENT,PROMOTION' END;
ALTER TABLE cadre_restriction ALTER COLUMN bars SET NOT NULL;
ALTER TABLE cadre_restriction DROP COLUMN scope;

-- A vetting says the kind of appointment it is for; a promotion was a higher post, any other a
-- post at the same level, read as the post equivalent to the one held.
ALTER TABLE candidate_vetting ADD COLUMN appointment_kind VARCHAR(30);
UPDATE candidate_vetting SET appointment_kind = CASE WHEN higher_post THEN 'PROMOTION' ELSE 'EQUIVALENT' END;
ALTER TABLE candidate_vetting ALTER COLUMN appointment_kind SET NOT NULL;
ALTER TABLE candidate_vetting DROP COLUMN higher_post;
