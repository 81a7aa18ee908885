-- The duty report (述职报告) of an assessee as a file (PDF), beside or instead of its text (Art 14 ¶2).
CREATE TABLE assessee_report_file (
  assessee_id  BIGINT        NOT NULL PRIMARY KEY REFERENCES assessee (id),
  file_name    VARCHAR(200)  NOT NULL,
  size_bytes   BIGINT        NOT NULL,
  content      BYTEA         NOT NULL,
  uploaded_by  VARCHAR(64)   NOT NULL,
  uploaded_at  TIMESTAMP     NOT NULL
);
