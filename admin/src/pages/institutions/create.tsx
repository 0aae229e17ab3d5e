import type { HttpError } from '@refinedev/core';
import { Create, useForm } from '@refinedev/antd';
import type { AdminInstitution, InstitutionInput } from '@jrpt/contracts';
import { InstitutionForm } from './form';

export default function InstitutionCreate() {
  const { formProps, saveButtonProps } = useForm<AdminInstitution, HttpError, InstitutionInput>({
    redirect: 'show',
  });
  return (
    <Create saveButtonProps={saveButtonProps}>
      <InstitutionForm formProps={formProps} />
    </Create>
  );
}
