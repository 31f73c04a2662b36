import { SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Checkbox, Col, Empty, Input, List, Row, Tag, Tree, type TreeDataNode } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUnitDto } from '../../../shared/contracts/org-units.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDebounced } from '../../components/useDebounced.ts';
import { UnitDetail } from './UnitDetail.tsx';
import { listUnits, useUnitSearch } from './useUnits.ts';

const testId = (u: AdminUnitDto) => `unit-${u.code ?? `v${u.id}`}`;

function toNode(u: AdminUnitDto): TreeDataNode {
  return {
    key: u.id,
    title: (
      <span data-testid={testId(u)}>
        {u.name} {u.validTo && <Tag style={{ marginInlineStart: 4 }}>≤ {u.validTo.slice(0, 4)}</Tag>}
      </span>
    ),
    isLeaf: u.level === 'village',
  };
}

function replaceChildren(nodes: TreeDataNode[], key: React.Key, children: TreeDataNode[]): TreeDataNode[] {
  return nodes.map((n) =>
    n.key === key
      ? { ...n, children, isLeaf: children.length === 0 }
      : n.children
        ? { ...n, children: replaceChildren(n.children, key, children) }
        : n,
  );
}

export default function UnitTreePage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search);
  const [includeExpired, setIncludeExpired] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const [tree, setTree] = useState<TreeDataNode[]>([]);
  const provinces = useQuery({
    queryKey: ['units', 'provinces'],
    queryFn: () => listUnits({ level: 'province' }),
  });
  const results = useUnitSearch(q, includeExpired);

  const loadChildren = useCallback(
    async (node: TreeDataNode) => {
      const unit = [...(provinces.data ?? [])].find((p) => p.id === node.key);
      // Under a province: its current communes (and, on request, its former districts).
      const items = unit
        ? [
            ...(await listUnits({ parent: unit.code!, level: 'commune' })),
            ...(includeExpired
              ? await listUnits({ parent: unit.code!, level: 'district', includeExpired: true })
              : []),
          ]
        : await listUnits({ parentId: Number(node.key), includeExpired: includeExpired || undefined });
      setTree((prev) => replaceChildren(prev, node.key, items.map(toNode)));
    },
    [provinces.data, includeExpired],
  );

  const [expanded, setExpanded] = useState<React.Key[]>([]);
  useEffect(() => {
    if (!provinces.data) return;
    const roots = provinces.data.map(toNode);
    setTree(roots);
    setExpanded([]);
    // A provincial user has one province: open it on its communes straight away.
    if (roots.length === 1) void loadChildren(roots[0]).then(() => setExpanded([roots[0].key]));
  }, [provinces.data, loadChildren]);

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
            <ErrorAlert error={provinces.error ?? results.error} />
            {searching ? (
              <List
                size="small"
                loading={results.isFetching}
                dataSource={results.data?.items ?? []}
                locale={{ emptyText: <Empty description={t('units.noResults')} /> }}
                renderItem={(u) => (
                  <List.Item
                    data-testid={testId(u)}
                    onClick={() => setSelected(u.id)}
                    style={{
                      cursor: 'pointer',
                      background: selected === u.id ? '#e6f4ee' : undefined,
                      paddingInline: 8,
                    }}
                  >
                    <span>
                      {u.name} {u.validTo && <Tag>≤ {u.validTo.slice(0, 4)}</Tag>}
                    </span>
                    <span style={{ color: '#888' }}>{u.code}</span>
                  </List.Item>
                )}
              />
            ) : (
              <div style={{ maxHeight: '70vh', overflow: 'auto' }}>
                <Tree
                  key={String(includeExpired)}
                  treeData={tree}
                  loadData={loadChildren}
                  expandedKeys={expanded}
                  onExpand={(keys) => setExpanded(keys)}
                  selectedKeys={selected ? [selected] : []}
                  onSelect={(keys) => keys[0] !== undefined && setSelected(Number(keys[0]))}
                />
              </div>
            )}
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <Card size="small">
            <UnitDetail id={selected} onSelect={setSelected} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
