import type { HttpError } from '@refinedev/core';
import { Edit, useForm } from '@refinedev/antd';
import type { AdminInstitution, InstitutionUpdate } from '@jrpt/contracts';
import { scrollToServerError } from '../../components/server-errors';
import { QueryError } from '../../components/query-error';
import { InstitutionForm } from './form';

/** The form edits what institutionUpdate takes; the loaded row is mapped onto it (regions → regionIds). */
export function toInstitutionForm(row: AdminInstitution): InstitutionUpdate {
  return {
    name: row.name,
    shortName: row.shortName ?? undefined,
    type: row.type,
    intro: row.intro ?? undefined,
    address: row.address ?? undefined,
    contactPhone: row.contactPhone ?? undefined,
    website: row.website ?? undefined,
    regionIds: row.regions.map((r) => r.id),
    version: row.version,
  };
}

export default function InstitutionEdit() {
  const { formProps, saveButtonProps, query, form } = useForm<
    AdminInstitution,
    HttpError,
    InstitutionUpdate,
    InstitutionUpdate
  >({
    onMutationError: (error) => scrollToServerError(form, error),
    redirect: 'show',
    queryOptions: { select: ({ data }) => ({ data: toInstitutionForm(data) }) },
  });
  return (
    <Edit saveButtonProps={saveButtonProps} isLoading={query?.isLoading}>
      {query?.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <InstitutionForm formProps={formProps} />
    </Edit>
  );
}
