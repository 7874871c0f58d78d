-- Schema 8: cycles that are not whole. From this schema on, the analysis records in each test's
-- report which cycle the data end inside ($.incompleteCycle: shown, but it decides no lifespan or
-- grade), stores the half-cycle before the first charge as cycle 0 (set apart), and gives a cycle
-- without both halves no coulombic efficiency. Tests imported before get the same where their
-- stored rows tell it: the last cycle is the one the data end inside when it charged and never
-- discharged, and a cycle that never discharged kept an efficiency of 0, which is none.
UPDATE cycling_tests SET import_report_json = json_set(import_report_json, '$.incompleteCycle', (
  SELECT CASE WHEN s.charge_mah > 0 AND s.discharge_mah = 0 THEN s.cycle END
  FROM cycle_summaries s WHERE s.test_id = cycling_tests.id ORDER BY s.cycle DESC LIMIT 1
));
UPDATE cycle_summaries SET coulombic_efficiency = NULL WHERE discharge_mah = 0 AND coulombic_efficiency = 0;
