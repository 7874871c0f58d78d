// The demo's equipment register and each build's press plan from the patent's templates, with
// the demo equipment chosen for each step by its method (shared/demo/demo-pressing.ts).
import { DEMO_EQUIPMENT, DEMO_EQUIPMENT_NOTE, demoTemplateFor } from '../../../shared/demo/demo-pressing';
import { createEquipmentSchema } from '../../../shared/schemas/pressing';
import type { ServiceContext } from '../context';
import { createEquipment } from '../pressing/equipment';
import { readPlanRow, readStepRows, stepInputOf } from '../pressing/plan-rows';
import { applyTemplate, writeSteps } from '../pressing/plan-write';

export function addDemoPressing(ctx: ServiceContext, builds: ReadonlyArray<{ id: number; name: string }>): void {
  const byMethod = new Map<string, number>();
  for (const item of DEMO_EQUIPMENT) {
    const created = createEquipment(ctx, createEquipmentSchema.parse({ name: item.name, spec: item.spec, notes: `${DEMO_EQUIPMENT_NOTE} The patent: ${item.cited}.` }), { emit: false });
    byMethod.set(item.method, created.id);
  }
  for (const build of builds) {
    applyTemplate(ctx, build.id, demoTemplateFor(build.name), 'replace');
    const plan = readPlanRow(ctx, build.id);
    const steps = plan ? readStepRows(ctx, plan.id).map(stepInputOf) : [];
    writeSteps(ctx, build.id, steps.map((step) => ({ ...step, equipmentId: step.method ? (byMethod.get(step.method) ?? null) : null })));
  }
}
