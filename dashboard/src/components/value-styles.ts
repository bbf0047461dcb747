// How the charts draw a value by its nature; AttributeLegend draws the same.
export const REPORTED_COLOR = '#2563eb';
export const ESTIMATE_FILL = '#bfdbfe';
export const ESTIMATE_LINE = '#1e40af';
export const BREAK_COLOR = '#b45309';

export const ESTIMATE_BAR_STYLE = {
  color: ESTIMATE_FILL,
  borderColor: ESTIMATE_LINE,
  borderWidth: 1,
  decal: { symbol: 'rect', symbolSize: 1, color: ESTIMATE_LINE, dashArrayX: [1, 0], dashArrayY: [1, 4], rotation: -Math.PI / 4 },
};
