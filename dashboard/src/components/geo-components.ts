import { ScatterChart } from 'echarts/charts';
import { GeoComponent } from 'echarts/components';
import * as echarts from 'echarts/core';

// The geo component installs the implementation of registerMap: it must be used before a map registers.
echarts.use([GeoComponent, ScatterChart]);
