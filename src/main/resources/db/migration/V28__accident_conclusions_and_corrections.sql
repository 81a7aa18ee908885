-- An investigation may hold no Party or government leader responsible (only the enterprise's people):
-- the conclusion then names none, with its reason, and the follow-up closes with a status of its own.
ALTER TABLE accident ADD COLUMN no_leader_reason VARCHAR(2000);
ALTER TABLE accident DROP CONSTRAINT ck_accident_status;
ALTER TABLE accident ALTER COLUMN status SET DATA TYPE VARCHAR(32);
ALTER TABLE accident ADD CONSTRAINT ck_accident_status
  CHECK (status IN ('INVESTIGATING', 'CONCLUDED', 'CLOSED', 'CLOSED_NO_LEADER_RESPONSIBLE'));
-- When a correction's figures were received (补报): a level its grade newly requires is due from then.
ALTER TABLE accident_correction ADD COLUMN received_at TIMESTAMP;
