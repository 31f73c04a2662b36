import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ClubDto } from '../../../shared/contracts/activity-records.ts';
import { get } from '../../app/api.ts';
import { fromBundle } from '../../app/start-bundle.ts';
import { Field, NativeSelect } from '../../components/lite.tsx';
import type { FormBinding } from './record-form-state.ts';

/**
 * A registered club (GET /api/clubs) for a club meeting: picking it names the record's club and
 * fills its name, school and members, which can still be corrected for this meeting.
 */
export function ClubPicker({ f }: { f: FormBinding }) {
  const { t } = useTranslation();
  const clubs = useQuery({
    queryKey: ['activities', 'clubs'],
    queryFn: () =>
      fromBundle(
        'clubs',
        (b) => b.clubs,
        () => get<{ items: ClubDto[] }>('/api/clubs').then((r) => r.items),
      ).then((items) => items.filter((c) => c.active)),
    staleTime: 5 * 60_000,
  });
  return (
    <Field label={t('activities.m.registeredClub')} error={f.error(['measures', 'clubId'])}>
      <NativeSelect
        testId="m-clubId"
        placeholder=""
        value={f.value<string | undefined>(['measures', 'clubId'])}
        options={(clubs.data ?? []).map((c) => ({
          value: c.id,
          label: c.school ? `${c.name} — ${c.school}` : c.name,
        }))}
        onValue={(id) => {
          const club = clubs.data?.find((c) => c.id === id);
          const measures = f.value<Record<string, unknown>>(['measures']);
          f.set(
            ['measures'],
            club
              ? {
                  ...measures,
                  clubId: id,
                  clubName: club.name,
                  school: club.school ?? null,
                  members: club.members,
                }
              : { ...measures, clubId: id ?? null },
          );
        }}
      />
    </Field>
  );
}
