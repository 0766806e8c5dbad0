//! Keyboard helpers.

use wasm_bindgen::JsCast;

/// True when the key goes to a text field, where hotkeys must not fire.
pub fn is_typing(event: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    let typing_input = tag == "input"
        && !matches!(
            el.get_attribute("type").as_deref(),
            Some("checkbox" | "radio" | "button" | "submit" | "color" | "file")
        );
    typing_input || tag == "textarea" || tag == "select" || el.closest("[contenteditable]").ok().flatten().is_some()
}

/// The single character a plain key press types, if any.
pub fn typed_char(event: &web_sys::KeyboardEvent) -> Option<char> {
    let key = event.key();
    let mut chars = key.chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c)
}
