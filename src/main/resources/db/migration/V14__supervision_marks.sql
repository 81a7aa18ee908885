-- A leader a supervision item (not from a tour) found not fulfilling Chapter 2 duties when it was
-- verified not done (Art 19), and the case opened for it.
CREATE TABLE supervision_item_mark (
  item_id     BIGINT        NOT NULL REFERENCES supervision_item (id),
  cadre_id    BIGINT        NOT NULL REFERENCES cadre (id),
  reason      VARCHAR(4000) NOT NULL,
  case_id     BIGINT,
  case_number VARCHAR(30),
  marked_by   VARCHAR(64)   NOT NULL,
  marked_at   TIMESTAMP     NOT NULL,
  PRIMARY KEY (item_id, cadre_id)
);
