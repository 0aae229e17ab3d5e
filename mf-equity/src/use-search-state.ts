import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import { patchSearch, readSearch, writeSearch, type QuerySchema } from '@jrpt/portal-kit/remote';

/** A page's filters, sort and page number, kept in the URL through the contract's query schema. */
export function useSearchState<S extends QuerySchema>(
  schema: S,
): [z.output<S>, (patch: Partial<z.output<S>>) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readSearch(schema, params), [schema, params]);
  const update = useCallback(
    (patch: Partial<z.output<S>>) => setParams(writeSearch(schema, patchSearch(state, patch))),
    [schema, setParams, state],
  );
  return [state, update];
}
