/**
 * 仪表盘: the platform's home figures (from maintained aggregates) and what waits for the caller: the
 * product review queue and every institution's overdue items for the office (the government reads the
 * same), the institution's own inbox for its staff.
 */
import { useCustom, useGetIdentity, useGo, useList } from '@refinedev/core';
import { Button, Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import type { HomeStats } from '@jrpt/contracts';
import { can } from '../../access';
import { QueryError } from '../../components/query-error';
import { wan } from '../../lib/format';
import type { StaffIdentity } from '../../providers/session';
import { InstitutionWorkload, OverdueByInstitution } from './workload';

const FIGURES: { key: keyof HomeStats; title: string; suffix: string; money?: boolean }[] = [
  { key: 'registeredUsers', title: '注册用户数', suffix: '户' },
  { key: 'listedProducts', title: '金融产品', suffix: '个' },
  { key: 'creditCount', title: '累计授信', suffix: '笔' },
  { key: 'creditAmountYuan', title: '累计授信金额', suffix: '万元', money: true },
  { key: 'financedCount', title: '助力小微企业融资', suffix: '笔' },
  { key: 'financedAmountYuan', title: '助力小微企业融资金额', suffix: '万元', money: true },
];

export default function Dashboard() {
  const { data: staff } = useGetIdentity<StaffIdentity>();
  const go = useGo();
  const stats = useCustom<HomeStats>({ url: '/api/home/stats', method: 'get' });
  const reviewer = can(staff?.role, 'products', 'transition:approve');
  const pending = useList({
    resource: 'products',
    filters: [{ field: 'status', operator: 'eq', value: 'pending' }],
    pagination: { currentPage: 1, pageSize: 1 },
    queryOptions: { enabled: reviewer },
  });

  const figures = stats.query.data?.data;
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {staff ? `您好，${staff.name}` : '您好'}
        {staff && (
          <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 'normal', marginLeft: 8 }}>
            {staff.roleLabel}
          </Typography.Text>
        )}
      </Typography.Title>
      {stats.query.isError && (
        <QueryError error={stats.query.error} onRetry={() => void stats.query.refetch()} />
      )}
      <Row gutter={[16, 16]}>
        {FIGURES.map((f) => (
          <Col key={f.key} xs={12} md={8} xl={4}>
            <Card size="small">
              {figures ? (
                <Statistic
                  title={f.title}
                  value={f.money ? wan(figures[f.key]) : figures[f.key]}
                  suffix={f.suffix}
                  valueStyle={{ fontSize: 22 }}
                />
              ) : (
                <Skeleton active paragraph={false} loading={stats.query.isLoading} title={{ width: '80%' }}>
                  <Statistic title={f.title} value="-" />
                </Skeleton>
              )}
            </Card>
          </Col>
        ))}
      </Row>
      {reviewer && (
        <Card size="small" title="待办" style={{ marginTop: 16 }}>
          {pending.query.isLoading ? (
            <Skeleton active paragraph={false} />
          ) : pending.query.isError ? (
            <QueryError error={pending.query.error} onRetry={() => void pending.query.refetch()} />
          ) : (
            <Row align="middle" justify="space-between" gutter={[8, 8]}>
              <Col>
                <Statistic title="待审核的金融产品" value={pending.result.total ?? 0} suffix="个" />
              </Col>
              <Col>
                <Button
                  type="primary"
                  onClick={() =>
                    go({
                      to: '/products',
                      query: { filters: [{ field: 'status', operator: 'eq', value: 'pending' }] },
                    })
                  }
                >
                  去审核
                </Button>
              </Col>
            </Row>
          )}
        </Card>
      )}
      {staff?.role === 'institution' && <InstitutionWorkload />}
      {(staff?.role === 'office' || staff?.role === 'government') && <OverdueByInstitution />}
    </>
  );
}
