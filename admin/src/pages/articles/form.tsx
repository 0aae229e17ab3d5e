/** The article form of create and edit (articleInput). 正文 is HTML; the API sanitizes it. */
import { Col, DatePicker, Form, Input, Radio, Row, Select, type FormProps } from 'antd';
import { ARTICLE_KIND_LABELS, articleInput, type AdminArticle, type ArticleUpdate } from '@jrpt/contracts';
import { zodRules } from '../../components/zod-rule';
import { dayjs, toShanghai } from '../../lib/format';
import { labelOptions } from '../../lib/options';

const rules = zodRules(articleInput);

export function toArticleForm(row: AdminArticle): ArticleUpdate {
  return {
    kind: row.kind,
    title: row.title,
    summary: row.summary ?? undefined,
    body: row.body,
    source: row.source ?? undefined,
    coverUrl: row.coverUrl ?? undefined,
    publishedAt: row.publishedAt,
    tags: row.tags,
    version: row.version,
  };
}

export function ArticleForm({ formProps }: { formProps: FormProps }) {
  return (
    <Form {...formProps} layout="vertical" scrollToFirstError>
      <Form.Item name="version" hidden>
        <Input />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="kind" label="资讯类型" rules={rules.kind} initialValue="news">
            <Radio.Group optionType="button" options={labelOptions(ARTICLE_KIND_LABELS)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="source" label="来源" rules={rules.source}>
            <Input maxLength={100} placeholder="如：天水市金融办" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="publishedAt"
            label="发布时间"
            rules={rules.publishedAt}
            extra="不填则立即发布；填写将来的时间则定时发布"
            getValueProps={(value: string | undefined) => ({ value: value ? toShanghai(value) : undefined })}
            normalize={(value: dayjs.Dayjs | null) => (value ? value.toISOString() : undefined)}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="title" label="标题" rules={rules.title}>
            <Input maxLength={200} showCount />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="summary" label="摘要" rules={rules.summary}>
            <Input.TextArea rows={2} maxLength={500} showCount />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name="body"
            label="正文"
            rules={rules.body}
            extra="可使用 HTML 段落（<p>）、标题、列表与链接；保存时会清除不安全的内容。"
          >
            <Input.TextArea rows={14} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="tags" label="标签" rules={rules.tags} extra="输入后按回车添加，最多10个">
            <Select mode="tags" open={false} tokenSeparators={[',', '，']} placeholder="如：稳企业、保就业" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="coverUrl" label="封面图片地址" rules={rules.coverUrl}>
            <Input maxLength={500} placeholder="https:// 或 / 开头" />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
