//! Saving the drawing for a report: the SVG as it is (its colours are attributes, not the page's
//! styles, so it looks the same anywhere), or a PNG of it at twice the size.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::panel::{Panel, ViewKind};

fn download(blob: &web_sys::Blob, name: &str) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let a: web_sys::HtmlAnchorElement = crate::panel::gloo_document().create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url)
}

pub fn save(panel: &Panel, what: &str) {
    let Ok(Some(svg)) = panel.root.query_selector(".views-canvas svg") else { return };
    let name = match panel.kind {
        ViewKind::Timeline => "spanwright-timeline",
        ViewKind::Map => "spanwright-map",
    };
    let text = svg.outer_html();
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let Ok(blob) =
        web_sys::Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&JsValue::from_str(&text)), &options)
    else {
        return;
    };
    if what == "svg" {
        let _ = download(&blob, &format!("{name}.svg"));
        return;
    }
    let (w, h) = (svg.client_width().max(1) as u32 * 2, svg.client_height().max(1) as u32 * 2);
    let _ = png(&blob, w, h, format!("{name}.png"));
}

fn png(svg: &web_sys::Blob, w: u32, h: u32, name: String) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(svg)?;
    let src = url.clone();
    let img = web_sys::HtmlImageElement::new()?;
    let image = img.clone();
    let onload = Closure::once_into_js(move || {
        let run = || -> Result<(), JsValue> {
            let canvas: web_sys::HtmlCanvasElement =
                crate::panel::gloo_document().create_element("canvas")?.unchecked_into();
            canvas.set_width(w);
            canvas.set_height(h);
            let ctx: web_sys::CanvasRenderingContext2d =
                canvas.get_context("2d")?.ok_or("no 2d context")?.unchecked_into();
            ctx.draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, w as f64, h as f64)?;
            web_sys::Url::revoke_object_url(&url)?;
            let done = Closure::once_into_js(move |blob: JsValue| {
                if let Ok(blob) = blob.dyn_into::<web_sys::Blob>() {
                    let _ = download(&blob, &name);
                }
            });
            canvas.to_blob(done.unchecked_ref())
        };
        let _ = run();
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&src);
    Ok(())
}
