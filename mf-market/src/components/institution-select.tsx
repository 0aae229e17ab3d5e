import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { INSTITUTION_TYPE_LABELS, type Institution, type Paged } from '@jrpt/contracts';
import { buildUrl, useApi } from '@jrpt/portal-kit';

/**
 * 贷款机构: the institutions that lend (投资机构 do not), searched by name on the server so a long
 * directory still fits.
 */
export function InstitutionSelect({
  value,
  onChange,
  id,
  placeholder = '请选择或输入机构名称',
}: {
  value?: number | null;
  onChange?: (value: number | null) => void;
  id?: string;
  placeholder?: string;
}) {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  // The chosen one stays named while a later search lists others.
  const [picked, setPicked] = useState<{ value: number; label: string } | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, error, isLoading } = useApi<Paged<Institution>>(
    buildUrl('/api/institutions', { name: search, pageSize: 50 }),
    { keepPreviousData: true },
  );
  const options = (data?.items ?? [])
    .filter((i) => i.type !== 'fund')
    .map((i) => ({ value: i.id, label: i.name, title: INSTITUTION_TYPE_LABELS[i.type] }));
  if (picked && picked.value === value && !options.some((o) => o.value === picked.value))
    options.unshift({ ...picked, title: '' });
  return (
    <Select
      id={id}
      showSearch
      allowClear
      value={value ?? undefined}
      onChange={(v: number | undefined, option) => {
        const chosen = Array.isArray(option) ? undefined : option;
        setPicked(v !== undefined && chosen ? { value: v, label: String(chosen.label) } : null);
        onChange?.(v ?? null);
      }}
      onSearch={setTyped}
      filterOption={false}
      loading={isLoading}
      placeholder={placeholder}
      notFoundContent={error ? '机构列表暂时无法获取' : isLoading ? '加载中…' : '没有匹配的机构'}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
