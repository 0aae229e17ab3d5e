import { Tag } from 'antd';
import { PRODUCT_STATUS_LABELS, type ProductStatus } from '@jrpt/contracts';

const COLORS: Record<ProductStatus, string> = {
  draft: 'default',
  pending: 'processing',
  listed: 'success',
  delisted: 'warning',
};

export function ProductStatusTag({ status }: { status: ProductStatus }) {
  return <Tag color={COLORS[status]}>{PRODUCT_STATUS_LABELS[status]}</Tag>;
}
