import { Card } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** One of the dashboard's cards: its title, the link to the page that holds the details, its figures. */
export function DashboardCard({
  title,
  link,
  testId,
  children,
}: {
  title: ReactNode;
  link?: { to: string; text: string };
  testId: string;
  children: ReactNode;
}) {
  return (
    <Card
      size="small"
      title={title}
      extra={link && <Link to={link.to}>{link.text}</Link>}
      style={{ height: '100%' }}
      data-testid={testId}
    >
      {children}
    </Card>
  );
}
