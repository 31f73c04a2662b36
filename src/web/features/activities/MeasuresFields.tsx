import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type ActivityKind, MEDIA_CHANNELS } from '../../../shared/contracts/activity-kinds.ts';
import {
  Field,
  FieldRow,
  LiteButton,
  NativeSelect,
  NumberInput,
  RemoveButton,
  SECONDARY,
  TextInput,
} from '../../components/lite.tsx';
import { ClubPicker } from './ClubPicker.tsx';
import type { FormBinding, Path } from './record-form-state.ts';

/** Kinds whose figures are one count: the field and its label. */
const SINGLE_COUNTS = {
  conference: ['sessions', 'sessions'],
  commitment_conference: ['signers', 'signers'],
  supervision: ['unitsVisited', 'unitsVisited'],
  integration: ['meetings', 'integrationMeetings'],
  survey: ['respondents', 'respondents'],
} as const;
const M = (...path: (string | number)[]): Path => ['measures', ...path];
const listRow = (columns: string) =>
  ({ display: 'grid', gridTemplateColumns: columns, columnGap: 8, alignItems: 'end' }) as const;

/** The figures a record of this kind of activity has: broadcasts have channels and minutes, a training its days and trainees… */
export function MeasuresFields({
  kind,
  f,
  listError,
}: {
  kind: ActivityKind;
  f: FormBinding;
  /** The server's message about a whole list (['measures','distributed']), shown under it. */
  listError?(list: string): string | undefined;
}) {
  const { t } = useTranslation();
  const m = (k: string) => t(`activities.m.${k}`);
  const count = (name: string, label: string, testId = `m-${name}`) => (
    <Field label={label} error={f.error(M(name))}>
      <NumberInput data-testid={testId} {...f.bind(M(name))} />
    </Field>
  );
  const text = (name: string, label: string, required = true): ReactNode => (
    <Field label={label} required={required} error={f.error(M(name))}>
      <TextInput data-testid={`m-${name}`} {...f.bind(M(name))} />
    </Field>
  );
  const listNote = (list: string) =>
    listError?.(list) && (
      <p role="alert" style={{ color: '#ff4d4f', margin: '0 0 8px' }}>
        {listError(list)}
      </p>
    );
  const single = SINGLE_COUNTS[kind as keyof typeof SINGLE_COUNTS];
  if (single) return <FieldRow>{count(single[0], m(single[1]))}</FieldRow>;
  switch (kind) {
    case 'media': {
      const items = f.value<{ channel: string; count: number; minutes: number | null }[]>(M('items')) ?? [];
      return (
        <>
          {items.map((_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the rows have no identity but their place
            <div key={i} style={listRow('minmax(0, 1fr) 4.5em 4.5em 32px')} data-testid={`m-item-${i}`}>
              <Field label={m('channel')} error={f.error(M('items', i, 'channel'))}>
                <NativeSelect
                  testId={`m-item-${i}-channel`}
                  {...f.bind<string>(M('items', i, 'channel'))}
                  options={MEDIA_CHANNELS.map((c) => ({ value: c, label: t(`activities.channels.${c}`) }))}
                />
              </Field>
              <Field label={m('count')} error={f.error(M('items', i, 'count'))}>
                <NumberInput min={1} data-testid={`m-item-${i}-count`} {...f.bind(M('items', i, 'count'))} />
              </Field>
              <Field label={m('minutes')} error={f.error(M('items', i, 'minutes'))}>
                <NumberInput data-testid={`m-item-${i}-minutes`} {...f.bind(M('items', i, 'minutes'))} />
              </Field>
              <RemoveButton
                label={t('activities.form.remove')}
                disabled={items.length === 1}
                onClick={() => f.removeRow(M('items'), i)}
              />
            </div>
          ))}
          {listNote('items')}
          <LiteButton
            onClick={() => f.addRow(M('items'), { channel: 'loudspeaker', count: 1, minutes: null })}
            style={{ marginBottom: 12 }}
          >
            + {m('addChannel')}
          </LiteButton>
        </>
      );
    }
    case 'school_session':
      return (
        <FieldRow>
          {text('school', m('school'))}
          {count('classes', m('classes'))}
          {count('teams', m('teams'))}
          {count('sessions', m('sessions'))}
        </FieldRow>
      );
    case 'iec_material': {
      const rows = f.value<{ recipient: string; quantity: number }[]>(M('distributed')) ?? [];
      return (
        <>
          <FieldRow>
            {text('materialKind', m('materialKind'))}
            {text('title', m('materialTitle'))}
            {count('produced', m('produced'))}
          </FieldRow>
          <strong>{m('distributed')}</strong>
          {rows.map((_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the rows have no identity but their place
            <div key={i} style={listRow('minmax(0, 1fr) 6em 32px')}>
              <Field label={m('recipient')} required error={f.error(M('distributed', i, 'recipient'))}>
                <TextInput {...f.bind(M('distributed', i, 'recipient'))} />
              </Field>
              <Field label={m('quantity')} error={f.error(M('distributed', i, 'quantity'))}>
                <NumberInput {...f.bind(M('distributed', i, 'quantity'))} />
              </Field>
              <RemoveButton
                label={t('activities.form.remove')}
                onClick={() => f.removeRow(M('distributed'), i)}
              />
            </div>
          ))}
          {listNote('distributed')}
          <LiteButton
            onClick={() => f.addRow(M('distributed'), { recipient: '', quantity: 0 })}
            style={{ margin: '8px 0 12px' }}
          >
            + {m('addRecipient')}
          </LiteButton>
        </>
      );
    }
    case 'club':
      return (
        <>
          <ClubPicker f={f} />
          <FieldRow>
            {text('clubName', m('clubName'))}
            {text('school', m('school'), false)}
            {count('members', m('members'))}
            {count('meetings', m('meetings'))}
          </FieldRow>
        </>
      );
    case 'training':
      return (
        <FieldRow>
          {count('days', m('days'))}
          {count('trainees', m('trainees'))}
        </FieldRow>
      );
    case 'counselling':
      return (
        <FieldRow>
          {count('households', m('households'))}
          {count('couples', m('couples'))}
          {count('visits', m('visits'))}
        </FieldRow>
      );
    case 'special_day':
      return (
        <FieldRow>
          <Field label={m('day')} error={f.error(M('day'))}>
            <NativeSelect
              testId="m-day"
              {...f.bind<string>(M('day'))}
              options={(['11/10', '1/10', 'other'] as const).map((d) => ({
                value: d,
                label: t(`activities.specialDays.${d}`),
              }))}
            />
          </Field>
          {count('events', m('events'))}
        </FieldRow>
      );
    default:
      return <p style={{ color: SECONDARY }}>{m('other')}</p>;
  }
}
