import { Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type {
  CommitmentState,
  FacilityService,
  FacilityStatus,
} from '../../../../shared/contracts/facilities.ts';
import { CommitmentTag, DemoTag, ServiceTags, StatusTag } from '../common/tags.tsx';

/** What the facilities and the people lists have in common. */
export interface RegistryEntry {
  id: string;
  isDemo: boolean;
  status: FacilityStatus;
  services: FacilityService[];
  commitment: CommitmentState;
  adminUnitName: string;
}

/** The name as a link to the entry's page, its demo and status tags, a grey line under it. */
export function nameColumn<T extends RegistryEntry>(
  title: string,
  name: (r: T) => string,
  href: (r: T) => string,
  sub: (r: T) => ReactNode,
): ColumnType<T> {
  return {
    title,
    key: 'name',
    render: (_, r) => (
      <div style={{ minWidth: 0 }}>
        <Link to={href(r)} data-testid={`registry-link-${r.id}`}>
          {name(r)}
        </Link>{' '}
        <DemoTag demo={r.isDemo} />
        <StatusTag status={r.status} />
        {sub(r) && (
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
            {sub(r)}
          </Typography.Text>
        )}
      </div>
    ),
  };
}

/** Commune, services and commitment state: the same columns in both lists. */
export function commonColumns<T extends RegistryEntry>(t: TFunction): ColumnType<T>[] {
  return [
    { title: t('facilities.f.commune'), dataIndex: 'adminUnitName', width: 150 },
    {
      title: t('facilities.f.services'),
      key: 'services',
      width: 160,
      render: (_, r) => <ServiceTags services={r.services} />,
    },
    {
      title: t('facilities.f.commitment'),
      key: 'commitment',
      width: 160,
      render: (_, r) => <CommitmentTag state={r.commitment} />,
    },
  ];
}
