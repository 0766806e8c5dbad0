//! Files in and out: downloads, reading a picked or dropped file, the clipboard.

use wasm_bindgen::JsCast;

/// Offers `contents` as a download named `name`.
pub fn download(name: &str, contents: &str, mime: &str) -> Result<(), String> {
    download_bytes(name, contents.as_bytes(), mime)
}

/// Offers `bytes` as a download named `name`.
pub fn download_bytes(name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let document = gloo::utils::document();
    let a: web_sys::HtmlAnchorElement = document.create_element("a").map_err(|e| format!("{e:?}"))?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The browser has taken the blob by the time click() returns; free it on the next tick.
    gloo::timers::callback::Timeout::new(0, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Reads `file` as UTF-8 text and hands it to `done`, or an error message.
pub fn read_text(file: web_sys::File, done: impl FnOnce(Result<String, String>) + 'static) {
    read_text_boxed(file, Box::new(done))
}

/// (One copy of the reading code for every caller: a generic one would be copied per caller.)
fn read_text_boxed(file: web_sys::File, done: Box<dyn FnOnce(Result<String, String>)>) {
    let name = file.name();
    let file = gloo::file::File::from(file);
    wasm_bindgen_futures::spawn_local(async move {
        let result = gloo::file::futures::read_as_text(&file).await.map_err(|e| format!("could not read {name}: {e}"));
        done(result);
    });
}

/// Reads every file of `list` as bytes and hands them to `done` in order, or the first error.
pub fn read_all(list: web_sys::FileList, done: impl FnOnce(Result<Vec<(String, Vec<u8>)>, String>) + 'static) {
    read_files(list_files(&list), Box::new(done))
}

pub fn list_files(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

type Files = Vec<(String, Vec<u8>)>;

pub fn read_files(files: Vec<web_sys::File>, done: Box<dyn FnOnce(Result<Files, String>)>) {
    wasm_bindgen_futures::spawn_local(async move {
        let mut out = Vec::new();
        for f in files {
            let name = f.name();
            let file = gloo::file::File::from(f);
            match gloo::file::futures::read_as_bytes(&file).await {
                Ok(bytes) => out.push((name, bytes)),
                Err(e) => return done(Err(format!("could not read {name}: {e}"))),
            }
        }
        done(Ok(out));
    });
}

/// Copies `text` to the clipboard, then calls `done` with the outcome.
pub fn copy_text(text: String, done: impl FnOnce(Result<(), String>) + 'static) {
    let clipboard = gloo::utils::window().navigator().clipboard();
    wasm_bindgen_futures::spawn_local(async move {
        let result = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await;
        done(result.map(drop).map_err(|e| format!("the browser refused the clipboard: {e:?}")));
    });
}
