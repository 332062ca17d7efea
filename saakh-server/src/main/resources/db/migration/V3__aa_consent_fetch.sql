-- The FIU side of the Account Aggregator flow (ReBIT AA API 2.0.0): consents requested from an AA,
-- and FI data sessions opened under them. The customer row may not exist until data is fetched,
-- so these tables do not reference it.

-- One consent request and, once the customer approves it, the consent artefact the AA signed.
CREATE TABLE aa_consent (
  consent_handle  VARCHAR(100) PRIMARY KEY,
  consent_id      VARCHAR(100) UNIQUE,
  customer_id     VARCHAR(40)  NOT NULL,
  aa_id           VARCHAR(100) NOT NULL,
  aa_customer_id  VARCHAR(120) NOT NULL,
  txnid           VARCHAR(40)  NOT NULL,
  -- PENDING, ACTIVE, PAUSED, REVOKED, EXPIRED, REJECTED, FAILED
  status          VARCHAR(16)  NOT NULL,
  status_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  -- the ConsentDetail the FIU asked for (ReBIT JSON)
  requested       TEXT         NOT NULL,
  -- the AA's signed consent (compact JWS), once fetched
  signed_consent  TEXT,
  -- the artefact as core reads it (lake JSON of ConsentArtefact), once fetched and verified
  artefact        TEXT,
  created_by      VARCHAR(64)  NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  last_fetch_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX aa_consent_by_customer ON aa_consent(customer_id, created_at);

-- One FI data session (POST /FI/request) and what came of it.
CREATE TABLE fi_session (
  session_id      VARCHAR(100) PRIMARY KEY,
  consent_id      VARCHAR(100) NOT NULL,
  customer_id     VARCHAR(40)  NOT NULL,
  txnid           VARCHAR(40)  NOT NULL,
  data_from       TIMESTAMP WITH TIME ZONE NOT NULL,
  data_to         TIMESTAMP WITH TIME ZONE NOT NULL,
  -- REQUESTED, READY, FETCHED, STORED, FAILED, EXPIRED
  state           VARCHAR(16)  NOT NULL,
  -- the FIU's ephemeral key for this session (private key and nonce), encrypted at rest; erased once fetched
  key_material    TEXT,
  detail          VARCHAR(2000),
  requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX fi_session_by_customer ON fi_session(customer_id, requested_at);
