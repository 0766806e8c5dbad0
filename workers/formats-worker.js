// Starts the formats worker: Trunk builds it for `no-modules`, whose script defines the global
// `wasm_bindgen`. Our own loader rather than Trunk's shim, which calls it the deprecated way and
// leaves a warning in the console of every page. The instance's exports stay on `self` for the
// benchmark, which reads the size of the worker's memory.
importScripts('./spanwright-formats.js');
wasm_bindgen({ module_or_path: './spanwright-formats_bg.wasm' }).then((exports) => {
  self.spanwrightWasm = exports;
});
