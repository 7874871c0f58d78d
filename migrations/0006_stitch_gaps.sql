-- Schema 6: whether the interval before a stitched file's first point was recorded by the tester
-- (a run split into parts, the next file starting within about one sampling interval) and so
-- counts in the coulomb counting, or was a pause between files that counts nothing. Re-analysis
-- reads it; files stored before this schema count their gap as a pause.
ALTER TABLE cycling_files ADD COLUMN gap_before_recorded INTEGER NOT NULL DEFAULT 0 CHECK (gap_before_recorded IN (0, 1));
