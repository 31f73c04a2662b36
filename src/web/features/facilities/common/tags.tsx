import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  CommitmentState,
  FacilityService,
  FacilityStatus,
} from '../../../../shared/contracts/facilities.ts';

const COMMITMENT_COLORS: Record<CommitmentState, string> = {
  valid: 'green',
  lapsed: 'orange',
  missing: 'red',
  not_required: 'default',
};

/** Where an entry stands with its commitment on the day (the server works it out). */
export function CommitmentTag({ state }: { state: CommitmentState }) {
  const { t } = useTranslation();
  return (
    <Tag color={COMMITMENT_COLORS[state]} data-testid="commitment-tag" style={{ whiteSpace: 'normal' }}>
      {t(`facilities.commitment.${state}`)}
    </Tag>
  );
}

/** Invented entries of the demonstration registry say so wherever they show. */
export function DemoTag({ demo }: { demo: boolean }) {
  const { t } = useTranslation();
  return demo ? <Tag color="purple">{t('facilities.demo')}</Tag> : null;
}

/** Only a facility that is not operating gets a tag: a list of "operating" tags says nothing. */
export function StatusTag({ status, always }: { status: FacilityStatus; always?: boolean }) {
  const { t } = useTranslation();
  if (status === 'active' && !always) return null;
  return (
    <Tag color={status === 'active' ? 'green' : status === 'suspended' ? 'orange' : 'default'}>
      {t(`facilities.statuses.${status}`)}
    </Tag>
  );
}

export function ServiceTags({ services }: { services: readonly FacilityService[] }) {
  const { t } = useTranslation();
  if (!services.length) return <>{t('facilities.none')}</>;
  return (
    <Space size={[0, 4]} wrap>
      {services.map((s) => (
        <Tag key={s}>{t(`facilities.services.${s}`)}</Tag>
      ))}
    </Space>
  );
}

/** A legal entry not read in a source excerpt (LEGAL-NOTES.md): to be checked before use. */
export function UnverifiedTag({ verified }: { verified: boolean }) {
  const { t } = useTranslation();
  return verified ? null : (
    <Tag color="gold" data-testid="unverified-tag">
      {t('facilities.unverified')}
    </Tag>
  );
}
