-- The monitoring report of each Jour fixe, as generated (HTML and PDF), for the participants to download.
CREATE TABLE jf_report (
  jour_fixe_ref VARCHAR(20) PRIMARY KEY,
  period_from   TIMESTAMP   NOT NULL,
  period_to     TIMESTAMP   NOT NULL,
  html          BYTEA       NOT NULL,
  pdf           BYTEA       NOT NULL,
  created_at    TIMESTAMP   NOT NULL
);
