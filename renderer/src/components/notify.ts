import { notifications, type NotificationsProps } from '@mantine/notifications';
import { CellbookError } from '../../../shared/api-error';
import { fieldSentence, humanizeFieldKey, withoutOperationName } from '../../../shared/field-sentence';

/**
 * Where notices appear: bottom left, within the navigation's empty lower part (the navigation is
 * 196 px wide; notices are 180 px beside a 16 px margin) and above the jobs bar (app.css lifts them
 * by its height). Pages keep their actions in the page, top right (Rename, Attach, Archive) or at
 * the end of a form, and dialogs bottom right, so a notice never covers what the user would press
 * next; a wider notice covered the buttons of a form scrolled to the bottom of the window.
 */
export const NOTICE_PLACEMENT: Pick<NotificationsProps, 'position' | 'containerWidth'> = {
  position: 'bottom-left',
  containerWidth: 180,
};

/** A refusal as the user's sentence: field issues with their names made words, never an operation name. */
export function refusalSentence(error: unknown): string {
  if (error instanceof CellbookError && error.code === 'validation' && error.issues?.length) {
    return error.issues.map((issue) => fieldSentence(humanizeFieldKey(issue.field || 'value'), issue.message)).join('; ');
  }
  return withoutOperationName(error instanceof Error ? error.message : String(error));
}

/** Errors stay until dismissed: a researcher may be at the balance when one appears. */
export function notifyError(title: string, error: unknown): void {
  notifications.show({ title, message: refusalSentence(error), color: 'red', autoClose: false, withCloseButton: true });
}

export function notifySuccess(message: string): void {
  notifications.show({ message, color: 'teal', autoClose: 4000 });
}
