import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ERRORS } from '../../shared/errors.ts';
import { ApiError } from '../app/api.ts';
import { Notice } from './lite.tsx';

/**
 * The text to show for an error: the server's Vietnamese message as it is; in English, the code's
 * English text when the server sent the code's standard message (a specific message stays Vietnamese
 * rather than being guessed at).
 */
export function errorMessage(error: unknown, t: TFunction, language: string): string {
  if (error instanceof ApiError) {
    if (error.code === 'NETWORK') return t('errors.network');
    if (error.code === 'HTTP') return t('errors.http', { status: error.status });
    const known = ERRORS[error.code as keyof typeof ERRORS];
    if (language === 'en' && known && error.message === known.vi) return known.en;
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * The server's message (and the fields it names), never a stack trace. Plain elements (lite.tsx):
 * the station's first page shows it too. `maxIssues` keeps a long
 * list short (a file with hundreds of bad lines): the first ones and how many more.
 */
export function ErrorAlert({
  error,
  action,
  maxIssues = Number.POSITIVE_INFINITY,
  testId,
}: {
  error: unknown;
  action?: ReactNode;
  maxIssues?: number;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const issues = error instanceof ApiError ? error.issues : [];
  const more = issues.length - maxIssues;
  return (
    <Notice
      type="error"
      role="alert"
      testId={testId}
      action={action}
      title={errorMessage(error, t, i18n.language)}
      description={
        issues.length > 1
          ? [
              ...issues
                .slice(0, maxIssues)
                .map((i) => <div key={`${i.path.join('.')}:${i.message}`}>{i.message}</div>),
              more > 0 && <div key="more">{t('errors.moreIssues', { count: more })}</div>,
            ]
          : issues.length === 1 && issues[0].message !== (error as Error).message
            ? issues[0].message
            : undefined
      }
    />
  );
}

/** Field errors for an antd Form, from an ApiError's issues (those whose path names a field). */
export function fieldErrors(error: unknown): { name: (string | number)[]; errors: string[] }[] {
  if (!(error instanceof ApiError)) return [];
  return error.issues.filter((i) => i.path.length).map((i) => ({ name: i.path, errors: [i.message] }));
}

/**
 * What a form's alert should show: nothing for a validation error whose every issue names a field
 * (the form shows each at its field, set by fieldErrors), so that no message appears twice.
 */
export function formLevelError(error: unknown): unknown {
  if (error instanceof ApiError && error.code === 'VALIDATION' && error.issues.length > 0)
    return error.issues.every((i) => i.path.length > 0) ? null : error;
  return error;
}
