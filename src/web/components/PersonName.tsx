import { useMe } from '../app/auth.tsx';

/**
 * A person as people know them: the display name. Administrators (who manage accounts by their
 * username) also find the username on hover.
 */
export function PersonName({ name, username }: { name: string | null | undefined; username: string | null }) {
  const title = usePersonTitle()(username);
  return <span title={title}>{name ?? username ?? ''}</span>;
}

/** The hover text for a person's name: their username, for administrators only. */
export function usePersonTitle(): (username: string | null | undefined) => string | undefined {
  const me = useMe();
  return (username) => (me.role === 'admin' && username ? username : undefined);
}
