/** How a 融资动态 status reads at a glance: done (已授信/已放款), stopped (未通过/已撤销) or under way. */
export function feedTone(status: string): 'done' | 'stopped' | 'open' {
  if (status === 'credit_granted' || status === 'disbursed') return 'done';
  if (status === 'rejected' || status === 'withdrawn' || status === 'review_failed') return 'stopped';
  return 'open';
}
