-- The posting a case concerns (when and where its facts lie): Art 26 asks whether the cadre has left it
-- since (调离转岗、提拔或者退休). Cases registered before postings existed have none and look at the
-- cadre's status alone.
ALTER TABLE accountability_case ADD COLUMN concerns_posting_id BIGINT REFERENCES cadre_posting (id);
