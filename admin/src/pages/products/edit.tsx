import { useGetIdentity, useOne, useResourceParams, type HttpError } from '@refinedev/core';
import { Edit, useForm } from '@refinedev/antd';
import { Alert, Space } from 'antd';
import type { AdminProduct, ProductUpdate } from '@jrpt/contracts';
import { scrollToServerError } from '../../components/server-errors';
import { QueryError } from '../../components/query-error';
import { ProductStatusTag } from '../../components/status-tag';
import type { StaffIdentity } from '../../providers/session';
import { ProductForm, toProductForm } from './form';
import { ProductTransitions } from './transitions';

export default function ProductEdit() {
  const { data: staff } = useGetIdentity<StaffIdentity>();
  const { id } = useResourceParams();
  const { formProps, saveButtonProps, query, form } = useForm<
    AdminProduct,
    HttpError,
    ProductUpdate,
    ProductUpdate
  >({
    onMutationError: (error) => scrollToServerError(form, error),
    redirect: 'show',
    queryOptions: { select: ({ data }) => ({ data: toProductForm(data) }) },
  });
  // The form holds the editable fields only; status, actions and the review note come from the same cached row.
  const { result: product } = useOne<AdminProduct>({
    resource: 'products',
    id,
    queryOptions: { enabled: id !== undefined },
  });
  const locked = product !== undefined && !product.editable;

  return (
    <Edit
      isLoading={query?.isLoading}
      saveButtonProps={{ ...saveButtonProps, disabled: locked || saveButtonProps.disabled }}
      headerButtons={({ defaultButtons }) => (
        <Space wrap>
          {product && <ProductTransitions product={product} />}
          {defaultButtons}
        </Space>
      )}
      title={
        <Space>
          编辑金融产品
          {product && <ProductStatusTag status={product.status} />}
        </Space>
      }
    >
      {query?.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {product?.status === 'draft' && product.reviewNote && (
        <Alert
          type="warning"
          showIcon
          message="审核退回"
          description={product.reviewNote}
          style={{ marginBottom: 16 }}
        />
      )}
      {locked && (
        <Alert
          type="info"
          showIcon
          message={
            product.status === 'pending' ? '产品正在审核中，暂不能修改。' : '产品已上架，如需修改请先下架。'
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <ProductForm
        formProps={formProps}
        pickInstitution={staff?.role === 'office'}
        disabled={locked}
        currentInstitutionId={product?.institutionId}
      />
    </Edit>
  );
}
