-- A decision takes effect when issued (BRIEF §3.4): its measures and restrictions enter the record
-- at once, and an appeal that changes or revokes it amends them, keeping what was in force when.
ALTER TABLE cadre_sanction ADD COLUMN status VARCHAR(20) DEFAULT 'IN_FORCE' NOT NULL;
ALTER TABLE cadre_sanction ADD COLUMN ended_on DATE;
ALTER TABLE cadre_sanction ADD COLUMN end_reason VARCHAR(2000);

-- lifted_on: the restriction stopped applying before its end (the decision was changed or revoked)
ALTER TABLE cadre_restriction ADD COLUMN lifted_on DATE;
ALTER TABLE cadre_restriction ADD COLUMN lift_reason VARCHAR(2000);
CREATE INDEX ix_sanction_case ON cadre_sanction (case_id);
CREATE INDEX ix_restriction_case ON cadre_restriction (case_id);
