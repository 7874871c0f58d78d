// The window: areas on the left, the current area in the middle, running jobs at the bottom.
// Alt+1 ... Alt+7 jump between areas; Alt+T switches light and dark.
import { AppShell, Badge, Group, NavLink, Text, Title, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { Redirect, Route, Switch, useLocation, Link } from 'wouter';
import { useApiQuery } from '../api/hooks';
import { AreaNotYetAvailable } from '../areas/AreaNotYetAvailable';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { NotebookPage } from '../notebook/NotebookPage';
import { AREAS, DEFAULT_AREA_PATH } from './areas';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { JobsBar } from './JobsBar';

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
            active={location === area.path || location.startsWith(`${area.path}/`)}
            aria-current={location === area.path ? 'page' : undefined}
          />
        ))}
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1}>
        <ErrorBoundary resetKey={location}>
          <Switch>
            <Route path="/notebook" component={NotebookPage} />
            {AREAS.filter((area) => area.path !== '/notebook').map((area) => (
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
