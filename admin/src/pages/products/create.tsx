import { useGetIdentity, type HttpError } from '@refinedev/core';
import { Create, useForm } from '@refinedev/antd';
import type { AdminProduct, ProductInput } from '@jrpt/contracts';
import { scrollToServerError } from '../../components/server-errors';
import type { StaffIdentity } from '../../providers/session';
import { ProductForm } from './form';

export default function ProductCreate() {
  const { data: staff } = useGetIdentity<StaffIdentity>();
  const { formProps, saveButtonProps, form } = useForm<AdminProduct, HttpError, ProductInput>({
    onMutationError: (error) => scrollToServerError(form, error),
    redirect: 'show',
  });
  return (
    <Create saveButtonProps={saveButtonProps}>
      <ProductForm formProps={formProps} pickInstitution={staff?.role === 'office'} />
    </Create>
  );
}
