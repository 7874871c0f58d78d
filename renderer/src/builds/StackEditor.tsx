// Edit a build's layer stack. The derived numbers and the patent's rules are recomputed as you
// type (by the same functions that judge the saved build); nothing is saved until Save.
import { Badge, Button, Group, Modal, ScrollArea, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { saveBuildStackSchema, type BuildLayerRecord } from '../../../shared/schemas/builds';
import { callApi } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { zodFormErrors } from '../components/form-validation';
import { notifyError, notifySuccess } from '../components/notify';
import { num, RULE_STATUS_COLOR, RULE_STATUS_WORD } from './format';
import { LayerEditor } from './LayerEditor';
import { draftFromLayers, layersForSave, mirrorSideA, newLayer, type DraftLayer } from './stack-draft';

function layerErrorText(errors: Record<string, string>, index: number): string {
  return Object.entries(errors)
    .filter(([path]) => path === `layers.${index}` || path.startsWith(`layers.${index}.`))
    .map(([, message]) => message)
    .join('\n');
}

export function StackEditor({ buildId, configuration: initialConfiguration, layers, onClose }: { buildId: number; configuration: 'single_sided' | 'double_sided'; layers: readonly BuildLayerRecord[]; onClose: () => void }) {
  const [configuration, setConfiguration] = useState(initialConfiguration);
  const [draft, setDraft] = useState<DraftLayer[]>(draftFromLayers(layers));
  const [busy, setBusy] = useState(false);
  const materials = useApiQuery('listMaterials', { status: 'active' });
  const materialOptions = useMemo(() => (materials.data ?? []).map((material) => ({ value: String(material.id), label: material.name })), [materials.data]);
  const updateLayer = useCallback((index: number, next: DraftLayer) => setDraft((current) => current.map((layer, i) => (i === index ? next : layer))), []);
  const removeLayer = useCallback((index: number) => setDraft((current) => current.filter((_, i) => i !== index)), []);
  const input = { buildId, configuration, layers: layersForSave(draft) };
  const errors = zodFormErrors(saveBuildStackSchema, input);
  const valid = Object.keys(errors).length === 0;
  const [debounced] = useDebouncedValue(input, 300);
  const preview = useQuery({ queryKey: ['previewBuildStack', debounced], queryFn: () => callApi('previewBuildStack', debounced), enabled: valid });
  const derived = preview.data?.derived;

  const save = async () => {
    setBusy(true);
    try {
      await callApi('saveBuildStack', input);
      notifySuccess('Stack saved');
      onClose();
    } catch (error) {
      notifyError('Could not save the stack', error);
    } finally {
      setBusy(false);
    }
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
                  errorText={layerErrorText(errors, index)}
                  onChange={updateLayer}
                  onRemove={removeLayer}
                />
              ))}
              <Button size="compact-sm" variant="subtle" w="fit-content" onClick={() => setDraft([...draft, newLayer('thin_film', 'a')])}>Add a layer</Button>
            </Stack>
          </ScrollArea>
          {errors.layers && <Text c="red" size="sm" role="alert">{errors.layers}</Text>}
        </Stack>
        <Stack gap="xs" data-testid="stack-preview">
          <Text fw={600} size="sm">As you edit</Text>
          {derived && (
            <Text size="xs">
              Cathode {num(derived.cathodeLoadingMgCm2, 'mg/cm²')}, composite SE {num(derived.compositeSeWtPct, 'wt%')}, S1/S2 {num(derived.s1OverS2Pct, '%', 3)}, test current {num(derived.currentMA, 'mA')}
            </Text>
          )}
          {(preview.data?.problems ?? []).map((problem) => <Text key={problem} size="xs" c="red">{problem}</Text>)}
          <ScrollArea h="calc(100vh - 320px)">
            <Stack gap={2}>
              {(preview.data?.rules ?? []).filter((rule) => rule.status !== 'not_applicable').map((rule) => (
                <Group key={rule.id} gap={6} wrap="nowrap" align="flex-start" data-preview-rule={rule.id} data-status={rule.status}>
                  <Badge size="xs" variant="light" color={RULE_STATUS_COLOR[rule.status]} miw={56}>{RULE_STATUS_WORD[rule.status]}</Badge>
                  <Text size="xs">{rule.title}: {num(rule.value, rule.unit)} ({rule.range})</Text>
                </Group>
              ))}
            </Stack>
          </ScrollArea>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button onClick={() => void save()} loading={busy} disabled={!valid}>Save stack</Button>
          </Group>
        </Stack>
      </SimpleGrid>
    </Modal>
  );
}
