/** A valid `defineIndicator` input for a new indicator, as the catalogue tests send it; `overrides` replace fields. */
export const shadeTreesDefinition = (overrides: Record<string, unknown> = {}) => ({
  code: 'SHADE_TREES_PER_KM',
  name: 'Street shade trees per km of road',
  nameZh: '每公里道路遮荫树数量',
  unit: 'trees per km',
  direction: 'HIGHER_IS_BETTER',
  periodicity: 'ANNUAL',
  kind: 'RATE',
  validMin: 0,
  plausibleChangePct: 30,
  method: 'Shade trees counted along arterial roads divided by road length.',
  initiativeId: '10',
  ...overrides,
});
