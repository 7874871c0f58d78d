// The one search box: every record's names, numbers, notes and tags, results grouped by type as
// you type. Ctrl+K (or /) focuses it; arrows and Enter open a result. Enter on an exact code or a
// scanned label's cellbook:// link opens that record directly.
import { Badge, Combobox, Group, Kbd, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { SearchHit } from '../../../shared/schemas/search';
import { callApi } from '../api/client';
import { useOpenScannedCode } from '../labels/use-open-scanned-code';

/** Where each record type opens. */
const ROUTE_OF: Record<SearchHit['recordType'], (id: number) => string> = {
  material: (id) => `/materials/${id}`,
  lot: (id) => `/lots/${id}`,
  recipe: (id) => `/recipes/${id}`,
  batch: (id) => `/batches/${id}`,
  build: (id) => `/builds/${id}`,
};

/** "[LiTFSI] in glovebox" -> the matched words in bold. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\[[^\]]*\])/g);
  return (
    <Text size="xs" c="dimmed" lineClamp={1}>
      {parts.map((part, index) => (part.startsWith('[') && part.endsWith(']') ? <b key={index}>{part.slice(1, -1)}</b> : part))}
    </Text>
  );
}

export function SearchBox() {
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 120);
  const inputRef = useRef<HTMLInputElement>(null);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const openScannedCode = useOpenScannedCode();
  const results = useQuery({
    queryKey: ['searchNotebook', debounced],
    queryFn: () => callApi('searchNotebook', { query: debounced, limit: 40 }),
    enabled: debounced.length > 0,
  });
  useHotkeys([
    ['mod+K', () => inputRef.current?.focus()],
    ['/', () => inputRef.current?.focus()],
  ]);

  const open = (value: string) => {
    const [type, id] = value.split(':') as [SearchHit['recordType'], string];
    navigate(ROUTE_OF[type](Number(id)));
    setQuery('');
    combobox.closeDropdown();
    inputRef.current?.blur();
  };

  const groups = results.data?.groups ?? [];
  return (
    <Combobox store={combobox} onOptionSubmit={open} width={480} position="bottom-start">
      <Combobox.Target>
        <TextInput
          ref={inputRef}
          w={360}
          size="xs"
          placeholder="Search the notebook"
          aria-label="Search the notebook"
          leftSection={<IconSearch size={14} />}
          rightSection={<Kbd size="xs">Ctrl K</Kbd>}
          rightSectionWidth={56}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && combobox.getSelectedOptionIndex() < 0) {
              const typed = event.currentTarget.value;
              void openScannedCode(typed).then((opened) => {
                if (!opened) return;
                setQuery('');
                combobox.closeDropdown();
                inputRef.current?.blur();
              });
            }
            if (event.key === 'Escape') {
              setQuery('');
              inputRef.current?.blur();
            }
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={debounced.length === 0}>
        <Combobox.Options mah={420} style={{ overflowY: 'auto' }} aria-label="Search results">
          {results.data && groups.length === 0 && <Combobox.Empty>Nothing matches “{debounced}”.</Combobox.Empty>}
          {groups.map((group) => (
            <Combobox.Group key={group.recordType} label={`${group.label} (${group.hits.length})`}>
              {group.hits.map((hit) => (
                <Combobox.Option key={`${hit.recordType}:${hit.recordId}`} value={`${hit.recordType}:${hit.recordId}`}>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={500} truncate>
                      {hit.title}
                    </Text>
                    {hit.archived && <Badge size="xs" color="gray">archived</Badge>}
                  </Group>
                  <Snippet text={hit.snippet} />
                </Combobox.Option>
              ))}
            </Combobox.Group>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
