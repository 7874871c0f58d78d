// Edit a build's layer stack. The derived numbers and the patent's rules are recomputed as you
// type (by the same functions that judge the saved build); nothing is saved until Save.
import { Badge, Box, Button, Group, Modal, ScrollArea, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { saveBuildStackSchema, type BuildLayerRecord } from '../../../shared/schemas/builds';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { FormProblem, StaleResultNote, useLastValid } from '../components/FormProblem';
import { notifySuccess } from '../components/notify';
import { useFormCheck, type FormCheck } from '../components/use-form-check';
import { RULE_STATUS_COLOR, RULE_STATUS_WORD, num, ruleSentence } from './format';
import { LayerEditor } from './LayerEditor';
import { draftFromLayers, layersForSave, mirrorSideA, newLayer, type DraftLayer } from './stack-draft';

/** Each contract field of a layer, labelled with the layer's number as the editor shows it. */
export const STACK_LABELS = {
  'layers.*.kind': 'Layer * kind',
  'layers.*.side': 'Layer * side',
  'layers.*.shape': 'Layer * size',
  'layers.*.shape.widthMm': 'Layer * width',
  'layers.*.shape.heightMm': 'Layer * height',
  'layers.*.shape.diameterMm': 'Layer * diameter',
  'layers.*.shape.areaCm2': 'Layer * area',
  'layers.*.thicknessCoatedUm': 'Layer * thickness as coated',
  'layers.*.thicknessPressedUm': 'Layer * thickness as pressed',
  'layers.*.massMg': 'Layer * mass',
  'layers.*.components': 'Layer * composition',
  'layers.*.components.*.materialId': 'Layer * component * material',
  'layers.*.components.*.lotId': 'Layer * component * lot',
  'layers.*.components.*.amount': 'Layer * component * amount',
};

/** One layer's sentences keyed by the layer's own field (`massMg`, `shape.widthMm`), as JSON so unchanged layers skip re-rendering. */
function layerErrorText(check: FormCheck, index: number): string {
  const prefix = `layers.${index}.`;
  const errors: Record<string, string> = {};
  for (const issue of check.issues) {
    if (!issue.path.startsWith(prefix)) continue;
    const field = issue.path.slice(prefix.length);
    const sentence = check.error(issue.path);
    if (sentence) errors[field] = sentence;
  }
  return Object.keys(errors).length ? JSON.stringify(errors) : '';
}

export function StackEditor({ buildId, configuration: initialConfiguration, layers, onClose }: { buildId: number; configuration: 'single_sided' | 'double_sided'; layers: readonly BuildLayerRecord[]; onClose: () => void }) {
  const [configuration, setConfiguration] = useState(initialConfiguration);
  const [draft, setDraft] = useState<DraftLayer[]>(draftFromLayers(layers));
  const materials = useApiQuery('listMaterials', { status: 'active' });
  const materialOptions = useMemo(() => (materials.data ?? []).map((material) => ({ value: String(material.id), label: material.name })), [materials.data]);
  const updateLayer = useCallback((index: number, next: DraftLayer) => setDraft((current) => current.map((layer, i) => (i === index ? next : layer))), []);
  const removeLayer = useCallback((index: number) => setDraft((current) => current.filter((_, i) => i !== index)), []);
  const input = { buildId, configuration, layers: layersForSave(draft) };
  const check = useFormCheck({ schema: saveBuildStackSchema, value: input, labels: STACK_LABELS });
  const [debounced] = useDebouncedValue(input, 300);
  const debouncedValid = saveBuildStackSchema.safeParse(debounced).success;
  const preview = useQuery({ queryKey: ['previewBuildStack', debounced], queryFn: () => callApi('previewBuildStack', debounced), enabled: debouncedValid });
  // While a field is being fixed the panel keeps the last valid stack's numbers, and says so.
  const shown = useLastValid(preview.data ?? null);
  const derived = shown?.derived;

  const save = async () => {
    const saved = await check.submit(() => callApi('saveBuildStack', input));
    if (!saved) return;
    notifySuccess('Stack saved');
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title="Edit the layer stack" size="100%">
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md" style={{ gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 1fr)' }}>
        <Stack gap="xs">
          <Group gap="xs">
            <SegmentedControl size="xs" value={configuration} onChange={(next) => setConfiguration(next as typeof configuration)} data={[{ value: 'single_sided', label: 'FIG. 1 single-sided' }, { value: 'double_sided', label: 'FIG. 2 double-sided' }]} />
            {configuration === 'double_sided' && <Button size="compact-xs" variant="light" onClick={() => setDraft(mirrorSideA(draft))}>Copy side a to side b</Button>}
            <Text size="xs" c="dimmed">From the anode collector up; FIG. 2 continues past the shared cathode collector on side b.</Text>
          </Group>
          <ScrollArea h="calc(100vh - 260px)" offsetScrollbars>
            <Stack gap={6}>
              {draft.map((layer, index) => (
                <LayerEditor
                  key={index}
                  layer={layer}
                  index={index}
                  materials={materialOptions}
                  errorText={layerErrorText(check, index)}
                  onChange={updateLayer}
                  onRemove={removeLayer}
                />
              ))}
              <Button size="compact-sm" variant="subtle" w="fit-content" onClick={() => setDraft([...draft, newLayer('thin_film', 'a')])}>Add a layer</Button>
            </Stack>
          </ScrollArea>
          <FormProblem check={check} />
        </Stack>
        <Stack gap="xs" data-testid="stack-preview">
          <Text fw={600} size="sm">As you edit</Text>
          <StaleResultNote check={check} under="layers" />
          {derived && (
            <Text size="xs">
              Cathode {num(derived.cathodeLoadingMgCm2, 'mg/cm²')}, composite SE {num(derived.compositeSeWtPct, 'wt%')}, S1/S2 {num(derived.s1OverS2Pct, '%', 3)}, test current {num(derived.currentMA, 'mA')}
            </Text>
          )}
          {(shown?.problems ?? []).map((problem) => <Text key={problem} size="xs" c="red">{problem}</Text>)}
          {/* Scrolls down only, so each rule's text wraps to the panel's width instead of running under its edge. */}
          <Box h="calc(100vh - 320px)" style={{ overflowY: 'auto', overflowX: 'hidden' }}>
            <Stack gap={2}>
              {(shown?.rules ?? []).filter((rule) => rule.status !== 'not_applicable').map((rule) => (
                <Group key={rule.id} gap={6} wrap="nowrap" align="flex-start" data-preview-rule={rule.id} data-status={rule.status}>
                  <Badge size="xs" variant="light" color={RULE_STATUS_COLOR[rule.status]} miw="max-content">{RULE_STATUS_WORD[rule.status]}</Badge>
                  <Text size="xs" flex={1} miw={0}>{ruleSentence(rule)}</Text>
                </Group>
              ))}
            </Stack>
          </Box>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button onClick={() => void save()} loading={check.busy}>Save stack</Button>
          </Group>
        </Stack>
      </SimpleGrid>
    </Modal>
  );
}
