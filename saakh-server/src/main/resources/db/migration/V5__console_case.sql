-- The console's work queue: the customers each underwriter has opened, with the purpose they stated
-- (DPDP: a person reads a customer's data for a stated purpose; every opening is also audited).
CREATE TABLE console_case (
  username     VARCHAR(64)  NOT NULL,
  customer_id  VARCHAR(40)  NOT NULL,
  -- a CasePurpose name (NEW_LOAN, RENEWAL, REVIEW, COLLECTIONS)
  purpose      VARCHAR(32)  NOT NULL,
  -- the lender's application or case reference, if given
  reference    VARCHAR(100),
  opened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  last_opened  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (username, customer_id)
);
CREATE INDEX console_case_by_user ON console_case(username, last_opened);
