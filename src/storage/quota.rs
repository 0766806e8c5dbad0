//! Asks the browser to keep this site's storage (not to evict it under pressure) and reports
//! how much is used.

use wasm_bindgen_futures::JsFuture;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct StorageInfo {
    /// `Some(true)` when the browser promised to keep the data.
    pub persistent: Option<bool>,
    pub used: Option<f64>,
    pub quota: Option<f64>,
}

fn manager() -> web_sys::StorageManager {
    gloo::utils::window().navigator().storage()
}

/// Asks for persistent storage (once granted, asking again just says so).
pub async fn persist() -> Option<bool> {
    let promise = manager().persist().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// Whether the browser already promised to keep the data (asks nothing).
pub async fn persisted() -> Option<bool> {
    let promise = manager().persisted().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

pub async fn info(persistent: Option<bool>) -> StorageInfo {
    let estimate = match manager().estimate() {
        Ok(p) => JsFuture::from(p).await.ok(),
        Err(_) => None,
    };
    let field = |name: &str| {
        estimate.as_ref().and_then(|e| js_sys::Reflect::get(e, &name.into()).ok()).and_then(|v| v.as_f64())
    };
    StorageInfo { persistent, used: field("usage"), quota: field("quota") }
}

/// "1.2 MB" and the like.
/// (Integer arithmetic: float formatting would add its code to the download.)
pub fn size(bytes: f64) -> String {
    let b = bytes as u64;
    let (unit, tenth) = match b {
        1_000_000_000.. => ("GB", 100_000_000),
        1_000_000.. => ("MB", 100_000),
        _ => ("KB", 100),
    };
    let tenths = b.div_ceil(tenth);
    format!("{}.{} {unit}", tenths / 10, tenths % 10)
}
