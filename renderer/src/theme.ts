// Cellbook's one design system: Mantine, tuned dense and calm for a lab tool, light and dark.
import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A muted blue-teal: readable on both schemes, not a brand shout.
const cell: MantineColorsTuple = ['#e9f6f8', '#d7eaee', '#abd4dc', '#7dbdc9', '#57aab9', '#3f9eaf', '#3098aa', '#208495', '#107586', '#006676'];

export const theme = createTheme({
  primaryColor: 'cell',
  colors: { cell },
  defaultRadius: 'sm',
  fontFamily: 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
  fontFamilyMonospace: '"JetBrains Mono", "SFMono-Regular", Menlo, Consolas, monospace',
  fontSizes: { xs: '0.72rem', sm: '0.8rem', md: '0.875rem', lg: '1rem', xl: '1.15rem' },
  spacing: { xs: '0.4rem', sm: '0.6rem', md: '0.85rem', lg: '1.2rem', xl: '1.6rem' },
  headings: { sizes: { h1: { fontSize: '1.35rem' }, h2: { fontSize: '1.15rem' }, h3: { fontSize: '1rem' } } },
  components: {
    Button: { defaultProps: { size: 'xs' } },
    TextInput: { defaultProps: { size: 'xs' } },
    NumberInput: { defaultProps: { size: 'xs' } },
    Select: { defaultProps: { size: 'xs' } },
    Table: { defaultProps: { fz: 'sm', verticalSpacing: 4, horizontalSpacing: 'sm' } },
  },
});
