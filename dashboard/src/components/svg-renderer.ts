import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Loaded when a chart is first saved as SVG: the pages draw on canvas.
echarts.use([SVGRenderer]);
