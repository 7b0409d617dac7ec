-- Case numbers BF-<year>-<5 digits> (DESIGN.md §2): the last number given per year.
-- The UPDATE that takes the next number locks the year's row until the case's start commits,
-- so two starts never get the same number; a start that fails gives its number back.
CREATE TABLE fkif_case_number (
  number_year INTEGER PRIMARY KEY,
  last_number INTEGER NOT NULL
);
