import { SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Checkbox, Col, Empty, Grid, Input, Row, Tag, Tree, type TreeDataNode } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADMIN_LEVEL_LABELS } from '../../../shared/admin-levels.ts';
import type { AdminUnitDto } from '../../../shared/contracts/org-units.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ItemList, ItemRow } from '../../components/ItemList.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDebounced } from '../../components/useDebounced.ts';
import { UnitDetail } from './UnitDetail.tsx';
import { listUnits, useUnitSearch } from './useUnits.ts';

/** Official units by their code (unit-03646); villages, which have none, by id (unit-v1234). */
const testId = (u: AdminUnitDto) => `unit-${u.code ?? `v${u.id}`}`;

function toNode(u: AdminUnitDto, note?: string): TreeDataNode {
  return {
    key: u.id,
    title: (
      <span data-testid={testId(u)}>
        {u.name} {u.validTo && <Tag style={{ marginInlineStart: 4 }}>≤ {u.validTo.slice(0, 4)}</Tag>}
        {note && <span style={{ color: '#888', marginInlineStart: 6 }}>({note})</span>}
      </span>
    ),
    isLeaf: u.level === 'village',
  };
}

function replaceChildren(
  nodes: TreeDataNode[],
  key: React.Key,
  children: TreeDataNode[],
  title?: TreeDataNode['title'],
): TreeDataNode[] {
  return nodes.map((n) =>
    n.key === key
      ? { ...n, children, isLeaf: children.length === 0, ...(title ? { title } : {}) }
      : n.children
        ? { ...n, children: replaceChildren(n.children, key, children, title) }
        : n,
  );
}

function hasChildrenLoaded(nodes: TreeDataNode[], key: React.Key): boolean {
  return nodes.some((n) =>
    n.key === key ? !!n.children : !!n.children && hasChildrenLoaded(n.children, key),
  );
}

export default function UnitTreePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const phone = !Grid.useBreakpoint().md;
  const [search, setSearch] = useState('');
  const q = useDebounced(search);
  const [includeExpired, setIncludeExpired] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const [tree, setTree] = useState<TreeDataNode[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const detailRef = useRef<HTMLDivElement>(null);
  const provinces = useQuery({
    queryKey: ['units', 'provinces'],
    queryFn: () => listUnits({ level: 'province' }),
    staleTime: 5 * 60_000,
  });
  const results = useUnitSearch(q, includeExpired);

  const loadChildren = useCallback(
    async (node: { key: React.Key }) => {
      setLoadError(null);
      try {
        const unit = (provinces.data ?? []).find((p) => p.id === node.key);
        // Under a province: its current communes and wards (and, on request, its former districts,
        // with their pre-2025 communes under them). Under a commune: its villages.
        if (unit) {
          const communes = await listUnits({ parent: unit.code!, level: 'commune' });
          const districts = includeExpired
            ? await listUnits({ parent: unit.code!, level: 'district', includeExpired: true })
            : [];
          const title = toNode(unit, t('units.communes', { count: communes.length })).title;
          setTree((prev) =>
            replaceChildren(
              prev,
              node.key,
              [...communes, ...districts].map((u) => toNode(u)),
              title,
            ),
          );
        } else {
          const items = await listUnits({
            parentId: Number(node.key),
            includeExpired: includeExpired || undefined,
          });
          setTree((prev) =>
            replaceChildren(
              prev,
              node.key,
              items.map((u) => toNode(u)),
            ),
          );
        }
      } catch (err) {
        setLoadError(err);
      }
    },
    [provinces.data, includeExpired, t],
  );

  const [expanded, setExpanded] = useState<React.Key[]>([]);
  useEffect(() => {
    if (!provinces.data) return;
    const roots = provinces.data.map((u) => toNode(u));
    setTree(roots);
    setExpanded([]);
    // A provincial user has one province: open it on its communes straight away.
    if (roots.length === 1) void loadChildren(roots[0]).then(() => setExpanded([roots[0].key]));
  }, [provinces.data, loadChildren]);

  function select(id: number) {
    setSelected(id);
    // On a phone the detail is below the list: bring it into view.
    if (phone) requestAnimationFrame(() => detailRef.current?.scrollIntoView({ behavior: 'smooth' }));
  }

  const searching = q.trim().length > 0;
  return (
    <>
      <PageHeader title={t('units.title')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={10}>
          <Card size="small">
            <Input
              data-testid="unit-search"
              prefix={<SearchOutlined />}
              placeholder={t('units.search')}
              aria-label={t('units.search')}
              allowClear
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              style={{ marginBottom: 8 }}
            />
            <Checkbox
              checked={includeExpired}
              onChange={(e) => setIncludeExpired(e.target.checked)}
              style={{ marginBottom: 8 }}
            >
              {t('units.showExpired')}
            </Checkbox>
            <ErrorAlert error={provinces.error ?? results.error ?? loadError} />
            {searching ? (
              <ItemList
                loading={results.isFetching}
                items={results.data?.items}
                rowKey={(u) => u.id}
                empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('units.noResults')} />}
                renderItem={(u) => (
                  <ItemRow
                    testId={testId(u)}
                    onClick={() => select(u.id)}
                    selected={selected === u.id}
                    title={
                      <>
                        {u.name} {u.validTo && <Tag>≤ {u.validTo.slice(0, 4)}</Tag>}
                        {u.level !== 'commune' && <Tag>{ADMIN_LEVEL_LABELS[u.level][lang]}</Tag>}
                      </>
                    }
                    extra={u.code}
                  />
                )}
              />
            ) : (
              <div style={{ maxHeight: phone ? '60vh' : '70vh', overflow: 'auto' }}>
                <Tree
                  key={String(includeExpired)}
                  treeData={tree}
                  loadData={loadChildren}
                  expandedKeys={expanded}
                  onExpand={(keys) => setExpanded(keys)}
                  selectedKeys={selected ? [selected] : []}
                  onSelect={(keys) => keys[0] !== undefined && select(Number(keys[0]))}
                />
              </div>
            )}
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <div ref={detailRef} style={{ scrollMarginTop: 72 }}>
            <Card size="small">
              <UnitDetail
                id={selected}
                onSelect={select}
                onChanged={(parentId) => {
                  if (hasChildrenLoaded(tree, parentId)) void loadChildren({ key: parentId });
                }}
              />
            </Card>
          </div>
        </Col>
      </Row>
    </>
  );
}
