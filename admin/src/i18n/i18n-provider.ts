/**
 * Refine's i18n provider in Simplified Chinese. Besides the fixed texts of zh-CN.ts it answers Refine's
 * per-resource keys (`products.products`, `products.titles.edit` …) from each resource's Chinese label, so
 * resources are named once (App.tsx) and never listed again here.
 */
import type { I18nProvider } from '@refinedev/core';
import { ACTION_TITLES, zhCN } from './zh-CN';

type Tree = { readonly [key: string]: string | Tree };

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function interpolate(text: string, params: unknown): string {
  if (!params || typeof params !== 'object') return text;
  const values = params as Record<string, unknown>;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    values[name] === undefined || values[name] === null ? whole : String(values[name]),
  );
}

export function createI18nProvider(resourceLabels: Record<string, string>): I18nProvider {
  const translate = (key: string, options?: unknown, defaultMessage?: string): string => {
    const fixed = lookup(zhCN, key);
    if (fixed !== undefined) return interpolate(fixed, options);

    const [resource, second, action] = key.split('.');
    const label = resource ? resourceLabels[resource] : undefined;
    if (label) {
      if (second === resource && action === undefined) return label;
      if (second === 'titles' && action && ACTION_TITLES[action]) return ACTION_TITLES[action](label);
    }
    if (typeof options === 'string') return options;
    return defaultMessage ?? key;
  };
  return {
    translate,
    changeLocale: async () => undefined,
    getLocale: () => 'zh-CN',
  };
}
