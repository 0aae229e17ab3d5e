import { Grid } from 'antd';

/** True on a phone-sized screen (narrower than antd's md, 768 px): lists become cards. */
export function usePhone(): boolean {
  return Grid.useBreakpoint().md === false;
}

/** A page's cards keep their padding small on a phone, where every pixel of width counts. */
export function usePageCardSize(): 'small' | 'default' {
  return usePhone() ? 'small' : 'default';
}
