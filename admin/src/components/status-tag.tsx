import { Tag } from 'antd';
import {
  APPLICATION_STATUS_LABELS,
  DEMAND_STATUS_LABELS,
  PRODUCT_STATUS_LABELS,
  type ApplicationStatus,
  type DemandStatus,
  type ProductStatus,
} from '@jrpt/contracts';

const COLORS: Record<ProductStatus, string> = {
  draft: 'default',
  pending: 'processing',
  listed: 'success',
  delisted: 'warning',
};

export function ProductStatusTag({ status }: { status: ProductStatus }) {
  return <Tag color={COLORS[status]}>{PRODUCT_STATUS_LABELS[status]}</Tag>;
}

const APPLICATION_COLORS: Record<ApplicationStatus, string> = {
  submitted: 'processing',
  accepted: 'cyan',
  credit_granted: 'blue',
  disbursed: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  return <Tag color={APPLICATION_COLORS[status]}>{APPLICATION_STATUS_LABELS[status]}</Tag>;
}

const DEMAND_COLORS: Record<DemandStatus, string> = {
  pending: 'processing',
  accepted: 'cyan',
  review_passed: 'geekblue',
  review_failed: 'error',
  credit_granted: 'blue',
  disbursed: 'success',
  withdrawn: 'default',
};

export function DemandStatusTag({ status }: { status: DemandStatus }) {
  return <Tag color={DEMAND_COLORS[status]}>{DEMAND_STATUS_LABELS[status]}</Tag>;
}
