-- Where a case came from when another procedure found the failure (Art 19): an inspection tour, a
-- supervision item or an assessment, its number, and the Chapter 2 duties found not fulfilled.
ALTER TABLE accountability_case ADD COLUMN source_kind VARCHAR(20);
ALTER TABLE accountability_case ADD COLUMN source_ref VARCHAR(100);
ALTER TABLE accountability_case ADD COLUMN source_duty_ids VARCHAR(400);
ALTER TABLE accountability_case ADD CONSTRAINT ck_case_source_kind
  CHECK (source_kind IS NULL OR source_kind IN ('TOUR', 'SUPERVISION', 'ASSESSMENT'));
CREATE INDEX ix_case_source ON accountability_case (source_kind, source_ref);
