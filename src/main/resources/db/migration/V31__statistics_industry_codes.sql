-- Accidents coded as emergency-management statistics code industries (safeduty.industries.codes): what
-- the earlier, shorter list left as OTHER or coded SPECIAL_EQUIPMENT (not a statistics industry) is
-- coded again by the default names, the more specific names first.
UPDATE accident SET industry_code = CASE
  WHEN industry LIKE '%渔业船舶%' OR industry LIKE '%渔船%' THEN 'FISHING_VESSELS'
  WHEN industry LIKE '%农业机械%' OR industry LIKE '%农机%' THEN 'AGRICULTURAL_MACHINERY'
  WHEN industry LIKE '%烟花%' OR industry LIKE '%爆竹%' THEN 'FIREWORKS'
  WHEN industry LIKE '%化工%' OR industry LIKE '%化学品%' OR industry LIKE '%石化%' THEN 'HAZARDOUS_CHEMICALS'
  WHEN industry LIKE '%水上%' OR industry LIKE '%水路%' OR industry LIKE '%船舶%' THEN 'WATER_TRANSPORT'
  WHEN industry LIKE '%铁路%' THEN 'RAIL_TRANSPORT'
  WHEN industry LIKE '%民航%' OR industry LIKE '%航空%' THEN 'CIVIL_AVIATION'
  WHEN industry LIKE '%道路运输%' OR industry LIKE '%公路%' THEN 'ROAD_TRAFFIC'
  WHEN industry LIKE '%房屋市政%' OR industry LIKE '%施工%' THEN 'CONSTRUCTION'
  WHEN industry LIKE '%冶金%' OR industry LIKE '%有色%' OR industry LIKE '%建材%' OR industry LIKE '%机械%'
    OR industry LIKE '%轻工%' OR industry LIKE '%纺织%' OR industry LIKE '%烟草%' OR industry LIKE '%商贸%'
    THEN 'INDUSTRY_TRADE'
  ELSE 'OTHER'
END
WHERE industry_code IN ('OTHER', 'SPECIAL_EQUIPMENT');
