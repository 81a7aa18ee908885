-- A cadre's tour finding holds the finding whole (duty, verdict, evidence, leaders, rectification), each
-- part within its form's limit: 2,000 characters could not hold a full evidence and rectification.
ALTER TABLE cadre_tour_finding ALTER COLUMN finding SET DATA TYPE VARCHAR(10000);
