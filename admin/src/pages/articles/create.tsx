import type { HttpError } from '@refinedev/core';
import { Create, useForm } from '@refinedev/antd';
import type { AdminArticle, ArticleInput } from '@jrpt/contracts';
import { ArticleForm } from './form';

export default function ArticleCreate() {
  const { formProps, saveButtonProps } = useForm<AdminArticle, HttpError, ArticleInput>({ redirect: 'list' });
  return (
    <Create saveButtonProps={saveButtonProps}>
      <ArticleForm formProps={formProps} />
    </Create>
  );
}
