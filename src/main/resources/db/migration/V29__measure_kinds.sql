-- Each measure on the record keeps its kind (党纪处分 and 政务处分 kinds read apart), and each restriction
-- names the measure it comes from, so that the eligibility answer can say which.
ALTER TABLE cadre_sanction ADD COLUMN kind VARCHAR(40);
ALTER TABLE cadre_restriction ADD COLUMN measure VARCHAR(80);
