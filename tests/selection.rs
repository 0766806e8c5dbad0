//! In a real browser: DOM selections over the rendered document map to the right code points,
//! across span boundaries and after characters that take two UTF-16 units.

use spanwright_app::components::document_view::DocumentView;
use spanwright_app::dom::selection::range_to_code_points;
use spanwright_app::state::AppState;
use spanwright_core::{Document, LabelSet, Workspace};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

const TEXT: &str = "😀 Ann met 東京 officials in Kraków.\nThe 𝔘𝔫𝔦 embassy closed.";

fn workspace() -> Workspace {
    let mut ws = Workspace::new(Document::from_pasted("t", TEXT), LabelSet::default());
    let actor = ws.labels.by_name("Actor").unwrap().id;
    let place = ws.labels.by_name("Place").unwrap().id;
    ws.add_span(2, 5, actor).unwrap(); // Ann
    ws.add_span(10, 12, place).unwrap(); // 東京
    ws.add_span(38, 49, actor).unwrap(); // 𝔘𝔫𝔦 embassy
    ws.add_span(38, 41, place).unwrap(); // 𝔘𝔫𝔦, nested
    ws
}

#[function_component(Harness)]
fn harness() -> Html {
    let state = use_reducer(|| AppState::new(String::new(), Some(workspace()), true));
    html! { <DocumentView view={state.view.clone()} date={None::<String>} cursor={None::<(usize, usize)>}
        doc_id="t" current={0} count={1}
    flash={None::<spanwright_core::SpanId>} dispatch={state.dispatcher()} /> }
}

async fn rendered() -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<Harness>::with_root(root.clone()).render();
    yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;
    root.query_selector("#doc-text").unwrap().expect("the document is rendered")
}

/// The text node of the piece that starts at code point `start`.
fn text_node(root: &web_sys::Element, start: usize) -> web_sys::Node {
    let piece = root.query_selector(&format!("[data-start=\"{start}\"]")).unwrap().expect("piece");
    piece.first_child().expect("text node")
}

fn select(a: (&web_sys::Node, u32), b: (&web_sys::Node, u32)) -> web_sys::Range {
    let range = gloo::utils::document().create_range().unwrap();
    range.set_start(a.0, a.1).unwrap();
    range.set_end(b.0, b.1).unwrap();
    range
}

#[wasm_bindgen_test]
async fn every_piece_names_its_code_points() {
    let root = rendered().await;
    let pieces = root.query_selector_all("[data-start]").unwrap();
    let chars: Vec<char> = TEXT.chars().collect();
    let mut covered = 0;
    for i in 0..pieces.length() {
        let el: web_sys::Element = pieces.get(i).unwrap().dyn_into().unwrap();
        let start: usize = el.get_attribute("data-start").unwrap().parse().unwrap();
        let end: usize = el.get_attribute("data-end").unwrap().parse().unwrap();
        assert_eq!(start, covered, "pieces are contiguous");
        assert_eq!(el.text_content().unwrap(), chars[start..end].iter().collect::<String>());
        covered = end;
    }
    assert_eq!(covered, chars.len());
}

#[wasm_bindgen_test]
async fn selections_map_to_code_points() {
    let root = rendered().await;
    // Inside the unmarked piece after "Ann": " met " starts at 5; "met" is UTF-16 1..4 of it.
    let met = text_node(&root, 5);
    assert_eq!(range_to_code_points(&select((&met, 1), (&met, 4)), &root), Some((6, 9)));

    // Across a span boundary: from inside "Ann" (after the emoji) into the text after it.
    let ann = text_node(&root, 2);
    assert_eq!(range_to_code_points(&select((&ann, 1), (&met, 4)), &root), Some((3, 9)));

    // After characters outside the BMP: "𝔘𝔫𝔦" is 3 code points, 6 UTF-16 units.
    let fraktur = text_node(&root, 38);
    let embassy = text_node(&root, 41);
    assert_eq!(range_to_code_points(&select((&fraktur, 2), (&embassy, 8)), &root), Some((39, 49)));

    // Whole elements as boundary points (what a triple click can produce).
    let piece = root.query_selector("[data-start=\"10\"]").unwrap().unwrap();
    let range = gloo::utils::document().create_range().unwrap();
    range.select_node_contents(&piece).unwrap();
    assert_eq!(range_to_code_points(&range, &root), Some((10, 12)));
}

#[wasm_bindgen_test]
async fn selections_outside_the_document_are_ignored() {
    let root = rendered().await;
    let outside = gloo::utils::document().create_text_node("elsewhere");
    gloo::utils::document().body().unwrap().append_child(&outside).unwrap();
    let inside = text_node(&root, 5);
    assert_eq!(range_to_code_points(&select((&inside, 0), (&outside, 3)), &root), None);
}
