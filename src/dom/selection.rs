//! The one boundary where the DOM's UTF-16 offsets become code points.
//!
//! Every rendered piece of text is an element with `data-start`/`data-end` (code points into the
//! document) holding one text node. A DOM position inside that text node is `data-start` plus
//! the code points before the UTF-16 offset.

use spanwright_core::offsets::utf16_to_code_point;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Range};

fn data_offset(el: &Element, attr: &str) -> Option<usize> {
    el.get_attribute(attr)?.parse().ok()
}

fn piece_of(node: &Node) -> Option<Element> {
    let el = match node.dyn_ref::<Element>() {
        Some(el) => el.clone(),
        None => node.parent_element()?,
    };
    el.closest("[data-start]").ok().flatten()
}

/// The code-point offset of a DOM position (`node`, `offset`) inside the document view.
pub fn point_to_code_point(node: &Node, offset: u32) -> Option<usize> {
    if let Some(text) = node.dyn_ref::<web_sys::Text>() {
        let piece = piece_of(node)?;
        let start = data_offset(&piece, "data-start")?;
        // Snap a position inside a surrogate pair forward rather than fail.
        let data = text.data();
        let within =
            utf16_to_code_point(&data, offset as usize).or_else(|| utf16_to_code_point(&data, offset as usize + 1))?;
        return Some(start + within);
    }
    let el = node.dyn_ref::<Element>()?;
    let children = el.child_nodes();
    if let Some(child) = children.get(offset) {
        return first_offset(&child, "data-start", true);
    }
    if offset > 0 {
        if let Some(child) = children.get(offset - 1) {
            return first_offset(&child, "data-end", false);
        }
    }
    data_offset(&piece_of(node)?, if offset == 0 { "data-start" } else { "data-end" })
}

/// The first (or last) `attr` at or below `node`.
fn first_offset(node: &Node, attr: &str, first: bool) -> Option<usize> {
    if let Some(el) = node.dyn_ref::<Element>() {
        if let Some(v) = data_offset(el, attr) {
            return Some(v);
        }
        let all = el.query_selector_all(&format!("[{attr}]")).ok()?;
        let pick = if first { all.get(0) } else { all.get(all.length().checked_sub(1)?) };
        return data_offset(pick?.dyn_ref::<Element>()?, attr);
    }
    point_to_code_point(node, if first { 0 } else { node.text_content()?.encode_utf16().count() as u32 })
}

/// The code-point range of a DOM range, when both ends lie inside `root`.
pub fn range_to_code_points(range: &Range, root: &Node) -> Option<(usize, usize)> {
    let (a, b) = (range.start_container().ok()?, range.end_container().ok()?);
    if !root.contains(Some(&a)) || !root.contains(Some(&b)) {
        return None;
    }
    let start = point_to_code_point(&a, range.start_offset().ok()?)?;
    let end = point_to_code_point(&b, range.end_offset().ok()?)?;
    Some((start.min(end), start.max(end)))
}

/// The current selection in code points, if it is a non-empty range inside `root`.
pub fn selected_code_points(root: &Node) -> Option<(usize, usize)> {
    let selection = web_sys::window()?.get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    range_to_code_points(&selection.get_range_at(0).ok()?, root)
}

/// True when there is a non-empty selection anywhere on the page.
pub fn has_selection() -> bool {
    web_sys::window().and_then(|w| w.get_selection().ok().flatten()).is_some_and(|s| !s.is_collapsed())
}

pub fn clear_selection() {
    if let Some(s) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) {
        let _ = s.remove_all_ranges();
    }
}
