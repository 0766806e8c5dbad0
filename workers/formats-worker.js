// Starts the formats worker: Trunk builds it for `no-modules`, whose script defines the global
// `wasm_bindgen`. Our own loader rather than Trunk's shim, which calls it the deprecated way and
// leaves a warning in the console of every page.
importScripts('./spanwright-formats.js');
wasm_bindgen({ module_or_path: './spanwright-formats_bg.wasm' });
