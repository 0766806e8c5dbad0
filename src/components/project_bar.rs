//! The open project's bar: its name, whether its work is saved, how much storage it uses, the
//! backup download, and the way back to the project list.

use yew::prelude::*;

use crate::state::{Action, AppState, WsHandle};
use crate::storage::quota::{size, StorageInfo};
use crate::storage::saver::{Board, SaveStatus};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub name: AttrValue,
    pub board: Board,
    pub storage: StorageInfo,
    /// This browser's annotator name; `ask_name`: ask for it (an edit was made without one).
    pub annotator: std::rc::Rc<str>,
    pub ask_name: bool,
    pub on_backup: Callback<()>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// Offers the open project as a backup file: Spanwright JSON that also names the project
/// (written by the formats worker); `failed` hears why it could not.
pub fn download_backup(name: &str, ws: &WsHandle, failed: impl FnOnce(String) + 'static) {
    let stem: String =
        name.chars().map(|c| if c.is_alphanumeric() || c == '-' { c } else { '-' }).take(40).collect::<String>();
    crate::dom::formats_client::export_v1(&ws.borrow(), format!("spanwright-backup-{stem}"), Some(name.into()), |r| {
        if let Err(e) = r.and_then(|(file, json)| crate::dom::files::download(&file, &json, "application/json")) {
            failed(e)
        }
    });
}

fn storage_text(s: &StorageInfo) -> String {
    let kept = match s.persistent {
        Some(true) => "Storage: persistent",
        Some(false) => "Storage: not persistent (the browser may clear it when space runs low)",
        None => "Storage: unknown",
    };
    match (s.used, s.quota) {
        (Some(u), Some(q)) => format!("{kept} · {} used of {}", size(u), size(q)),
        _ => kept.to_string(),
    }
}

#[derive(Properties, PartialEq)]
struct IndicatorProps {
    board: Board,
}

/// Whether every change is written; fed by the saver through the board.
#[function_component(SaveIndicator)]
fn save_indicator(p: &IndicatorProps) -> Html {
    let status = use_state(|| p.board.0.borrow().last.clone());
    {
        let (board, status) = (p.board.clone(), status.clone());
        use_effect_with((), move |_| {
            board.0.borrow_mut().show = Some(std::rc::Rc::new(move |s| status.set(s)));
            move || board.0.borrow_mut().show = None
        });
    }
    let (class, text) = match &*status {
        SaveStatus::Saved => ("saved", "All changes saved".to_string()),
        SaveStatus::Saving(n) if *n > 50 => ("saving", format!("Saving… {n} documents to go")),
        SaveStatus::Saving(_) => ("saving", "Saving…".to_string()),
        SaveStatus::Failed(_) => ("failed", "Not saved".to_string()),
        SaveStatus::Paused => ("failed", "Not saving (open in another tab)".to_string()),
    };
    html! { <span class={classes!("save-status", class)} role="status" aria-label="Save status">{ text }</span> }
}

#[function_component(ProjectBar)]
pub fn project_bar(p: &Props) -> Html {
    let close = {
        let d = p.dispatch.clone();
        Callback::from(move |_| d.dispatch(Action::CloseProject))
    };
    let backup = {
        let cb = p.on_backup.clone();
        Callback::from(move |_| cb.emit(()))
    };

    html! {
        <div class="project-bar">
            <button onclick={close} title="All projects">{"Projects"}</button>
            <h1 class="project-name" title={p.name.clone()}>{ &p.name }</h1>
            <label class={classes!("annotator", p.ask_name.then_some("asking"))}>
                { if p.ask_name { "Who is annotating? " } else { "Annotator " } }
                <input aria-label="Annotator name" value={p.annotator.to_string()} placeholder="your name"
                    onchange={let d = p.dispatch.clone(); Callback::from(move |e: Event| {
                        let v = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
                        d.dispatch(Action::Team(crate::state::TeamAction::SetAnnotator(v)))
                    })} />
            </label>
            <button data-views="sync" aria-expanded="false">{"Sync"}</button>
            <SaveIndicator board={p.board.clone()} />
            { { let storage = storage_text(&p.storage);
                html! { <span class="storage-info" title={storage.clone()}>{ storage }</span> } } }
            <button onclick={backup}>{"Download backup"}</button>
        </div>
    }
}
