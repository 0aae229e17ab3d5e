import type { HttpError } from '@refinedev/core';
import { Create, useForm } from '@refinedev/antd';
import type { AdminInstitution, InstitutionInput } from '@jrpt/contracts';
import { scrollToServerError } from '../../components/server-errors';
import { InstitutionForm } from './form';

export default function InstitutionCreate() {
  const { formProps, saveButtonProps, form } = useForm<AdminInstitution, HttpError, InstitutionInput>({
    onMutationError: (error) => scrollToServerError(form, error),
    redirect: 'show',
  });
  return (
    <Create saveButtonProps={saveButtonProps}>
      <InstitutionForm formProps={formProps} />
    </Create>
  );
}
