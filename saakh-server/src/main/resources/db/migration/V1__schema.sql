-- Saakh server schema: people and systems, customers' data (raw, clean, quarantine, analysis),
-- decisions (append-only history), jobs, policy versions and the hash-chained audit log.

CREATE TABLE app_user (
  username       VARCHAR(64)  PRIMARY KEY,
  password_hash  VARCHAR(100) NOT NULL,
  role           VARCHAR(16)  NOT NULL,
  enabled        BOOLEAN      NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE api_token (
  token_id      VARCHAR(36)  PRIMARY KEY,
  token_sha256  CHAR(64)     NOT NULL UNIQUE,
  name          VARCHAR(100) NOT NULL,
  role          VARCHAR(16)  NOT NULL,
  created_by    VARCHAR(64)  NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at    TIMESTAMP WITH TIME ZONE
);

CREATE TABLE customer (
  customer_id      VARCHAR(40) PRIMARY KEY,
  segment          VARCHAR(16) NOT NULL,
  source           VARCHAR(16) NOT NULL,
  generator_seed   BIGINT,
  generated_as_of  DATE,
  raw_sha256       CHAR(64)    NOT NULL,
  ingested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  cleaned_at       TIMESTAMP WITH TIME ZONE,
  clean_sha256     CHAR(64),
  analysed_at      TIMESTAMP WITH TIME ZONE
);

-- One raw line as the source delivered it.
CREATE TABLE raw_record (
  customer_id  VARCHAR(40) NOT NULL REFERENCES customer(customer_id),
  dataset      VARCHAR(32) NOT NULL,
  line_no      BIGINT      NOT NULL,
  body         TEXT        NOT NULL,
  PRIMARY KEY (customer_id, dataset, line_no)
);

CREATE TABLE clean_record (
  customer_id  VARCHAR(40) NOT NULL REFERENCES customer(customer_id),
  dataset      VARCHAR(32) NOT NULL,
  seq          INT         NOT NULL,
  record_id    VARCHAR(120),
  body         TEXT        NOT NULL,
  PRIMARY KEY (customer_id, dataset, seq)
);

CREATE TABLE quarantine_record (
  customer_id  VARCHAR(40) NOT NULL REFERENCES customer(customer_id),
  dataset      VARCHAR(32) NOT NULL,
  seq          INT         NOT NULL,
  body         TEXT        NOT NULL,
  PRIMARY KEY (customer_id, dataset, seq)
);

CREATE TABLE clean_log (
  customer_id  VARCHAR(40) PRIMARY KEY REFERENCES customer(customer_id),
  body         TEXT        NOT NULL
);

CREATE TABLE analysis_report (
  customer_id  VARCHAR(40) NOT NULL REFERENCES customer(customer_id),
  report       VARCHAR(40) NOT NULL,
  body         TEXT        NOT NULL,
  PRIMARY KEY (customer_id, report)
);

-- Every decision (or stop) ever made; never updated. The newest per customer is the current one.
CREATE TABLE decision (
  decision_id   VARCHAR(36)  PRIMARY KEY,
  customer_id   VARCHAR(40)  NOT NULL REFERENCES customer(customer_id),
  decided_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  outcome       VARCHAR(16)  NOT NULL,
  body          TEXT         NOT NULL,
  body_sha256   CHAR(64)     NOT NULL,
  created_by    VARCHAR(64)  NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX decision_by_customer ON decision(customer_id, created_at);

CREATE TABLE job (
  job_id          VARCHAR(36)  PRIMARY KEY,
  idempotency_key VARCHAR(200) UNIQUE,
  request_sha256  CHAR(64)     NOT NULL,
  customer_id     VARCHAR(40)  NOT NULL,
  kind            VARCHAR(32)  NOT NULL,
  request         TEXT         NOT NULL,
  state           VARCHAR(16)  NOT NULL,
  stage           VARCHAR(32),
  progress        INT          NOT NULL,
  result          TEXT,
  error           TEXT,
  created_by      VARCHAR(64)  NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE policy_version (
  policy_sha256  CHAR(64)    PRIMARY KEY,
  policy_id      VARCHAR(80) NOT NULL,
  version        VARCHAR(40) NOT NULL,
  body           TEXT        NOT NULL,
  activated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  activated_by   VARCHAR(64) NOT NULL
);

-- Append-only: each row carries the SHA-256 of the previous row (prev_hash) and its own
-- (row_hash, over prev_hash and every field). The app's database user may only SELECT and INSERT.
CREATE TABLE audit_log (
  seq          BIGINT       PRIMARY KEY,
  at           TIMESTAMP WITH TIME ZONE NOT NULL,
  actor        VARCHAR(100) NOT NULL,
  role         VARCHAR(16)  NOT NULL,
  customer_id  VARCHAR(40),
  purpose      INT,
  consent_id   VARCHAR(80),
  action       VARCHAR(120) NOT NULL,
  outcome      VARCHAR(16)  NOT NULL,
  detail       VARCHAR(1000),
  prev_hash    CHAR(64)     NOT NULL,
  row_hash     CHAR(64)     NOT NULL
);
CREATE INDEX audit_by_customer ON audit_log(customer_id, seq);
