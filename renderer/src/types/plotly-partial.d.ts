// The plotly.js modules Cellbook's partial bundle is made of (components/plot/plotly-bundle.ts).
// plotly.js types its whole API; the module files themselves ship no declarations.
declare module 'plotly.js/lib/core' {
  import Plotly from 'plotly.js';
  export default Plotly;
}
declare module 'plotly.js/lib/scatter' {
  const trace: import('plotly.js').PlotlyModule;
  export default trace;
}
declare module 'plotly.js/src/traces/scattergl/strict' {
  const trace: import('plotly.js').PlotlyModule;
  export default trace;
}
