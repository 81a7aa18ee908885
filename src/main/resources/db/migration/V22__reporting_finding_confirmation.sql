-- Each reporting finding is confirmed or dismissed by emergency management on its own; the cadres a
-- confirmed one names point back to it, so that its cases are of its kind.
ALTER TABLE accident_finding ADD COLUMN decided_by VARCHAR(64);
ALTER TABLE accident_finding ADD COLUMN decided_at TIMESTAMP;
ALTER TABLE accident_finding ADD COLUMN note VARCHAR(4000);
ALTER TABLE accident_responsible ADD COLUMN finding_id BIGINT REFERENCES accident_finding (id);
CREATE INDEX ix_responsible_finding ON accident_responsible (finding_id);
