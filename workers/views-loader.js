// The Timeline and Map buttons, and the tools (Import from…, Export as…, Add annotator's work,
// Agreement, Sync): the first click loads the module that draws them (Trunk builds it for
// `no-modules`, whose script defines the global `wasm_bindgen`); every click toggles. A project
// that syncs (its settings in localStorage) loads the module at start-up, to resume syncing.
(() => {
  let wanted = null;
  let near = null;
  const load = (kind, button) => {
    if (window.spanwrightViews) return window.spanwrightViews.toggle(kind, button);
    near = button;
    if (wanted) return void (wanted = kind);
    wanted = kind;
    const script = document.createElement('script');
    script.src = './spanwright-views.js';
    const failed = () => { if (button) button.textContent += ' (could not load)'; };
    script.onerror = failed;
    script.onload = () => wasm_bindgen({ module_or_path: './spanwright-views_bg.wasm' }).then(() => {
      window.spanwrightViews = wasm_bindgen;
      wasm_bindgen.toggle(wanted, near);
    }, failed);
    document.head.append(script);
  };
  addEventListener('click', (e) => {
    const button = e.target.closest && e.target.closest('[data-views]');
    if (button) load(button.dataset.views, button);
  });
  try {
    if (Object.keys(localStorage).some((k) => k.startsWith('spanwright.sync.'))) {
      addEventListener('load', () => setTimeout(() => load('sync-auto', null), 500));
    }
  } catch (_) { /* no storage: nothing syncs */ }
})();
