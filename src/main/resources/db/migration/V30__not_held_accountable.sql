-- 不予问责: a deciding group may decide no measure of its own, and a case where none decides one closes
-- without a measure (its outcome NOT_HELD_ACCOUNTABLE, apart from Art 25/26's 不予追究).
ALTER TABLE accountability_decision DROP CONSTRAINT ck_decision_kind;
ALTER TABLE accountability_decision ADD CONSTRAINT ck_decision_kind
  CHECK (kind IN ('DECISION', 'NOT_PURSUED', 'NOT_HELD_ACCOUNTABLE', 'APPEAL_UPHELD', 'APPEAL_CHANGED',
                  'APPEAL_REVOKED'));
