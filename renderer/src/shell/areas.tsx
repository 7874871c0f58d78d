// The areas of the notebook, in the order a cell's life runs through them. Each later issue
// replaces an area's empty state with its screens.
import { IconArrowBarToDown, IconChartDots3, IconChartLine, IconFlask, IconListDetails, IconNotebook, IconReport, IconStack2 } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface Area {
  path: string;
  label: string;
  icon: ReactNode;
  /** What the area holds, in the researcher's words (shown in its empty state). */
  purpose: string;
}

const iconProps = { size: 18, stroke: 1.6 } as const;

export const AREAS: readonly Area[] = [
  {
    path: '/materials',
    label: 'Materials',
    icon: <IconFlask {...iconProps} />,
    purpose: 'Materials and lots: NCM, Li6PS5Cl, LiTFSI, TEOS and the rest of the glovebox, with quantities, locations, opening dates and expiry.',
  },
  {
    path: '/recipes',
    label: 'Recipes',
    icon: <IconListDetails {...iconProps} />,
    purpose: 'Synthesis recipes and batches, starting with the TEOS / formic acid / LiTFSI gel process, with a calculator for what to weigh.',
  },
  {
    path: '/builds',
    label: 'Builds',
    icon: <IconStack2 {...iconProps} />,
    purpose: "Cell builds as layer stacks, with loadings, capacities, area ratios and the patent's design rules checked on each.",
  },
  {
    path: '/pressing',
    label: 'Pressing',
    icon: <IconArrowBarToDown {...iconProps} />,
    purpose: "Press-step plans: force from pressure and area, the press's limits, and each layer's pressure window.",
  },
  {
    path: '/cycling',
    label: 'Cycling',
    icon: <IconChartLine {...iconProps} />,
    purpose: "Cycler exports from any common tester, per-cycle capacities and efficiency, lifespan grades and short-circuit flags, with plots.",
  },
  {
    path: '/compare',
    label: 'Compare',
    icon: <IconChartDots3 {...iconProps} />,
    purpose: "Builds side by side: their cells' curves overlaid, the patent's Table 1 from data, a parameter against an outcome, and what differs in their designs.",
  },
  {
    path: '/reports',
    label: 'Reports',
    icon: <IconReport {...iconProps} />,
    purpose: 'Reports as HTML or PDF, spreadsheets, and .eln exchange with other notebooks.',
  },
  {
    path: '/notebook',
    label: 'Notebook',
    icon: <IconNotebook {...iconProps} />,
    purpose: 'This notebook file: who is recording, backups, integrity check and the history of every change.',
  },
];

export const DEFAULT_AREA_PATH = '/builds';
