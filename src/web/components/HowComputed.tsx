import { useQuery } from '@tanstack/react-query';
import { Button, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FigureDefinitionDto } from '../../shared/contracts/figures.ts';
import { formatDecimal } from '../../shared/format/decimal-vi.ts';
import { get } from '../app/api.ts';

// "Cách tính": how a figure on screen was computed and from what. The formula is the figures
// catalogue's (GET /api/figures/definitions), so a page can never describe a figure differently
// from the code that computes it.

export interface FigureInput {
  label: string;
  value: number | string;
}

const shown = (v: number | string, lang: 'vi' | 'en') =>
  typeof v === 'number' ? formatDecimal(v, lang, 2) : v;

/** The formula and its inputs as secondary lines (the targets card shows them so). */
export function HowComputed({ formula, inputs = [] }: { formula: string; inputs?: FigureInput[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <>
      <Typography.Text type="secondary" style={{ fontSize: 13, display: 'block' }}>
        {t('figures.formula')}: {formula}
      </Typography.Text>
      {inputs.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 13, display: 'block' }}>
          {t('figures.inputs')}: {inputs.map((i) => `${i.label} = ${shown(i.value, lang)}`).join('; ')}
        </Typography.Text>
      )}
    </>
  );
}

export const useFigureDefinitions = () =>
  useQuery({
    queryKey: ['figures', 'definitions'],
    queryFn: () =>
      get<{ items: FigureDefinitionDto[] }>('/api/figures/definitions').then(
        (r) => new Map(r.items.map((f) => [f.id, f])),
      ),
    staleTime: 60 * 60_000,
  });

/** A small "Cách tính" link opening the catalogue's formula of `figure` with the inputs used. */
export function HowComputedLink({ figure, inputs }: { figure: string; inputs?: FigureInput[] }) {
  const { t, i18n } = useTranslation();
  const defs = useFigureDefinitions();
  const def = defs.data?.get(figure);
  if (!def) return null;
  const en = i18n.language.startsWith('en');
  return (
    <Popover
      trigger="click"
      title={en ? def.nameEn : def.nameVi}
      content={
        <div style={{ maxWidth: 360 }} data-testid={`how-${figure}`}>
          <HowComputed formula={en ? def.formulaEn : def.formulaVi} inputs={inputs} />
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 4 }}>
            {t('figures.counts')}: {en ? def.countsEn : def.countsVi}
          </Typography.Text>
        </div>
      }
    >
      <Button type="link" size="small" style={{ padding: 0, height: 'auto', fontSize: 12 }}>
        {t('figures.formula')}
      </Button>
    </Popover>
  );
}
