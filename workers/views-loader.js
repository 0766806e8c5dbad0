// The Timeline and Map buttons, and the tools (Import from…, Export as…, Add annotator's work,
// Agreement): the first click loads the module that draws them (Trunk builds it for
// `no-modules`, whose script defines the global `wasm_bindgen`); every click toggles.
(() => {
  let wanted = null;
  let near = null;
  addEventListener('click', (e) => {
    const button = e.target.closest && e.target.closest('[data-views]');
    if (!button) return;
    if (window.spanwrightViews) return window.spanwrightViews.toggle(button.dataset.views, button);
    near = button;
    if (wanted) return void (wanted = button.dataset.views);
    wanted = button.dataset.views;
    const script = document.createElement('script');
    script.src = './spanwright-views.js';
    const failed = () => { button.textContent += ' (could not load)'; };
    script.onerror = failed;
    script.onload = () => wasm_bindgen({ module_or_path: './spanwright-views_bg.wasm' }).then(() => {
      window.spanwrightViews = wasm_bindgen;
      wasm_bindgen.toggle(wanted, near);
    }, failed);
    document.head.append(script);
  });
})();
