import { Alert, Code, Container } from '@mantine/core';

/** Browser mode opened without the token (e.g. a bookmarked address from an earlier launch). */
export function NotConnected() {
  return (
    <Container size="sm" py="xl">
      <Alert color="yellow" title="Open Cellbook from the address it printed">
        This page needs the address that <Code>npm run web</Code> (or <Code>cellbook web</Code>) printed when it started: that address
        carries a key for this launch only. Copy it from the terminal and open it again.
      </Alert>
    </Container>
  );
}
