-- Reminder mails already sent, so each goes out once per task and kind (DUE_SOON, OVERDUE).
CREATE TABLE task_mail_sent (
  task_id VARCHAR(64) NOT NULL,
  kind    VARCHAR(20) NOT NULL,
  sent_at TIMESTAMP   NOT NULL,
  PRIMARY KEY (task_id, kind)
);
