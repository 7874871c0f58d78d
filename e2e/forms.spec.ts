// Every form answers a bad value the same way: the sentence beside the field (with its label,
// from the handler's schema or its refusal), Save still pressable and saying why it did nothing,
// and the sentence gone once the value is fixed.
import { expect, test, testFromDemo } from './support/fixtures';
import { expectFieldMessage, expectNoFieldMessage } from './support/field-message';
import { hostApi } from './support/host-api';

test('materials: a material, a lot and a lot use refuse bad values beside the field, and clear when fixed', async ({ app }) => {
  // Long journeys on a machine shared with other work: the budget is for load, not for waiting.
  test.setTimeout(120_000);
  await app.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: /^Materials/ }).click();
  await app.getByRole('button', { name: 'New material' }).click();
  const material = app.getByRole('dialog', { name: 'New material' });
  const density = material.getByRole('textbox', { name: 'Density' });
  await density.fill('-1');
  await expectFieldMessage(density, 'Density must be above 0 g/cm³');
  await material.getByRole('button', { name: 'Add material' }).click();
  await expect(material.getByTestId('form-problem')).toContainText('Nothing was saved');
  await expectFieldMessage(material.getByRole('combobox', { name: 'Name' }), 'Enter a name');
  await density.fill('2.1');
  await expectNoFieldMessage(density, 'Density must be above 0');
  await material.getByRole('combobox', { name: 'Name' }).fill('Li6PS5Cl, batch 7');
  await material.getByRole('combobox', { name: 'Kind' }).click();
  await app.getByRole('option', { name: 'Sulfide solid electrolyte', exact: true }).click();
  await expect(material.getByTestId('form-problem')).toHaveCount(0);
  await material.getByRole('button', { name: 'Add material' }).click();
  await expect(app.getByRole('heading', { name: 'Li6PS5Cl, batch 7', level: 2 })).toBeVisible();

  await app.getByRole('button', { name: 'Add lot' }).click();
  const lot = app.getByRole('dialog', { name: /^New lot of / });
  const quantity = lot.getByRole('textbox', { name: 'Quantity' });
  await lot.getByLabel('Lot / batch number').fill('LPSC-7');
  await quantity.fill('0');
  await expectFieldMessage(quantity, 'Quantity must be above 0');
  await quantity.fill('25');
  await expectNoFieldMessage(quantity, 'Quantity must be above 0');
  await lot.getByRole('button', { name: 'Add lot' }).click();
  await expect(app.getByRole('heading', { name: /, lot LPSC-7$/, level: 2 })).toBeVisible();

  // A refusal the form cannot foresee (more than is left) is one sentence, without an operation's name.
  const use = app.getByRole('tabpanel', { name: 'Record use' });
  const amount = use.getByRole('textbox', { name: 'Amount taken' });
  await amount.fill('0');
  await expectFieldMessage(amount, 'Amount taken must be above 0');
  await amount.fill('30');
  await expectNoFieldMessage(amount, 'Amount taken must be above 0');
  await use.getByRole('button', { name: 'Record use' }).click();
  await expect(use.getByTestId('form-problem')).toContainText('this use needs 30 g');
  await expect(use.getByTestId('form-problem')).not.toContainText('recordLotUse');
  await amount.fill('3');
  await expect(use.getByTestId('form-problem')).toHaveCount(0);
});

testFromDemo('recipes and batches: the recipe editor, a new recipe, a batch start, an ingredient, a step and the finish', async ({ app }) => {
  test.setTimeout(180_000);
  await app.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: /^Recipes/ }).click();
  await app.getByRole('region', { name: 'Recipes' }).getByText('Gel process, Example 1 (LiTFSI / n-MAc)', { exact: true }).click();

  // Editing: a negative electrolyte mass is named beside the field; the checks stay, with a note.
  await app.getByRole('button', { name: 'Edit' }).click();
  const edit = app.getByRole('dialog', { name: /^Edit the recipe/ });
  const electrolyte = edit.getByRole('textbox', { name: 'Electrolyte', exact: true });
  await electrolyte.fill('-2');
  await expectFieldMessage(electrolyte, 'Electrolyte must be above 0 g');
  await expect(edit.getByTestId('solgel-checks')).toBeVisible();
  await expect(edit.getByTestId('stale-result-note')).toContainText('Electrolyte must be above 0 g');
  await edit.getByRole('button', { name: 'Save new version' }).click();
  await expect(edit.getByTestId('form-problem')).toContainText('Nothing was saved: Electrolyte must be above 0 g; Say what changed.');
  await electrolyte.fill('10');
  await expectNoFieldMessage(electrolyte, 'Electrolyte must be above 0 g');
  await expect(edit.getByTestId('stale-result-note')).toHaveCount(0);
  await expectFieldMessage(edit.getByRole('textbox', { name: 'What changed' }), 'Say what changed');
  await edit.getByRole('button', { name: 'Cancel' }).click();

  // A batch: a scale of 0 is refused beside the field, and the preview keeps its last numbers.
  await app.getByRole('button', { name: 'Start batch' }).click();
  const start = app.getByRole('dialog', { name: 'Start a batch' });
  const factor = start.getByRole('textbox', { name: 'Factor' });
  await expect(start.getByTestId('scale-preview')).toContainText('Factor 1×');
  await factor.fill('0');
  await expectFieldMessage(factor, 'Factor must be above 0');
  await expect(start.getByTestId('scale-preview')).toContainText('Factor 1×');
  await factor.fill('0.5');
  await expectNoFieldMessage(factor, 'Factor must be above 0');
  await start.getByRole('button', { name: 'Start batch' }).click();
  await expect(app.getByRole('heading', { name: /^Batch / })).toBeVisible();

  // Recording an ingredient: the refusal is the field's sentence, and goes once the value is fixed.
  await app.getByRole('table', { name: 'Weigh list' }).getByRole('button', { name: 'Record' }).first().click();
  const record = app.getByRole('dialog', { name: /^Record / });
  const actual = record.getByRole('textbox', { name: 'Actual amount' });
  await actual.fill('0');
  await record.getByRole('button', { name: 'Record' }).click();
  await expectFieldMessage(actual, 'Actual amount must be above 0');
  await expect(record).not.toContainText('recordBatchIngredient');
  await actual.fill('1');
  await expectNoFieldMessage(actual, 'Actual amount must be above 0');
  await record.getByRole('button', { name: 'Cancel' }).click();

  // A step as run: 2000 °C is beyond any oven.
  await app.getByRole('button', { name: 'As run…' }).first().click();
  const step = app.getByRole('dialog', { name: /^As run: / });
  const temperature = step.getByRole('textbox', { name: 'Temperature as set' });
  await temperature.fill('2000');
  await expectFieldMessage(temperature, 'Temperature as set must be at most 1500 °C');
  await temperature.fill('120');
  await expectNoFieldMessage(temperature, 'Temperature as set must be at most 1500 °C');
  await step.getByRole('button', { name: 'Cancel' }).click();

  // Finishing without the dry mass says so beside the field.
  await app.getByRole('button', { name: 'Finish' }).click();
  const finish = app.getByRole('dialog', { name: /^Finish batch / });
  await finish.getByRole('button', { name: 'Finish and make the lot' }).click();
  const yieldG = finish.getByRole('textbox', { name: 'Dry product weighed' });
  await expectFieldMessage(yieldG, 'Dry product weighed must be a number in g');
  await yieldG.fill('2.5');
  await expectNoFieldMessage(yieldG, 'Dry product weighed must be a number in g');
  await finish.getByRole('button', { name: 'Cancel' }).click();

  // A new recipe written from scratch: an ingredient without a name, and an amount of 0.
  await app.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: /^Recipes/ }).click();
  await app.getByRole('button', { name: 'New recipe' }).click();
  const recipe = app.getByRole('dialog', { name: 'New recipe' });
  await recipe.getByText('Write a new one').click();
  await recipe.getByRole('button', { name: 'Add recipe' }).click();
  await expect(recipe.getByTestId('form-problem')).toContainText('Nothing was saved');
  await expectFieldMessage(recipe.getByRole('textbox', { name: 'Recipe name' }), 'Name the recipe');
  await expectFieldMessage(recipe.getByRole('textbox', { name: 'ingredient 1 name' }), 'Name the ingredient');
  await expectFieldMessage(recipe.getByRole('textbox', { name: 'ingredient 1 mass' }), 'Ingredient 1 amount must be above 0 g');
  await recipe.getByRole('textbox', { name: 'ingredient 1 name' }).fill('LiTFSI');
  await recipe.getByRole('textbox', { name: 'ingredient 1 mass' }).fill('1.5');
  await expectNoFieldMessage(recipe.getByRole('textbox', { name: 'ingredient 1 mass' }), 'must be above 0 g');
  const stepTitle = recipe.getByRole('textbox', { name: 'step 1 title' });
  await stepTitle.fill('');
  await expectFieldMessage(stepTitle, 'Say what the step does');
  await stepTitle.fill('Mix');
  await expectNoFieldMessage(stepTitle, 'Say what the step does');
});

testFromDemo('builds: a new build, its details, protocol, stack, clone and cells answer bad values beside the field', async ({ app }) => {
  test.setTimeout(180_000);
  await app.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: /^Builds/ }).click();
  await expect(app.getByRole('region', { name: 'Builds' })).toBeVisible();

  await app.getByRole('button', { name: 'New build' }).click();
  const created = app.getByRole('dialog', { name: 'New build' });
  await created.getByRole('button', { name: 'Add build' }).click();
  const name = created.getByRole('textbox', { name: 'Name / code' });
  await expectFieldMessage(name, 'Name the build (e.g. its code)');
  await expect(created.getByTestId('form-problem')).toContainText('Nothing was saved');
  await name.fill('Forms 1');
  await expectNoFieldMessage(name, 'Name the build');
  await created.getByRole('button', { name: 'Add build' }).click();
  await expect(app.getByRole('heading', { name: 'Forms 1', level: 2 })).toBeVisible();

  await app.getByRole('button', { name: 'Details' }).click();
  const details = app.getByRole('dialog', { name: /^Details of / });
  const h2o = details.getByRole('textbox', { name: 'Glovebox H2O at assembly' });
  await h2o.fill('-1');
  await expectFieldMessage(h2o, 'Glovebox H2O cannot be negative');
  await h2o.fill('0.1');
  await expectNoFieldMessage(h2o, 'cannot be negative');
  await details.getByRole('button', { name: 'Cancel' }).click();

  await app.getByRole('button', { name: 'Edit', exact: true }).click();
  const protocol = app.getByRole('dialog', { name: 'Cycling protocol' });
  const upper = protocol.getByRole('textbox', { name: 'Upper cut-off' });
  await upper.fill('1');
  await expectFieldMessage(upper, 'The upper cut-off must be above the lower one');
  await upper.fill('4.25');
  await expectNoFieldMessage(upper, 'must be above the lower one');
  await protocol.getByRole('button', { name: 'Cancel' }).click();

  await app.getByRole('button', { name: 'Edit stack' }).click();
  const stack = app.getByRole('dialog', { name: 'Edit the layer stack' });
  const pressed = stack.getByRole('textbox', { name: /thickness$/ }).first();
  await pressed.fill('9000');
  await expectFieldMessage(pressed, 'Layer 1 thickness as pressed must be a layer of at most 5 mm (5000 µm)');
  await stack.getByRole('button', { name: 'Save stack' }).click();
  await expect(stack.getByTestId('form-problem')).toContainText('Nothing was saved: Layer 1 thickness as pressed');
  await pressed.fill('10');
  await expectNoFieldMessage(pressed, 'at most 5 mm');
  await stack.getByRole('button', { name: 'Cancel' }).click();

  await app.getByRole('button', { name: 'Clone' }).click();
  const clone = app.getByRole('dialog', { name: /^Clone / });
  const cloneName = clone.getByRole('textbox', { name: 'Name of the new build' });
  await cloneName.fill('');
  await clone.getByRole('button', { name: 'Clone' }).click();
  await expectFieldMessage(cloneName, 'Name the new build');
  await cloneName.fill('Forms 1, again');
  await expectNoFieldMessage(cloneName, 'Name the new build');
  await clone.getByRole('button', { name: 'Cancel' }).click();

  // A cell marked failed without a reason: the notebook's refusal sits beside the reason.
  await app.getByRole('button', { name: 'Add a cell' }).click();
  const status = app.getByRole('textbox', { name: /^status of cell / }).or(app.getByRole('combobox', { name: /^status of cell / })).first();
  await status.click();
  await app.getByRole('option', { name: 'failed', exact: true }).click();
  const reason = app.getByRole('textbox', { name: /^failure reason of cell / }).first();
  await expectFieldMessage(reason, 'Say why the cell failed');
  await reason.fill('short circuit');
  await expectNoFieldMessage(reason, 'Say why the cell failed');
});

testFromDemo('cycling and notebook: a test rename, cycling settings, operator name and a pick-list value', async ({ app, cellbook }) => {
  test.setTimeout(180_000);
  await expect.poll(async () => (await hostApi(cellbook, 'listCyclingTests', { includeArchived: false, unassignedOnly: false })).length, { timeout: 45_000 }).toBeGreaterThan(0);
  const [cyclingTest] = await hostApi(cellbook, 'listCyclingTests', { includeArchived: false, unassignedOnly: false });
  await app.evaluate((hash) => (globalThis.location.hash = hash), `/cycling/${cyclingTest!.id}`);
  await app.getByRole('button', { name: 'Rename' }).click();
  const testName = app.getByRole('textbox', { name: 'Name of the test' });
  await testName.fill('');
  await app.getByRole('button', { name: 'Save', exact: true }).click();
  await expectFieldMessage(testName, 'The test needs a name');
  await testName.fill('Example 1, renamed');
  await expectNoFieldMessage(testName, 'The test needs a name');

  await app.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: /^Notebook/ }).click();
  const settings = app.getByTestId('cycling-settings');
  const settle = settings.getByRole('textbox', { name: 'Ignore the first' });
  await settle.fill('99999');
  await expectFieldMessage(settle, 'Ignore the first must be at most 3600');
  await settings.getByRole('button', { name: 'Save and re-check tests' }).click();
  await expect(settings.getByTestId('form-problem')).toContainText('Nothing was saved: Ignore the first must be at most 3600');
  await settle.fill('30');
  await expectNoFieldMessage(settle, 'must be at most 3600');

  const operator = app.getByRole('textbox', { name: 'Operator name' });
  await operator.fill('x'.repeat(130));
  await expectFieldMessage(operator, 'Operator name must be at most');
  await operator.fill('M. Kim');
  await expectNoFieldMessage(operator, 'Operator name must be at most');

  await app.getByRole('button', { name: /^Anode active material/ }).or(app.locator('.mantine-Accordion-control').first()).first().click();
  const value = app.getByRole('textbox', { name: /^new .* value$/ }).first();
  await value.fill('   ');
  await app.getByRole('button', { name: 'Add', exact: true }).first().click();
  await expectFieldMessage(value, 'Enter a value');
  await value.fill('Si nanowire');
  await expectNoFieldMessage(value, 'Enter a value');
});
