-- A mail is claimed, sent and marked sent in three transactions of its own (notification.Notifier):
-- the mark survives a rollback of the job that sent it, so a retry never sends the mail again.
-- Rows written before this migration were sent (state SENT).
ALTER TABLE fkif_notification ADD COLUMN state VARCHAR(20) DEFAULT 'SENT' NOT NULL;
ALTER TABLE fkif_notification ADD COLUMN claimed_at TIMESTAMP;
ALTER TABLE fkif_notification ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE fkif_notification ADD COLUMN attempts INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE fkif_notification ALTER COLUMN sent_at DROP NOT NULL;
