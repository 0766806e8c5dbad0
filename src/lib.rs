//! Spanwright's web app: Yew components over the pure model in `spanwright_core`.

pub mod agreement_html;
pub mod components;
pub mod dom;
pub mod formats_worker;
pub mod state;
pub mod storage;
pub mod team_worker;
pub mod tools;

/// Mounts the app under the page's static masthead (Yew empties the element it mounts on).
pub fn run() {
    match gloo::utils::document().get_element_by_id("app") {
        Some(root) => yew::Renderer::<components::app::App>::with_root(root).render(),
        None => yew::Renderer::<components::app::App>::new().render(),
    };
}
