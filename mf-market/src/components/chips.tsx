import { Button, Flex, Typography } from 'antd';

export interface ChipOption<T> {
  value: T;
  label: string;
}

/** One row of the filter panel: "机构类型：不限 银行 担保公司 …", a single choice where 不限 clears it. */
export function ChipRow<T extends string | number>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T | undefined;
  options: ChipOption<T>[];
  onChange: (value: T | undefined) => void;
}) {
  const chip = (key: string, checked: boolean, text: string, next: T | undefined) => (
    <Button
      key={key}
      size="small"
      autoInsertSpace={false}
      type={checked ? 'primary' : 'text'}
      aria-pressed={checked}
      onClick={() => onChange(next)}
    >
      {text}
    </Button>
  );
  return (
    <Flex gap={8} align="baseline">
      <Typography.Text type="secondary" style={{ flex: 'none', width: 64 }}>
        {label}
      </Typography.Text>
      <Flex wrap gap={4} role="group" aria-label={label}>
        {chip('__all', value === undefined, '不限', undefined)}
        {options.map((o) => chip(String(o.value), value === o.value, o.label, o.value))}
      </Flex>
    </Flex>
  );
}

/** Chip options from one of the contracts' label maps (INSTITUTION_TYPE_LABELS …), in their order. */
export function optionsOf<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
): ChipOption<T>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
