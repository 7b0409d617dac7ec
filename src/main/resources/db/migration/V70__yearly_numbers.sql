-- One per-year numbering for every process that numbers its cases (process.YearlyNumbers):
-- BF (advisory cases), AB (coordination requests), JF (Jour fixe), and the new processes.
-- The next number is taken by one upsert in a transaction of its own, so no start holds the year's
-- row until it commits. Numbers are identifiers, not a count: a start that fails after it was
-- numbered leaves a gap (README „Entscheidungen“).
CREATE TABLE fkif_yearly_number (
  series      VARCHAR(10) NOT NULL,
  number_year INTEGER     NOT NULL,
  last_number INTEGER     NOT NULL,
  PRIMARY KEY (series, number_year)
);

INSERT INTO fkif_yearly_number (series, number_year, last_number)
  SELECT 'BF', number_year, last_number FROM fkif_case_number;
INSERT INTO fkif_yearly_number (series, number_year, last_number)
  SELECT 'AB', counter_year, last_number FROM coord_request_counter;
INSERT INTO fkif_yearly_number (series, number_year, last_number)
  SELECT 'JF', key_year, last_number FROM jf_key_counter;

DROP TABLE fkif_case_number;
DROP TABLE coord_request_counter;
DROP TABLE jf_key_counter;
