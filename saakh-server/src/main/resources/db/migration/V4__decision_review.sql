-- The human layer on top of the engine's decisions (maker-checker): an underwriter ACCEPTs a
-- decision as proposed (final at once), or OVERRIDEs it with a written reason (PENDING), which a
-- second underwriter, never the maker, APPROVEs or DECLINEs with a note. The decision row itself is
-- never changed. Erasing a decision (retention) erases its reviews with it.
CREATE TABLE decision_review (
  review_id       VARCHAR(36)   PRIMARY KEY,
  customer_id     VARCHAR(40)   NOT NULL,
  decision_id     VARCHAR(36)   NOT NULL REFERENCES decision(decision_id) ON DELETE CASCADE,
  kind            VARCHAR(16)   NOT NULL,
  -- what the engine proposed, and what this review makes of it
  engine_outcome  VARCHAR(16)   NOT NULL,
  outcome         VARCHAR(16)   NOT NULL,
  amount          NUMERIC(18,2),
  tenure_months   INT,
  reason          TEXT,
  maker           VARCHAR(120)  NOT NULL,
  made_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  status          VARCHAR(16)   NOT NULL,
  checker         VARCHAR(120),
  checked_at      TIMESTAMP WITH TIME ZONE,
  checker_note    TEXT,
  -- the decision id while this review is ACCEPTED, PENDING or APPROVED, NULL once DECLINED: the
  -- database itself keeps a decision to one live review (NULLs never collide in a UNIQUE column)
  live_for        VARCHAR(36)   UNIQUE,
  CONSTRAINT decision_review_kind CHECK (kind IN ('ACCEPT', 'OVERRIDE')),
  CONSTRAINT decision_review_status CHECK (status IN ('ACCEPTED', 'PENDING', 'APPROVED', 'DECLINED')),
  CONSTRAINT decision_review_live CHECK (
    (status = 'DECLINED' AND live_for IS NULL)
    OR (status <> 'DECLINED' AND live_for IS NOT NULL AND live_for = decision_id))
);
CREATE INDEX decision_review_by_decision ON decision_review(customer_id, decision_id);
CREATE INDEX decision_review_by_status ON decision_review(status, made_at);
