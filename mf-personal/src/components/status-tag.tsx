import { Tag } from 'antd';
import {
  APPLICATION_STATUS_LABELS,
  DEMAND_STATUS_LABELS,
  type ApplicationStatus,
  type DemandStatus,
} from '@jrpt/contracts';
import { APPLICATION_STATUS_COLORS, DEMAND_STATUS_COLORS } from './status-colors';

/** 申请状态: 未受理, 已受理, 已授信, 已放款, 未通过, 已撤销. */
export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  return (
    <Tag color={APPLICATION_STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {APPLICATION_STATUS_LABELS[status]}
    </Tag>
  );
}

/** 需求状态: 待处理, 已受理, 初审通过, 初审未通过, 已授信, 已放款, 已撤销. */
export function DemandStatusTag({ status }: { status: DemandStatus }) {
  return (
    <Tag color={DEMAND_STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {DEMAND_STATUS_LABELS[status]}
    </Tag>
  );
}
