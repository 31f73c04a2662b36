import { Drawer, Grid } from 'antd';
import type { ReactNode } from 'react';

/** The budget feature's drawers: the whole screen on a phone, 560 px beside the page otherwise. */
export function SideDrawer({
  title,
  testId,
  onClose,
  footer,
  children,
}: {
  title: string;
  testId: string;
  onClose(): void;
  footer?: ReactNode;
  children: ReactNode;
}) {
  const phone = !Grid.useBreakpoint().md;
  return (
    <Drawer
      open
      title={title}
      onClose={onClose}
      size={phone ? '100%' : 560}
      destroyOnHidden
      data-testid={testId}
      footer={footer}
    >
      {children}
    </Drawer>
  );
}
