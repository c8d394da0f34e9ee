/**
 * Statistics the benches share (one home): the median of a list of numbers, the mean of the two middle ones when
 * the count is even.
 */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
