import { useShow } from '@refinedev/core';
import { Show } from '@refinedev/antd';
import { Descriptions, Tag, Typography } from 'antd';
import { INSTITUTION_TYPE_LABELS, type AdminInstitution } from '@jrpt/contracts';
import { QueryError } from '../../components/query-error';
import { dateTime } from '../../lib/format';

export default function InstitutionShow() {
  const { query, result: row } = useShow<AdminInstitution>();
  return (
    <Show isLoading={query.isLoading}>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {row && (
        <Descriptions
          styles={{ label: { whiteSpace: 'nowrap' } }}
          bordered
          column={{ xs: 1, md: 2 }}
          size="middle"
        >
          <Descriptions.Item label="机构名称" span={2}>
            {row.name}
          </Descriptions.Item>
          <Descriptions.Item label="机构简称">{row.shortName ?? '-'}</Descriptions.Item>
          <Descriptions.Item label="机构类型">{INSTITUTION_TYPE_LABELS[row.type]}</Descriptions.Item>
          <Descriptions.Item label="服务区域" span={2}>
            {row.regions.length ? row.regions.map((r) => <Tag key={r.id}>{r.name}</Tag>) : '-'}
          </Descriptions.Item>
          <Descriptions.Item label="地址" span={2}>
            {row.address ?? '-'}
          </Descriptions.Item>
          <Descriptions.Item label="联系电话">{row.contactPhone ?? '-'}</Descriptions.Item>
          <Descriptions.Item label="网址">
            {row.website && /^https?:\/\//i.test(row.website) ? (
              <Typography.Link href={row.website} target="_blank" rel="noopener noreferrer">
                {row.website}
              </Typography.Link>
            ) : (
              (row.website ?? '-')
            )}
          </Descriptions.Item>
          <Descriptions.Item label="产品数">{row.productCount}</Descriptions.Item>
          <Descriptions.Item label="更新时间">{dateTime(row.updatedAt)}</Descriptions.Item>
          <Descriptions.Item label="机构简介" span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {row.intro ?? '-'}
            </Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      )}
    </Show>
  );
}
