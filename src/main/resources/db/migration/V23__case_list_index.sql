-- The case list counts a jurisdiction's cases of one status: from the jurisdiction's cadres to their
-- cases of that status, read from the index alone (figure 2 of docs/benchmarks.md). The index on
-- cadre_id alone stays: H2 holds the foreign key by it.
CREATE INDEX ix_accountability_case_cadre_status ON accountability_case (cadre_id, status);
