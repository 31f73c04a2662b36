import { useQuery } from '@tanstack/react-query';
import { Col, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClubDto } from '../../../shared/contracts/activity-records.ts';
import { get } from '../../app/api.ts';
import { fromBundle } from '../../app/start-bundle.ts';

/**
 * A registered club (GET /api/clubs) for a club meeting: picking it names the record's club and
 * fills its name, school and members, which can still be corrected for this meeting.
 */
export function ClubPicker() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
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
    <Col xs={24}>
      <Form.Item name={['measures', 'clubId']} label={t('activities.m.registeredClub')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={clubs.isLoading}
          data-testid="m-clubId"
          options={(clubs.data ?? []).map((c) => ({
            value: c.id,
            label: c.school ? `${c.name} — ${c.school}` : c.name,
          }))}
          onChange={(id: string | undefined) => {
            const club = clubs.data?.find((c) => c.id === id);
            if (club)
              for (const [k, v] of [
                ['clubName', club.name],
                ['school', club.school ?? null],
                ['members', club.members],
              ] as const)
                form.setFieldValue(['measures', k], v);
          }}
        />
      </Form.Item>
    </Col>
  );
}
