-- The accident's industry as a code of the configured list (Decree 493 Art 13 gives road traffic and
-- fire a 7-day window); the free text stays as its description. Existing rows are coded from their text.
ALTER TABLE accident ADD COLUMN industry_code VARCHAR(30);
UPDATE accident SET industry_code = CASE
  WHEN industry LIKE '%道路交通%' OR industry LIKE '%交通事故%' THEN 'ROAD_TRAFFIC'
  WHEN industry LIKE '%火灾%' OR industry LIKE '%消防%' THEN 'FIRE'
  WHEN industry LIKE '%建筑%' THEN 'CONSTRUCTION'
  WHEN industry LIKE '%矿%' THEN 'MINING'
  WHEN industry LIKE '%危险化学品%' OR industry LIKE '%危化%' THEN 'HAZARDOUS_CHEMICALS'
  WHEN industry LIKE '%工贸%' THEN 'INDUSTRY_TRADE'
  WHEN industry LIKE '%特种设备%' THEN 'SPECIAL_EQUIPMENT'
  ELSE 'OTHER' END;
ALTER TABLE accident ALTER COLUMN industry_code SET NOT NULL;
