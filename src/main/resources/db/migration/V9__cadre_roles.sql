-- A cadre may hold several roles (e.g. SAFETY_DEPUTY and STANDING_COMMITTEE_MEMBER, Art 8); cadre.role
-- stays as the first of them, the one lists show. The safety committee's standing vice-chair is a
-- flag Art 8 asks of the safety deputy. Role changes are kept in the status history.
CREATE TABLE cadre_role (
  cadre_id  BIGINT       NOT NULL REFERENCES cadre (id),
  role      VARCHAR(40)  NOT NULL,
  PRIMARY KEY (cadre_id, role),
  CONSTRAINT ck_cadre_role_role CHECK (role IN ('PARTY_SECRETARY', 'GOVERNMENT_HEAD', 'STANDING_COMMITTEE_MEMBER',
                                                'SAFETY_DEPUTY', 'GOVERNMENT_LEADER', 'DEPARTMENT_LEADER'))
);
INSERT INTO cadre_role (cadre_id, role) SELECT id, role FROM cadre;
ALTER TABLE cadre ADD COLUMN safety_committee_vice_chair BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE cadre_status_change ADD COLUMN roles VARCHAR(300);
