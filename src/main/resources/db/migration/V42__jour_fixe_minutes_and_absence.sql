-- Who is excused from a Jour fixe (set when the Geschäftsstelle confirms the date), and the approved
-- minutes as the PDF that was mailed to the participants.
ALTER TABLE jf_meeting ADD COLUMN absent_groups VARCHAR(500);

CREATE TABLE jf_minutes_document (
  jour_fixe_ref VARCHAR(20) PRIMARY KEY,
  pdf           BYTEA       NOT NULL,
  created_at    TIMESTAMP   NOT NULL
);
