// Report and label files leave the desktop app as downloads, which Electron saves through the
// native Save dialog; once saved, the recent reports list learns where the file went.
import type { Session } from 'electron';
import type { ServiceContext } from '../services/context';
import { setRecentReportPath } from '../services/reports/recent-reports';

export function rememberSavedReports(appSession: Session, getContext: () => ServiceContext | null): void {
  appSession.on('will-download', (_event, item) => {
    item.once('done', (_done, state) => {
      const ctx = getContext();
      if (state !== 'completed' || !ctx) return;
      try {
        setRecentReportPath(ctx, item.getFilename(), item.getSavePath());
      } catch {
        // The list is a convenience: the file itself was saved.
      }
    });
  });
}
