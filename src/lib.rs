//! Spanwright's web app: Yew components over the pure model in `spanwright_core`.

pub mod agreement_html;
pub mod components;
pub mod dom;
pub mod formats_worker;
pub mod state;
pub mod storage;
pub mod team_worker;
pub mod tools;

/// Mounts the app on the page's body.
pub fn run() {
    yew::Renderer::<components::app::App>::new().render();
}
