-- A measure on the safety record in words, as the accountability procedure named it when it was decided,
-- so the record reads without the accountability procedure's own codes.
ALTER TABLE cadre_sanction ADD COLUMN sanction_name VARCHAR(60);
UPDATE cadre_sanction SET sanction_name = CASE sanction
  WHEN 'CRITICISM_EDUCATION' THEN '批评教育、责令检查'
  WHEN 'NOTICE' THEN '通报'
  WHEN 'ADMONISHMENT' THEN '诫勉'
  WHEN 'SUSPENSION' THEN '停职检查'
  WHEN 'REASSIGNMENT' THEN '调整职务'
  WHEN 'ORDERED_RESIGNATION' THEN '责令辞职'
  WHEN 'DEMOTION' THEN '降职'
  WHEN 'REMOVAL' THEN '免职'
  WHEN 'DISCIPLINARY_SANCTION' THEN '处分'
  ELSE sanction END;
ALTER TABLE cadre_sanction ALTER COLUMN sanction_name SET NOT NULL;
