import type { HttpError } from '@refinedev/core';
import { Create, useForm } from '@refinedev/antd';
import type { AdminArticle, ArticleInput } from '@jrpt/contracts';
import { scrollToServerError } from '../../components/server-errors';
import { ArticleForm } from './form';

export default function ArticleCreate() {
  const { formProps, saveButtonProps, form } = useForm<AdminArticle, HttpError, ArticleInput>({
    onMutationError: (error) => scrollToServerError(form, error),
    redirect: 'list',
  });
  return (
    <Create saveButtonProps={saveButtonProps}>
      <ArticleForm formProps={formProps} />
    </Create>
  );
}
