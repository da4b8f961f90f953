/**
 * A number as both our languages write it: en and zh-CN agree (12,000 · 83.333), up to three decimals,
 * as Intl.NumberFormat's default. Written out because the first Intl.NumberFormat of a page loads its
 * locale data, ~18 ms of the cold start for the training timeline's labels.
 */
export function formatNumber(n: number): string {
  const rounded = Math.round(Math.abs(n) * 1000) / 1000;
  const [whole, fraction] = String(rounded).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (n < 0 ? '-' : '') + grouped + (fraction ? `.${fraction}` : '');
}
