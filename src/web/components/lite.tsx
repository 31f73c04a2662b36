import type { ButtonHTMLAttributes, CSSProperties, InputHTMLAttributes, ReactNode } from 'react';

// Controls made of plain elements, drawn like antd's: the pages a commune station opens first on
// its phone ("Tháng này" and the record form) are built from these, so that neither antd's code
// (150 KB compressed, the largest part of a first visit over 3G) nor its rendering is on their way
// (issue 16). The rest of the app keeps antd; these sit inside its pages as well.

export const GREEN = '#0b6e4f';
const TEXT = 'rgba(0, 0, 0, 0.88)';
export const SECONDARY = 'rgba(0, 0, 0, 0.45)';
const BORDER = '#d9d9d9';
const ERROR = '#ff4d4f';

const buttonBase: CSSProperties = {
  font: 'inherit',
  fontSize: 15,
  lineHeight: 1.4,
  borderRadius: 6,
  border: `1px solid ${BORDER}`,
  background: '#fff',
  color: TEXT,
  padding: '4px 15px',
  cursor: 'pointer',
  minHeight: 34,
};
const buttonKinds = {
  primary: { background: GREEN, borderColor: GREEN, color: '#fff' },
  default: {},
  text: { background: 'transparent', borderColor: 'transparent' },
  danger: { background: 'transparent', borderColor: 'transparent', color: ERROR },
} satisfies Record<string, CSSProperties>;

/** A button: primary (green), default (outlined), text or danger (red text); `large` for a thumb. */
export function LiteButton({
  kind = 'default',
  large,
  small,
  style,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  kind?: keyof typeof buttonKinds;
  large?: boolean;
  small?: boolean;
}) {
  return (
    <button
      type="button"
      {...rest}
      style={{
        ...buttonBase,
        ...buttonKinds[kind],
        ...(large ? { minHeight: 40, padding: '6px 15px', fontSize: 16 } : {}),
        ...(small ? { minHeight: 24, padding: '0 7px', fontSize: 14 } : {}),
        ...(rest.disabled ? { opacity: 0.5, cursor: 'not-allowed' } : {}),
        ...style,
      }}
    />
  );
}

/** A bordered block with a title bar, as antd's small Card. */
export function Section({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <section style={{ border: '1px solid #f0f0f0', borderRadius: 8, background: '#fff', marginBottom: 12 }}>
      <h4 style={{ margin: 0, padding: '8px 12px', fontSize: 15, borderBottom: '1px solid #f0f0f0' }}>
        {title}
      </h4>
      <div style={{ padding: 12 }}>{children}</div>
    </section>
  );
}

/** A row of fields that wraps on a phone: each field at least `min` px wide. */
export function FieldRow({ children, min = 140 }: { children: ReactNode; min?: number }) {
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: `repeat(auto-fill, minmax(min(${min}px, 100%), 1fr))`,
        columnGap: 8,
        alignItems: 'end',
      }}
    >
      {children}
    </div>
  );
}

/** A field's label above its control and its error below, red when there is one. */
export function Field({
  label,
  error,
  required,
  children,
  style,
  group,
}: {
  label: ReactNode;
  error?: string;
  required?: boolean;
  children: ReactNode;
  style?: CSSProperties;
  /** Several controls (a list of boxes): a labelled group, since a label would tick the first box on a tap. */
  group?: boolean;
}) {
  const Tag = group ? 'div' : 'label';
  return (
    <Tag
      role={group ? 'group' : undefined}
      style={{ display: 'block', marginBottom: 12, minWidth: 0, ...style }}
      data-error={error ? '' : undefined}
    >
      <span style={{ display: 'block', paddingBottom: 6, color: TEXT }}>
        {required && <span style={{ color: ERROR, marginInlineEnd: 4 }}>*</span>}
        {label}
      </span>
      {children}
      {error && (
        <span role="alert" style={{ display: 'block', color: ERROR, fontSize: 14, marginTop: 2 }}>
          {error}
        </span>
      )}
    </Tag>
  );
}

export const inputStyle: CSSProperties = {
  font: 'inherit',
  fontSize: 15,
  width: '100%',
  boxSizing: 'border-box',
  minHeight: 34,
  padding: '4px 11px',
  border: `1px solid ${BORDER}`,
  borderRadius: 6,
  background: '#fff',
  color: TEXT,
};

/** A text box; '' is given back as ''. */
export function TextInput({
  value,
  onValue,
  style,
  ...rest
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'value'> & {
  value: string | null | undefined;
  onValue(v: string): void;
}) {
  return (
    <input
      {...rest}
      value={value ?? ''}
      onChange={(e) => onValue(e.target.value)}
      style={{ ...inputStyle, ...style }}
    />
  );
}

/** 23500000 → '23.500.000' as typed. */
const dotted = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/**
 * A number typed with the phone's number pad: blank is null. `money` shows the thousands with dots
 * as typed (23.500.000) and takes whole numbers; otherwise a decimal comma or point is accepted.
 */
export function NumberInput({
  value,
  onValue,
  money,
  min = 0,
  style,
  ...rest
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'min'> & {
  value: number | null | undefined;
  onValue(v: number | null): void;
  money?: boolean;
  min?: number;
}) {
  const shown =
    value === null || value === undefined ? '' : money ? dotted(value) : String(value).replace('.', ',');
  return (
    <input
      {...rest}
      type="text"
      inputMode={money ? 'numeric' : 'decimal'}
      value={shown}
      onChange={(e) => {
        const raw = e.target.value.trim();
        if (!raw) return onValue(null);
        const n = money ? Number(raw.replace(/\D/g, '')) : Number(raw.replace(/\s/g, '').replace(',', '.'));
        if (Number.isFinite(n)) onValue(Math.max(min, n));
      }}
      style={{ ...inputStyle, ...style }}
    />
  );
}

/** The phone's own list picker; `placeholder` is the blank choice (null). */
export function NativeSelect<V extends string | number>({
  value,
  options,
  onValue,
  placeholder,
  testId,
  disabled,
}: {
  value: V | null | undefined;
  options: { value: V; label: string }[];
  onValue(v: V | null): void;
  placeholder?: string;
  testId?: string;
  disabled?: boolean;
}) {
  const numeric = typeof options[0]?.value === 'number';
  return (
    <select
      data-testid={testId}
      disabled={disabled}
      value={value ?? ''}
      onChange={(e) =>
        onValue(e.target.value === '' ? null : ((numeric ? Number(e.target.value) : e.target.value) as V))
      }
      style={{ ...inputStyle, appearance: 'auto' }}
    >
      {(placeholder !== undefined || value === null || value === undefined) && (
        <option value="">{placeholder ?? ''}</option>
      )}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

const NOTICE = {
  info: { background: '#e6f4ff', border: '#91caff', icon: 'ℹ' },
  success: { background: '#f6ffed', border: '#b7eb8f', icon: '✓' },
  warning: { background: '#fffbe6', border: '#ffe58f', icon: '!' },
  error: { background: '#fff2f0', border: '#ffccc7', icon: '!' },
} as const;

/** A coloured box with a title, a description and an action at its side, as antd's Alert. */
export function Notice({
  type,
  title,
  description,
  action,
  onClose,
  closeLabel,
  testId,
  role,
}: {
  type: keyof typeof NOTICE;
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  onClose?(): void;
  closeLabel?: string;
  testId?: string;
  role?: string;
}) {
  const look = NOTICE[type];
  return (
    <div
      data-testid={testId}
      role={role}
      style={{
        display: 'flex',
        gap: 8,
        alignItems: 'flex-start',
        background: look.background,
        border: `1px solid ${look.border}`,
        borderRadius: 8,
        padding: '9px 12px',
        marginBottom: 12,
        color: TEXT,
      }}
    >
      <span aria-hidden style={{ fontWeight: 700, width: 16, textAlign: 'center' }}>
        {look.icon}
      </span>
      <div style={{ flex: '1 1 auto', minWidth: 0 }}>
        <div style={{ fontWeight: description ? 600 : 400 }}>{title}</div>
        {description && <div style={{ marginTop: 4 }}>{description}</div>}
      </div>
      {action}
      {onClose && (
        <button
          type="button"
          aria-label={closeLabel}
          onClick={onClose}
          style={{ border: 0, background: 'transparent', cursor: 'pointer', color: SECONDARY, fontSize: 16 }}
        >
          ✕
        </button>
      )}
    </div>
  );
}

const TAG = {
  default: { background: '#fafafa', border: BORDER, color: TEXT },
  warning: { background: '#fffbe6', border: '#ffe58f', color: '#d48806' },
  processing: { background: '#e6f4ff', border: '#91caff', color: '#0958d9' },
  success: { background: '#f6ffed', border: '#b7eb8f', color: '#389e0d' },
  error: { background: '#fff2f0', border: '#ffccc7', color: '#cf1322' },
} as const;

/** A small label, as antd's Tag. */
export function LiteTag({
  color = 'default',
  children,
  ...rest
}: { color?: keyof typeof TAG; children: ReactNode } & Record<`data-${string}`, string>) {
  const look = TAG[color];
  return (
    <span
      {...rest}
      style={{
        display: 'inline-block',
        fontSize: 12,
        lineHeight: '20px',
        padding: '0 7px',
        marginInlineEnd: 8,
        background: look.background,
        border: `1px solid ${look.border}`,
        color: look.color,
        borderRadius: 4,
        whiteSpace: 'normal',
      }}
    >
      {children}
    </span>
  );
}

/** A row's ✕, at the bottom of its row beside the fields. */
export function RemoveButton({
  label,
  onClick,
  disabled,
}: {
  label: string;
  onClick(): void;
  disabled?: boolean;
}) {
  return (
    <LiteButton
      kind="text"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
      style={{ marginBottom: 12, padding: '4px 8px', color: SECONDARY }}
    >
      ✕
    </LiteButton>
  );
}
