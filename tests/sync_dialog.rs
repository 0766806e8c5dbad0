//! In a real browser: the sync dialog hears the sync status only while it is open; opening and
//! closing it leaves no listener behind.

use spanwright_app::tools::sync::dialog::{Props, SyncDialog};
use spanwright_app::tools::sync::engine::listening;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn settle() {
    // Yew runs effects and their cleanups after the render, on the next turns of the event loop.
    gloo::timers::future::TimeoutFuture::new(20).await;
}

#[wasm_bindgen_test]
async fn closing_the_dialog_stops_its_listener() {
    let before = listening();
    for _ in 0..3 {
        let host = gloo::utils::document().create_element("div").unwrap();
        gloo::utils::body().append_child(&host).unwrap();
        let props = Props { close: Callback::noop() };
        let app = yew::Renderer::<SyncDialog>::with_root_and_props(host.clone(), props).render();
        settle().await;
        assert_eq!(listening(), before + 1, "an open dialog hears the status");
        app.destroy();
        settle().await;
        host.remove();
        assert_eq!(listening(), before, "a closed dialog hears nothing");
    }
}
