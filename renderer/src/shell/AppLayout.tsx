// The window: areas on the left, the current area in the middle, running jobs at the bottom.
// Alt+1 ... Alt+8 jump between areas; Alt+T switches light and dark.
import { AppShell, Badge, Group, NavLink, Text, Title, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { Redirect, Route, Switch, useLocation, Link } from 'wouter';
import { LotDetailPage } from '../materials/LotDetailPage';
import { MaterialDetailPage } from '../materials/MaterialDetailPage';
import { MaterialsPage } from '../materials/MaterialsPage';
import { SearchBox } from './SearchBox';
import { BatchPage } from '../recipes/BatchPage';
import { ConversionsTool } from '../recipes/ConversionsTool';
import { RecipePage } from '../recipes/RecipePage';
import { RecipesPage } from '../recipes/RecipesPage';
import { RunSheet } from '../recipes/RunSheet';
import { BuildDiffPage } from '../builds/BuildDiffPage';
import { BuildPage } from '../builds/BuildPage';
import { BuildsPage } from '../builds/BuildsPage';
import { ComparePage } from '../compare/ComparePage';
import { parseIds } from '../compare/compare-route';
import { CyclingPage } from '../cycling/CyclingPage';
import { CyclingTestPage } from '../cycling/CyclingTestPage';
import { useApiQuery } from '../api/hooks';
import { AreaNotYetAvailable } from '../areas/AreaNotYetAvailable';
import { ReportsPage } from '../reports/ReportsPage';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { NotebookPage } from '../notebook/NotebookPage';
import { EquipmentPage } from '../pressing/EquipmentPage';
import { PressingPage } from '../pressing/PressingPage';
import { PressRunSheet } from '../pressing/PressRunSheet';
import { AREAS, DEFAULT_AREA_PATH } from './areas';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { JobsBar } from './JobsBar';

/** Areas with screens of their own; the rest show what they will hold. */
const IMPLEMENTED_AREAS = new Set(['/notebook', '/materials', '/recipes', '/builds', '/pressing', '/cycling', '/compare', '/reports']);

/** The area a route belongs to (lots live under Materials). */
function areaOf(location: string): string {
  if (location.startsWith('/lots/')) return '/materials';
  if (location.startsWith('/batches/')) return '/recipes';
  return `/${location.split('/')[1] ?? ''}`;
}

export function AppLayout() {
  const [location, navigate] = useLocation();
  const info = useApiQuery('getNotebookInfo', {});
  const jobs = useApiQuery('listJobs', {});
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const runningJobs = (jobs.data ?? []).filter((job) => job.state === 'running');

  useHotkeys([
    ...AREAS.map((area, index) => [`alt+${index + 1}`, () => navigate(area.path)] as [string, () => void]),
    ['alt+T', () => setColorScheme(scheme === 'dark' ? 'light' : 'dark')],
  ]);

  return (
    <AppShell
      header={{ height: 44 }}
      navbar={{ width: 196, breakpoint: 0 }}
      footer={runningJobs.length > 0 ? { height: 8 + 40 * runningJobs.length } : undefined}
      padding="md"
    >
      <a href="#main-content" className="skip-link">
        Skip to content
      </a>
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between">
          <Group gap="sm">
            <Title order={1} size="h3">
              Cellbook
            </Title>
            {info.data && (
              <Text size="sm" c="dimmed" data-testid="notebook-file-name">
                {info.data.fileName}
              </Text>
            )}
            {info.data?.mode === 'browser' && (
              <Badge size="xs" variant="light" color="gray">
                browser mode
              </Badge>
            )}
            <SearchBox />
          </Group>
          <Group gap="xs">
            {info.data && (
              <Text size="xs" c="dimmed">
                recording as <b>{info.data.operator}</b>
              </Text>
            )}
            <ColorSchemeToggle />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p={6} component="nav" aria-label="Areas">
        {AREAS.map((area, index) => (
          <NavLink
            key={area.path}
            component={Link}
            href={area.path}
            label={area.label}
            leftSection={area.icon}
            rightSection={<Text size="xs" c="dimmed">Alt+{index + 1}</Text>}
            active={areaOf(location) === area.path}
            aria-current={areaOf(location) === area.path ? 'page' : undefined}
          />
        ))}
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1}>
        <ErrorBoundary resetKey={location}>
          <Switch>
            <Route path="/notebook" component={NotebookPage} />
            <Route path="/materials" component={MaterialsPage} />
            <Route path="/materials/:id">{(params) => <MaterialDetailPage key={params.id} id={Number(params.id)} />}</Route>
            <Route path="/lots/:id">{(params) => <LotDetailPage key={params.id} id={Number(params.id)} />}</Route>
            <Route path="/recipes" component={RecipesPage} />
            <Route path="/recipes/conversions" component={ConversionsTool} />
            <Route path="/recipes/:id">{(params) => <RecipePage key={params.id} id={Number(params.id)} />}</Route>
            <Route path="/batches/:id/print">{(params) => <RunSheet key={params.id} batchId={Number(params.id)} />}</Route>
            <Route path="/builds" component={BuildsPage} />
            <Route path="/builds/:a/compare/:b">{(params) => <BuildDiffPage aId={Number(params.a)} bId={Number(params.b)} />}</Route>
            <Route path="/builds/:id/pressing/print">{(params) => <PressRunSheet key={params.id} buildId={Number(params.id)} />}</Route>
            <Route path="/builds/:id">{(params) => <BuildPage key={params.id} id={Number(params.id)} />}</Route>
            <Route path="/pressing" component={PressingPage} />
            <Route path="/reports" component={ReportsPage} />
            <Route path="/pressing/equipment/:id">{(params) => <EquipmentPage key={params.id} id={Number(params.id)} />}</Route>
            <Route path="/cycling" component={CyclingPage} />
            <Route path="/cycling/:id">{(params) => <CyclingTestPage key={params.id} id={Number(params.id)} />}</Route>
            <Route path="/compare">{() => <ComparePage buildIds={[]} testIds={[]} />}</Route>
            <Route path="/compare/builds/:ids">{(params) => <ComparePage buildIds={parseIds(params.ids)} testIds={[]} />}</Route>
            <Route path="/compare/tests/:ids">{(params) => <ComparePage buildIds={[]} testIds={parseIds(params.ids)} />}</Route>
            <Route path="/batches/:id">{(params) => <BatchPage key={params.id} id={Number(params.id)} />}</Route>
            {AREAS.filter((area) => !IMPLEMENTED_AREAS.has(area.path)).map((area) => (
              <Route key={area.path} path={area.path}>
                <AreaNotYetAvailable area={area} />
              </Route>
            ))}
            <Route>
              <Redirect to={DEFAULT_AREA_PATH} />
            </Route>
          </Switch>
        </ErrorBoundary>
      </AppShell.Main>

      {runningJobs.length > 0 && (
        <AppShell.Footer>
          <JobsBar jobs={runningJobs} />
        </AppShell.Footer>
      )}
    </AppShell>
  );
}
