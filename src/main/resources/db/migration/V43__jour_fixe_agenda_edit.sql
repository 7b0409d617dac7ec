-- The agenda as the Geschäftsstelle finalises it: items keep the order it gives them (position), and
-- the agenda text sent to the participants may be long (many items with their descriptions).
ALTER TABLE jf_agenda_item ADD COLUMN position INT;
ALTER TABLE jf_meeting ALTER COLUMN agenda_text SET DATA TYPE VARCHAR(200000);
