import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTIVITY_KINDS,
  type ActivityKind,
  PARTICIPANT_GROUPS,
} from '../../../shared/contracts/activity-kinds.ts';
import type { PlanDto } from '../../../shared/contracts/plans.ts';
import { ApiError } from '../../app/api.ts';
import {
  Field,
  FieldRow,
  inputStyle,
  LiteButton,
  NativeSelect,
  NumberInput,
  RemoveButton,
  SECONDARY,
  Section,
  TextInput,
} from '../../components/lite.tsx';
import { DateField } from '../facilities/common/DateField.tsx';
import { useUnitDetail, useVillages } from '../org-units/useUnits.ts';
import { MeasuresFields } from './MeasuresFields.tsx';
import { type FormBinding, useRecordFormState } from './record-form-state.ts';
import { blankMeasures, isActivityKind, type RecordValues } from './record-values.ts';

// A province officer picks the commune (antd's searchable picker, loaded only then); a commune's
// own staff never need it, so it stays off the station's first page.
const UnitPicker = lazy(() =>
  import('../../components/UnitPicker.tsx').then((m) => ({ default: m.UnitPicker })),
);

/**
 * One activity record, its fields following the kind of activity (channels and minutes for media,
 * days and trainees for a training…) and then what every record has: when, where, who came, what
 * came out of it, what it cost. Made for a phone: one or two fields a row, nothing wider than the
 * screen; plain elements, no antd, so that a station on a slow phone gets it in a moment (issue 16).
 */
export function RecordForm({
  plan,
  activityKind,
  initial,
  error,
  communeLocked,
  busy,
  top,
  onChange,
  onSubmit,
  actions,
  readOnly,
}: {
  readOnly?: boolean;
  plan: PlanDto;
  /** The plan activity's kind; when it names none, the user picks one. */
  activityKind: string | null | undefined;
  initial: RecordValues;
  error: unknown;
  /** A commune's own staff record for their commune: it is chosen for them. */
  communeLocked: boolean;
  busy: boolean;
  top?: ReactNode;
  onChange?(values: RecordValues): void;
  onSubmit(values: RecordValues): void;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const {
    values,
    binding: f,
    check,
  } = useRecordFormState(initial, error, t('activities.form.required'), onChange);
  const fixedKind = isActivityKind(activityKind) ? activityKind : null;
  const kind = values.measures.kind as ActivityKind;
  const communeId = values.communeUnitId ?? null;
  const villages = useVillages(communeId);
  const sources = plan.content.funding?.sources ?? [];
  const listError = (list: string) =>
    error instanceof ApiError
      ? error.issues.find((i) => i.path.length === 2 && i.path[0] === 'measures' && i.path[1] === list)
          ?.message
      : undefined;

  // A refusal from the server: the first field it names comes into view.
  useEffect(() => {
    if (error)
      document.querySelector('[data-testid="record-form"] [data-error]')?.scrollIntoView({ block: 'center' });
  }, [error]);

  return (
    <form
      data-testid="record-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (check()) onSubmit(values);
        else
          requestAnimationFrame(() =>
            document
              .querySelector('[data-testid="record-form"] [data-error]')
              ?.scrollIntoView({ block: 'center' }),
          );
      }}
    >
      <fieldset disabled={busy || readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        {top}
        <Section title={t('activities.form.measures')}>
          {fixedKind ? (
            <p style={{ marginTop: 0, color: SECONDARY }} data-testid="record-kind">
              {t(`activities.kinds.${fixedKind}`)}
            </p>
          ) : (
            <Field label={t('activities.form.kind')}>
              <NativeSelect
                testId="record-kind-select"
                value={kind}
                options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activities.kinds.${k}`) }))}
                onValue={(k) => f.set(['measures'], blankMeasures((k ?? 'other') as ActivityKind))}
              />
            </Field>
          )}
          <MeasuresFields kind={kind} f={f} listError={listError} />
        </Section>

        <Section title={t('activities.form.dates')}>
          <FieldRow>
            <Field label={t('activities.form.startDate')} required error={f.error(['startDate'])}>
              <DateField
                testId="record-start"
                value={values.startDate}
                onChange={(v) => f.set(['startDate'], v)}
              />
            </Field>
            <Field label={t('activities.form.endDate')} required error={f.error(['endDate'])}>
              <DateField testId="record-end" value={values.endDate} onChange={(v) => f.set(['endDate'], v)} />
            </Field>
          </FieldRow>
          <Field label={t('activities.form.commune')} error={f.error(['communeUnitId'])}>
            {communeLocked ? (
              <CommuneName value={communeId} />
            ) : (
              <Suspense fallback={<input style={inputStyle} disabled />}>
                <UnitPicker
                  level="commune"
                  value={communeId}
                  onChange={(id) => {
                    f.set(['communeUnitId'], id);
                  }}
                />
              </Suspense>
            )}
          </Field>
          <Field group label={t('activities.form.villages')} error={f.error(['villageUnitIds'])}>
            <Villages
              f={f}
              disabled={!communeId}
              loading={villages.isLoading && !!communeId}
              options={(villages.data ?? [])
                .filter((v) => !v.validTo)
                .map((v) => ({ id: v.id, name: v.name }))}
            />
          </Field>
        </Section>

        <Section title={t('activities.form.participants')}>
          <FieldRow min={90}>
            {(['total', 'men', 'women'] as const).map((k) => (
              <Field key={k} label={t(`activities.form.${k}`)} error={f.error(['participants', k])}>
                <NumberInput data-testid={`record-${k}`} {...f.bind(['participants', k])} />
              </Field>
            ))}
          </FieldRow>
          <p style={{ margin: '0 0 8px', color: SECONDARY }}>{t('activities.form.byGroup')}</p>
          <FieldRow min={160}>
            {PARTICIPANT_GROUPS.map((g) => (
              <Field
                key={g}
                label={t(`activities.groups.${g}`)}
                error={f.error(['participants', 'groups', g])}
                style={{ marginBottom: 8 }}
              >
                <NumberInput data-testid={`record-group-${g}`} {...f.bind(['participants', 'groups', g])} />
              </Field>
            ))}
          </FieldRow>
        </Section>

        <Section title={t('activities.form.outputs')}>
          {(values.outputs ?? []).map((_, i) => (
            <div
              // biome-ignore lint/suspicious/noArrayIndexKey: the rows have no identity but their place
              key={i}
              style={{
                display: 'grid',
                gridTemplateColumns: '1fr 5.5em 5.5em 32px',
                columnGap: 8,
                alignItems: 'end',
              }}
            >
              <Field
                label={t('activities.form.outputDescription')}
                required
                error={f.error(['outputs', i, 'description'])}
              >
                <TextInput
                  data-testid={`record-output-${i}-description`}
                  {...f.bind(['outputs', i, 'description'])}
                />
              </Field>
              <Field label={t('activities.form.outputQuantity')} error={f.error(['outputs', i, 'quantity'])}>
                <NumberInput
                  data-testid={`record-output-${i}-quantity`}
                  {...f.bind(['outputs', i, 'quantity'])}
                />
              </Field>
              <Field label={t('activities.form.outputUnit')} error={f.error(['outputs', i, 'unit'])}>
                <TextInput {...f.bind(['outputs', i, 'unit'])} />
              </Field>
              <RemoveButton label={t('activities.form.remove')} onClick={() => f.removeRow(['outputs'], i)} />
            </div>
          ))}
          <LiteButton
            onClick={() => f.addRow(['outputs'], { description: '', quantity: null, unit: null })}
            data-testid="record-output-add"
          >
            + {t('activities.form.addOutput')}
          </LiteButton>
        </Section>

        <Section title={t('activities.form.cost')}>
          <FieldRow min={200}>
            <Field label={t('activities.form.cost')} error={f.error(['cost'])}>
              <span style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
                <NumberInput
                  money
                  data-testid="record-cost"
                  value={values.cost}
                  onValue={(v) => f.set(['cost'], v)}
                />
                <span style={{ color: SECONDARY }}>{t('activities.form.dong')}</span>
              </span>
            </Field>
            <Field label={t('activities.form.funding')} error={f.error(['fundingSourceKey'])}>
              <NativeSelect
                testId="record-funding"
                disabled={!sources.length}
                placeholder={sources.length ? '' : t('activities.form.noFunding')}
                value={values.fundingSourceKey}
                options={sources.map((s) => ({ value: s.key, label: s.name }))}
                onValue={(v) => f.set(['fundingSourceKey'], v)}
              />
            </Field>
          </FieldRow>
          <Field label={t('activities.form.notes')} error={f.error(['notes'])} style={{ marginBottom: 0 }}>
            <textarea
              data-testid="record-notes"
              rows={3}
              value={values.notes ?? ''}
              onChange={(e) => f.set(['notes'], e.target.value)}
              style={{ ...inputStyle, resize: 'vertical' }}
            />
          </Field>
        </Section>
      </fieldset>
      <div style={{ display: readOnly ? 'none' : 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 16 }}>
        <LiteButton kind="primary" large type="submit" disabled={busy} data-testid="record-save">
          {busy ? t('activities.form.saving') : t('activities.form.save')}
        </LiteButton>
        {actions}
      </div>
    </form>
  );
}

/** The villages of the commune, ticked on a list (a phone's thumb finds a box easier than a tag picker). */
function Villages({
  f,
  options,
  disabled,
  loading,
}: {
  f: FormBinding;
  options: { id: number; name: string }[];
  disabled: boolean;
  loading: boolean;
}) {
  const { t } = useTranslation();
  const chosen = new Set(f.value<number[] | undefined>(['villageUnitIds']) ?? []);
  return (
    <div
      data-testid="record-villages"
      style={{
        ...inputStyle,
        maxHeight: 200,
        overflowY: 'auto',
        display: 'flex',
        flexWrap: 'wrap',
        gap: '4px 12px',
        background: disabled ? '#f5f5f5' : '#fff',
      }}
    >
      {loading && <span style={{ color: SECONDARY }}>{t('common.loading')}</span>}
      {!loading && !options.length && <span style={{ color: SECONDARY }}>{t('common.empty')}</span>}
      {options.map((v) => (
        <label key={v.id} style={{ display: 'inline-flex', gap: 4, alignItems: 'center', minHeight: 28 }}>
          <input
            type="checkbox"
            disabled={disabled}
            checked={chosen.has(v.id)}
            onChange={(e) => {
              const next = new Set(chosen);
              if (e.target.checked) next.add(v.id);
              else next.delete(v.id);
              f.set(['villageUnitIds'], [...next]);
            }}
          />
          {v.name}
        </label>
      ))}
    </div>
  );
}

/** The commune chosen for a commune's own staff, shown as text. */
function CommuneName({ value }: { value?: number | null }) {
  const { t } = useTranslation();
  const unit = useUnitDetail(value ?? null).data?.name;
  return <span data-testid="record-commune">{unit ?? t('activities.none')}</span>;
}
