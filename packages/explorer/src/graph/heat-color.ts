/** Colour of a heatmap cell: white → deep blue by share of the maximum, with a text colour that stays readable. */
export function toHeatColor(count: number, max: number): { background: string; color: string } {
  if (count <= 0 || max <= 0) return { background: '#ffffff', color: '#6b7785' };
  const t = Math.min(1, Math.sqrt(count / max));
  const from = [232, 240, 250];
  const to = [8, 48, 107];
  const mix = from.map((f, i) => Math.round(f + ((to[i] ?? f) - f) * t));
  return { background: `rgb(${mix.join(',')})`, color: t > 0.5 ? '#ffffff' : '#10223a' };
}
