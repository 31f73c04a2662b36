import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';

/**
 * Saving a versioned record: the save names the version it was based on; when someone else saved
 * meanwhile the server refuses (409) and what was typed stays in the form, the latest version can
 * be loaded, and the next save overwrites it. `alert` shows the server's message and that choice.
 */
export function useVersionedSave<T extends { version: number }>(
  initial: T | null,
  latest: (current: T) => Promise<T>,
) {
  const { t } = useTranslation();
  const [base, setBase] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const [reloaded, setReloaded] = useState(false);
  const [busy, setBusy] = useState(false);
  const conflict = error instanceof ApiError && error.code === 'CONFLICT' && !!base;

  async function run<R>(save: (base: T | null) => Promise<R>): Promise<R | undefined> {
    setBusy(true);
    setError(null);
    try {
      return await save(base);
    } catch (err) {
      setError(err);
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  async function reload() {
    try {
      const fresh = await latest(base!);
      setBase(fresh);
      setError(null);
      setReloaded(true);
    } catch (err) {
      setError(err);
    }
  }

  const alert = (
    <>
      <ErrorAlert
        error={error}
        action={
          conflict ? (
            <Button size="small" onClick={() => void reload()} data-testid="conflict-reload">
              {t('facilities.reload')}
            </Button>
          ) : undefined
        }
      />
      {reloaded && !error && base && (
        <Alert
          type="info"
          showIcon
          title={t('facilities.reloaded', { version: base.version })}
          style={{ marginBottom: 16 }}
        />
      )}
    </>
  );
  return { base, setBase, busy, error, setError, run, alert };
}
