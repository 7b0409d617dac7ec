-- Every mail the platform sends, once: the idempotency key makes a retried job skip what it sent.
CREATE TABLE fkif_notification (
  idempotency_key VARCHAR(200) PRIMARY KEY,
  recipients      VARCHAR(4000) NOT NULL,
  subject         VARCHAR(500)  NOT NULL,
  sent_at         TIMESTAMP     NOT NULL
);
