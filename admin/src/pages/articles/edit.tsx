import type { HttpError } from '@refinedev/core';
import { Edit, useForm } from '@refinedev/antd';
import type { AdminArticle, ArticleUpdate } from '@jrpt/contracts';
import { QueryError } from '../../components/query-error';
import { ArticleForm, toArticleForm } from './form';

export default function ArticleEdit() {
  const { formProps, saveButtonProps, query } = useForm<
    AdminArticle,
    HttpError,
    ArticleUpdate,
    ArticleUpdate
  >({
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
