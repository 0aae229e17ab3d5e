/** Where a demand stands: in the pool, dispatched by the office, held by an institution, or waiting for the ones it names. */
import { Tag } from 'antd';
import { DEMAND_TRANSITIONS, findTransition, type AdminDemandRow, type DemandStatus } from '@jrpt/contracts';

/** The 范围 filter (the API's `pooled`): in the pool, or addressed to someone (named, dispatched or held). */
export const POOL_LABELS: Record<'institution' | 'office', Record<'true' | 'false', string>> = {
  institution: { true: '需求池（待抢单）', false: '点名、派给或本机构受理' },
  office: { true: '需求池（待派单）', false: '已点名、派单或受理' },
};

type Row = Pick<
  AdminDemandRow,
  | 'status'
  | 'pooled'
  | 'dispatchedInstitutionId'
  | 'dispatchedInstitutionName'
  | 'institutionId'
  | 'institutionName'
>;

export function DemandWhere({ row, ownInstitutionId }: { row: Row; ownInstitutionId: number | null }) {
  const own = (id: number | null) => ownInstitutionId !== null && id === ownInstitutionId;
  // A dispatched demand names its institution too, but it holds it only once that institution accepts.
  if (row.dispatchedInstitutionName)
    return (
      <Tag color={own(row.dispatchedInstitutionId) ? 'orange' : 'blue'}>
        派单：{row.dispatchedInstitutionName}
      </Tag>
    );
  if (row.institutionName)
    return <Tag color={own(row.institutionId) ? 'green' : 'default'}>受理：{row.institutionName}</Tag>;
  if (row.pooled) return <Tag color="gold">需求池</Tag>;
  if (row.status === 'withdrawn') return <Tag>已撤销</Tag>;
  return <Tag color="blue">指定机构</Tag>;
}

/** The response clock runs while an institution may still accept the demand (the table's 受理 is open). */
export const demandClock = (status: DemandStatus) => ({
  awaiting: findTransition(DEMAND_TRANSITIONS, status, 'accept') !== undefined,
  closed: status === 'withdrawn',
});
