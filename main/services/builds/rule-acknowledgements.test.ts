import { afterEach, describe, expect, it } from 'vitest';
import type { TempNotebook } from '../../testing/temp-notebook';
import { dispatch } from '../dispatch';
import { listHistory } from '../history';
import { getBuildDetail, listBuilds } from './builds';
import { openDemoNotebook } from '../../testing/demo-notebook';

let temp: TempNotebook;
afterEach(() => temp?.dispose());
const silent = () => undefined;

function demoNotebook(): Promise<TempNotebook> {
  return openDemoNotebook({ withCycling: false });
}

/** The first demo build with a warning nobody has acknowledged, and that warning. */
function firstOpenWarning() {
  for (const build of listBuilds(temp.ctx, { status: 'active' })) {
    const warning = getBuildDetail(temp.ctx, build.id).rules.find((rule) => rule.status === 'warn' && rule.acknowledgement === null);
    if (warning) return { build, warning };
  }
  throw new Error('the demo has no unacknowledged warning');
}

describe('acknowledging a design-rule warning', () => {
  it('keeps the reason, shows it on the rule, counts the warning apart and writes it to the history', async () => {
    temp = await demoNotebook();
    const { build, warning } = firstOpenWarning();
    const before = listBuilds(temp.ctx, { status: 'active' }).find((item) => item.id === build.id)!;

    const result = await dispatch(temp.ctx, 'acknowledgeRuleWarning', { buildId: build.id, ruleId: warning.id, reason: '  Deliberate variant: tested beyond the range  ' }, silent);
    expect(result.ok).toBe(true);
    const rule = getBuildDetail(temp.ctx, build.id).rules.find((candidate) => candidate.id === warning.id)!;
    expect(rule.status).toBe('warn');
    expect(rule.acknowledgement).toMatchObject({ reason: 'Deliberate variant: tested beyond the range', operator: expect.any(String) });

    const after = listBuilds(temp.ctx, { status: 'active' }).find((item) => item.id === build.id)!;
    expect(after.rulesWarn).toBe(before.rulesWarn - 1);
    expect(after.rulesAcknowledged).toBe(before.rulesAcknowledged + 1);

    const history = listHistory(temp.ctx, { limit: 5, table: 'rule_acknowledgements' });
    expect(history.entries[0]).toMatchObject({ action: 'insert' });
    expect(history.entries[0]?.changes).toContainEqual({ field: 'reason', before: null, after: 'Deliberate variant: tested beyond the range' });
    expect(history.entries[0]?.changes).toContainEqual({ field: 'warning_message', before: null, after: warning.message });
  });

  it('asks for a reason, naming the field', async () => {
    temp = await demoNotebook();
    const { build, warning } = firstOpenWarning();
    const historyBefore = listHistory(temp.ctx, { limit: 100, table: 'rule_acknowledgements' }).entries.length;
    const result = await dispatch(temp.ctx, 'acknowledgeRuleWarning', { buildId: build.id, ruleId: warning.id, reason: '   ' }, silent);
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', message: 'Reason: say why this warning is acceptable for this build', issues: [{ field: 'reason' }] } });
    expect(listHistory(temp.ctx, { limit: 100, table: 'rule_acknowledgements' }).entries).toHaveLength(historyBefore);
  });

  it('refuses a rule that does not warn, saying how it reads', async () => {
    temp = await demoNotebook();
    const { build } = firstOpenWarning();
    const passing = getBuildDetail(temp.ctx, build.id).rules.find((rule) => rule.status === 'pass')!;
    const result = await dispatch(temp.ctx, 'acknowledgeRuleWarning', { buildId: build.id, ruleId: passing.id, reason: 'just because' }, silent);
    expect(result).toMatchObject({ ok: false, error: { code: 'refused', message: `"${passing.title}" passes on this build, so there is no warning to acknowledge` } });
  });

  it('a new reason replaces the old (both in the history); withdrawing makes the warning count again', async () => {
    temp = await demoNotebook();
    const { build, warning } = firstOpenWarning();
    const count = () => listBuilds(temp.ctx, { status: 'active' }).find((item) => item.id === build.id)!;
    const open = count().rulesWarn;
    await dispatch(temp.ctx, 'acknowledgeRuleWarning', { buildId: build.id, ruleId: warning.id, reason: 'first reason' }, silent);
    await dispatch(temp.ctx, 'acknowledgeRuleWarning', { buildId: build.id, ruleId: warning.id, reason: 'second reason' }, silent);
    expect(getBuildDetail(temp.ctx, build.id).rules.find((rule) => rule.id === warning.id)?.acknowledgement?.reason).toBe('second reason');
    expect(count().rulesWarn).toBe(open - 1);

    const withdrawn = await dispatch(temp.ctx, 'withdrawRuleAcknowledgement', { buildId: build.id, ruleId: warning.id }, silent);
    expect(withdrawn.ok).toBe(true);
    expect(getBuildDetail(temp.ctx, build.id).rules.find((rule) => rule.id === warning.id)?.acknowledgement).toBeNull();
    expect(count()).toMatchObject({ rulesWarn: open, rulesAcknowledged: count().rulesAcknowledged });
    const ours = listHistory(temp.ctx, { limit: 100, table: 'rule_acknowledgements' }).entries;
    expect(ours.slice(0, 4).map((entry) => entry.action)).toEqual(['archive', 'insert', 'archive', 'insert']);

    const again = await dispatch(temp.ctx, 'withdrawRuleAcknowledgement', { buildId: build.id, ruleId: warning.id }, silent);
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found', message: 'this warning has no acknowledgement to withdraw' } });
  });

  it('no longer covers the warning once the build changes and the warning reads differently', async () => {
    temp = await demoNotebook();
    const { build, warning } = firstOpenWarning();
    await dispatch(temp.ctx, 'acknowledgeRuleWarning', { buildId: build.id, ruleId: warning.id, reason: 'accepted as it reads' }, silent);
    // The stored sentence differs from what the rule says now: the same as a build edited since.
    temp.notebook.db.prepare("UPDATE rule_acknowledgements SET warning_message = 'as it read before the stack was edited'").run();
    expect(getBuildDetail(temp.ctx, build.id).rules.find((rule) => rule.id === warning.id)?.acknowledgement).toBeNull();
  });
});

describe('the demo', () => {
  it("acknowledges the patent's own [0038] warning on every build that shows it, with the reason, so the count shows what else needs a look", async () => {
    temp = await demoNotebook();
    const builds = listBuilds(temp.ctx, { status: 'active' });
    for (const build of builds) {
      const rule = getBuildDetail(temp.ctx, build.id).rules.find((candidate) => candidate.id === 'composite_composition')!;
      if (rule.status === 'warn') expect(rule.acknowledgement?.reason, build.name).toMatch(/^The patent's own numbers: .*\[0038\]/);
    }
    expect(builds.filter((build) => build.rulesAcknowledged > 0).length).toBeGreaterThan(0);
    expect(builds.reduce((sum, build) => sum + build.rulesAcknowledged, 0)).toBe(listHistory(temp.ctx, { limit: 100, table: 'rule_acknowledgements' }).entries.length);
  });
});

describe('a rule id the build does not show', () => {
  it('is refused with a sentence', async () => {
    temp = await demoNotebook();
    const { build } = firstOpenWarning();
    const result = await dispatch(temp.ctx, 'acknowledgeRuleWarning', { buildId: build.id, ruleId: 'no_such_rule', reason: 'x' }, silent);
    expect(result).toMatchObject({ ok: false, error: { code: 'refused', message: '"no_such_rule" is not checked on this build, so there is no warning to acknowledge' } });
  });
});
