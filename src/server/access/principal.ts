import type { Role } from '../../shared/roles.ts';

/** The signed-in user as every service sees it: who, with which role, over which subtree. */
export interface Principal {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  organisationId: string | null;
  organisationName: string | null;
  /** Admin unit of the user's organisation; null only for system admins (no limit). */
  unitId: number | null;
  /** Materialised path of that unit: the user's scope is this subtree. */
  unitPath: string | null;
  provinceCode: string | null;
  sessionId: string;
  csrfToken: string;
  ip?: string;
  /** Signed in with a one-time password: every route but the password change is refused. */
  mustChangePassword?: boolean;
  /** The system itself (CLI, seeds): stands above every admin (server/access/standing.ts). */
  system?: boolean;
}

export function actorOf(p: Principal) {
  return { id: p.userId, username: p.username, ip: p.ip };
}

/**
 * The system acting on its own behalf (CLI commands, demo seeding): admin rights, no session.
 * Its writes appear in the audit log under `username`.
 */
export function systemPrincipal(username = 'hệ thống'): Principal {
  return {
    userId: '00000000-0000-0000-0000-000000000000',
    username,
    displayName: username,
    role: 'admin',
    organisationId: null,
    organisationName: null,
    unitId: null,
    unitPath: null,
    provinceCode: null,
    sessionId: '',
    csrfToken: '',
    system: true,
  };
}
