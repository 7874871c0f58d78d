// plotly.js-strict-dist-min is the same Plotly built without eval (regl's generated code comes
// precompiled), which the app's Content-Security-Policy ("script-src 'self'") requires for WebGL
// traces. It ships no types; its API is plotly.js's, whose types come with plotly.js-dist-min of
// the same major (a dev dependency for that reason only; it is not bundled).
declare module 'plotly.js-strict-dist-min' {
  export * from 'plotly.js-dist-min';
  import Plotly from 'plotly.js-dist-min';
  export default Plotly;
}
