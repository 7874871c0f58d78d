// Cellbook's own Plotly: the core with only the trace types its plots draw (scatter as SVG,
// scattergl as WebGL), about a third of the full library. The WebGL trace is Plotly's strict
// variant, whose regl draw commands come precompiled: regl would otherwise compile them with
// Function(), which the Content-Security-Policy ("script-src 'self'", no 'unsafe-eval') refuses.
// vite.config.ts points gl-text's `regl` at the same strict @plotly/regl.
import Plotly from 'plotly.js/lib/core';
import scatter from 'plotly.js/lib/scatter';
import scattergl from 'plotly.js/src/traces/scattergl/strict';

Plotly.register([scatter, scattergl]);

export default Plotly;
