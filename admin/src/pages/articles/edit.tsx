import type { HttpError } from '@refinedev/core';
import { Edit, useForm } from '@refinedev/antd';
import type { AdminArticle, ArticleUpdate } from '@jrpt/contracts';
import { scrollToServerError } from '../../components/server-errors';
import { QueryError } from '../../components/query-error';
import { ArticleForm, toArticleForm } from './form';

export default function ArticleEdit() {
  const { formProps, saveButtonProps, query, form } = useForm<
    AdminArticle,
    HttpError,
    ArticleUpdate,
    ArticleUpdate
  >({
    onMutationError: (error) => scrollToServerError(form, error),
    redirect: 'list',
    queryOptions: { select: ({ data }) => ({ data: toArticleForm(data) }) },
  });
  return (
    <Edit saveButtonProps={saveButtonProps} isLoading={query?.isLoading}>
      {query?.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <ArticleForm formProps={formProps} />
    </Edit>
  );
}
