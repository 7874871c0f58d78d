-- Schema 11: a build signed by the notebook's user. The signature (Ed25519, the user's key kept in
-- the user-data folder, never in the notebook) covers the build's canonical JSON as it read when
-- signed and the history chain's position then (entry count and head hash), so a later change to
-- the build or a rewritten history shows as a signature that no longer holds. The public key is
-- kept with the signature so that anyone can verify it. Records follow 0001's conventions.

CREATE TABLE build_signatures (
  id INTEGER PRIMARY KEY,
  build_id INTEGER NOT NULL REFERENCES builds (id),
  -- SHA-256 of the build's canonical JSON (main/integrity/build-canonical.ts) when signed.
  build_sha256 TEXT NOT NULL CHECK (length(build_sha256) = 64),
  history_entries INTEGER NOT NULL CHECK (history_entries >= 0),
  history_head TEXT NOT NULL,
  signed_at TEXT NOT NULL,
  signer TEXT NOT NULL,
  key_fingerprint TEXT NOT NULL,
  -- The signer's public key, SPKI DER in base64.
  public_key TEXT NOT NULL,
  -- Base64 Ed25519 signature over the signed statement (build, sha256, chain position, time, key).
  signature TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
) STRICT;
CREATE INDEX build_signatures_by_build ON build_signatures (build_id, id);
CREATE TRIGGER build_signatures_never_deleted BEFORE DELETE ON build_signatures
BEGIN
  SELECT RAISE(ABORT, 'build signatures are archived, never deleted');
END;
CREATE TRIGGER build_signatures_never_changed BEFORE UPDATE OF build_id, build_sha256, history_entries, history_head, signed_at, key_fingerprint, public_key, signature ON build_signatures
BEGIN
  SELECT RAISE(ABORT, 'a build signature never changes');
END;
