import { describe, expect, it, vi } from 'vitest';
import type { FormInstance } from 'antd';
import { fieldPath, scrollToServerError } from './server-errors';

describe('server field errors', () => {
  it('turns API field paths into antd name paths', () => {
    expect(fieldPath('name')).toEqual(['name']);
    expect(fieldPath('regionIds.0')).toEqual(['regionIds', 0]);
  });

  it('scrolls to the first field the API complained about', () => {
    const scrollToField = vi.fn();
    const form = { scrollToField } as unknown as FormInstance;
    scrollToServerError(form, {
      message: 'x',
      statusCode: 400,
      errors: { institutionId: '请选择所属机构', name: 'y' },
    });
    expect(scrollToField).toHaveBeenCalledWith(['institutionId'], { block: 'center', behavior: 'smooth' });
  });

  it('does nothing without field errors', () => {
    const scrollToField = vi.fn();
    scrollToServerError({ scrollToField } as unknown as FormInstance, { message: 'x', statusCode: 409 });
    expect(scrollToField).not.toHaveBeenCalled();
  });
});
