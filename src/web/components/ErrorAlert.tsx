import { Alert } from 'antd';
import { ApiError } from '../app/api.ts';

/** The server's Vietnamese message (and the fields it names), never a stack trace. */
export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <Alert
      type="error"
      showIcon
      message={message}
      description={
        issues.length > 1 ? issues.map((i) => <div key={i.path.join('.')}>{i.message}</div>) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}

/** Field errors for an antd Form, from an ApiError's issues. */
export function fieldErrors(error: unknown): { name: (string | number)[]; errors: string[] }[] {
  if (!(error instanceof ApiError)) return [];
  return error.issues.filter((i) => i.path.length).map((i) => ({ name: i.path, errors: [i.message] }));
}
