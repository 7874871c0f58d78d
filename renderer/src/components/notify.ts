import { notifications } from '@mantine/notifications';
import { CellbookError } from '../../../shared/api-error';

/** Errors stay until dismissed: a researcher may be at the balance when one appears. */
export function notifyError(title: string, error: unknown): void {
  const message = error instanceof CellbookError || error instanceof Error ? error.message : String(error);
  notifications.show({ title, message, color: 'red', autoClose: false, withCloseButton: true });
}

export function notifySuccess(message: string): void {
  notifications.show({ message, color: 'teal', autoClose: 4000 });
}
