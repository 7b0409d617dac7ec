-- project-change (clauses 2.1, 3.4): announced changes of the project offer and Einarbeitungen of new
-- Regiocoaches, which Network-KMU region acknowledged them, and the Regiocoaches the platform knows.

CREATE TABLE pc_change (
  business_key            VARCHAR(20)  PRIMARY KEY,
  change_kind             VARCHAR(30)  NOT NULL,
  title                   VARCHAR(500) NOT NULL,
  offer_id                VARCHAR(100),
  announcing_group        VARCHAR(64),
  announced_by            VARCHAR(64),
  effective_from          DATE,
  significant             BOOLEAN      NOT NULL,
  significance_overridden BOOLEAN      NOT NULL,
  -- latest version of offer-for-need when the change was announced, and the owner's answer
  table_version_at_start  INTEGER,
  table_outcome           VARCHAR(30),
  table_version_after     INTEGER,
  event_state             VARCHAR(200),
  announced_at            TIMESTAMP    NOT NULL,
  closed_at               TIMESTAMP
);
CREATE INDEX pc_change_announced ON pc_change (announced_at);

-- one row per Network-KMU region and change: due, acknowledged (by whom, with which questions), reminded
CREATE TABLE pc_acknowledgement (
  business_key    VARCHAR(20)   NOT NULL REFERENCES pc_change (business_key),
  region          VARCHAR(20)   NOT NULL,
  due_at          TIMESTAMP     NOT NULL,
  acknowledged_at TIMESTAMP,
  acknowledged_by VARCHAR(64),
  questions       VARCHAR(4000),
  reminded_at     TIMESTAMP,
  PRIMARY KEY (business_key, region)
);

-- members of network-kmu-<region> the platform has seen; a member not listed here is a new Regiocoach
-- (onboarding_ref: the Einarbeitung PA-… that welcomes them; NULL for the coaches known at the baseline)
CREATE TABLE pc_known_coach (
  user_id        VARCHAR(64) PRIMARY KEY,
  region         VARCHAR(20) NOT NULL,
  first_seen_at  TIMESTAMP   NOT NULL,
  onboarding_ref VARCHAR(20),
  onboarded_at   TIMESTAMP
);

-- the one row the check of memberships locks (several nodes never check at once); baseline_at: when the
-- platform first recorded the coaches it found as known
CREATE TABLE pc_coach_check (
  id          INTEGER   PRIMARY KEY,
  baseline_at TIMESTAMP,
  last_run_at TIMESTAMP
);
INSERT INTO pc_coach_check (id) VALUES (1);
