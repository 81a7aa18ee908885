-- A tour's arrangements as its notice tells the inspected (Art 12): when the team comes, how it inspects, and
-- whom to contact. Tours planned before they were recorded have none; their notices say so.
ALTER TABLE inspection_tour ADD COLUMN planned_from DATE;
ALTER TABLE inspection_tour ADD COLUMN planned_to DATE;
ALTER TABLE inspection_tour ADD COLUMN method VARCHAR(500);
ALTER TABLE inspection_tour ADD COLUMN contact_name VARCHAR(50);
ALTER TABLE inspection_tour ADD COLUMN contact_phone VARCHAR(30);
ALTER TABLE inspection_tour ADD CONSTRAINT ck_tour_planned CHECK (planned_to IS NULL OR planned_to >= planned_from);
