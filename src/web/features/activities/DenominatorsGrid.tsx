import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Space, Table, Typography } from 'antd';
import { type ClipboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { denominatorProblem } from '../../../shared/contracts/activity-records.ts';
import {
  type DenominatorGridRow,
  DENOMINATOR_FIELDS as FIELDS,
  type DenominatorField as Field,
} from '../../../shared/contracts/denominators-grid.ts';
import { parseCount } from '../../../shared/parse-number.ts';
import { ApiError, put } from '../../app/api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useDenominatorGrid } from './api.ts';
import { isBlock, parsePastedBlock, placeBlock } from './paste-block.ts';

const MAX = 10_000_000;
type Edits = Record<number, Partial<Record<Field, string>>>;
type Parsed = { values: Record<Field, number | null>; errors: Partial<Record<Field, string>> };

/** A row's figures as typed (edits over what was read), each cell's error beside its value. */
function parseRow(r: DenominatorGridRow, edit: Partial<Record<Field, string>> = {}): Parsed {
  const values = {} as Record<Field, number | null>;
  const errors: Partial<Record<Field, string>> = {};
  for (const f of FIELDS) {
    const text = edit[f];
    if (text === undefined) values[f] = r[f];
    else if (text.trim() === '') values[f] = null;
    else {
      const p = parseCount(text, MAX);
      values[f] = p.value ?? null;
      if (p.error) errors[f] = p.error;
    }
  }
  const problem = denominatorProblem(values);
  if (problem && !errors[problem.field]) errors[problem.field] = problem.message;
  return { values, errors };
}

const changed = (r: DenominatorGridRow, p: Parsed) => FIELDS.some((f) => p.values[f] !== r[f]);
const cellKey = (unitId: number, f: string) => `${unitId}.${f}`;

/**
 * Every commune of the caller's scope for a year, one row each, the figures as editable cells: a
 * block copied from Excel pasted into a cell fills rightwards and downwards from it, each cell is
 * checked as typed, and "Save" sends the changed rows together with the versions they were read
 * at — the server saves all of them or none.
 */
export function DenominatorsGrid({ year, canEdit }: { year: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const grid = useDenominatorGrid(year);
  const data = grid.data ?? [];
  const [edits, setEdits] = useState<Edits>({});
  const [serverIssues, setServerIssues] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const parsed = new Map(data.map((r) => [r.adminUnitId, parseRow(r, edits[r.adminUnitId])]));
  const dirty = data.filter((r) => changed(r, parsed.get(r.adminUnitId)!));
  const invalid = dirty.some((r) => Object.keys(parsed.get(r.adminUnitId)!.errors).length > 0);

  function setCells(cells: { unitId: number; field: Field; text: string }[]) {
    setEdits((prev) => {
      const next = { ...prev };
      for (const c of cells) next[c.unitId] = { ...next[c.unitId], [c.field]: c.text };
      return next;
    });
    setServerIssues((prev) => {
      const next = { ...prev };
      for (const c of cells) delete next[cellKey(c.unitId, c.field)];
      return next;
    });
  }

  function onPaste(e: ClipboardEvent<HTMLInputElement>, row: number, col: number) {
    const text = e.clipboardData.getData('text/plain');
    if (!isBlock(text)) return;
    e.preventDefault();
    const { cells, dropped } = placeBlock(
      parsePastedBlock(text),
      { row, col },
      { rows: data.length, cols: FIELDS.length },
    );
    setCells(cells.map((c) => ({ unitId: data[c.row].adminUnitId, field: FIELDS[c.col], text: c.text })));
    if (dropped) message.warning(t('activities.denominators.grid.dropped', { count: dropped }));
  }

  async function save() {
    setError(null);
    setSaving(true);
    const rows = dirty.map((r) => ({
      adminUnitId: r.adminUnitId,
      version: r.version,
      ...parsed.get(r.adminUnitId)!.values,
    }));
    try {
      const res = await put<{ saved: number }>('/api/population-denominators/bulk', { year, rows });
      message.success(t('activities.denominators.grid.saved', { count: res.saved }));
      setEdits({});
      setServerIssues({});
      await client.invalidateQueries({ queryKey: ['activities'] });
    } catch (err) {
      setError(err);
      // The server names each cell by its place in the rows sent: shown back on that cell.
      if (err instanceof ApiError)
        setServerIssues(
          Object.fromEntries(
            err.issues
              .filter((i) => i.path[0] === 'rows' && typeof i.path[1] === 'number')
              .map((i) => [
                cellKey(rows[i.path[1] as number]?.adminUnitId ?? 0, String(i.path[2])),
                i.message,
              ]),
          ),
        );
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      {canEdit && (
        <Space wrap style={{ marginBottom: 8 }}>
          <Button
            type="primary"
            onClick={() => void save()}
            loading={saving}
            disabled={!dirty.length || invalid}
            data-testid="denominators-save"
          >
            {t('activities.denominators.grid.save', { count: dirty.length })}
          </Button>
          <Button
            onClick={() => {
              setEdits({});
              setServerIssues({});
              setError(null);
            }}
            disabled={!dirty.length}
          >
            {t('activities.denominators.grid.discard')}
          </Button>
          <Button onClick={() => void grid.refetch()} data-testid="denominators-reload">
            {t('activities.denominators.grid.reload')}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('activities.denominators.grid.pasteHint')}
          </Typography.Text>
        </Space>
      )}
      <ErrorAlert error={error ?? grid.error} maxIssues={10} testId="denominators-error" />
      <Table<DenominatorGridRow>
        data-testid="denominators-table"
        rowKey="adminUnitId"
        size="small"
        loading={grid.isFetching && !grid.data}
        dataSource={data}
        pagination={false}
        scroll={{ x: 860 }}
        locale={{ emptyText: t('activities.denominators.noCommunes') }}
        columns={[
          { title: t('activities.denominators.code'), dataIndex: 'unitCode', width: 70 },
          { title: t('activities.denominators.commune'), dataIndex: 'unitName', width: 190 },
          ...FIELDS.map((f, col) => ({
            title: t(`activities.denominators.${f}`),
            key: f,
            align: 'right' as const,
            render: (_: unknown, r: DenominatorGridRow, row: number) => {
              if (!canEdit) return r[f] == null ? '—' : formatNumber(r[f]);
              const problem = serverIssues[cellKey(r.adminUnitId, f)] ?? parsed.get(r.adminUnitId)!.errors[f];
              const text = edits[r.adminUnitId]?.[f] ?? (r[f] == null ? '' : formatNumber(r[f]));
              return (
                <>
                  <Input
                    size="small"
                    value={text}
                    status={problem ? 'error' : undefined}
                    inputMode="numeric"
                    style={{ textAlign: 'right', maxWidth: 150 }}
                    aria-label={`${r.unitName} — ${t(`activities.denominators.${f}`)}`}
                    aria-invalid={!!problem}
                    onChange={(e) => setCells([{ unitId: r.adminUnitId, field: f, text: e.target.value }])}
                    onPaste={(e) => onPaste(e, row, col)}
                    data-testid={`denominator-${r.unitCode}-${f}`}
                  />
                  {problem && (
                    <Typography.Text
                      type="danger"
                      style={{ display: 'block', fontSize: 12, maxWidth: 150, marginLeft: 'auto' }}
                      data-testid={`denominator-${r.unitCode}-${f}-error`}
                    >
                      {problem}
                    </Typography.Text>
                  )}
                </>
              );
            },
          })),
        ]}
      />
    </>
  );
}
