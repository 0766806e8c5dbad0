//! The root component: owns the state, starts storage (opening the last project, migrating the
//! work of earlier versions), saves after every change, listens for hotkeys and other tabs.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::add_documents::AddDocuments;
use super::annotations_panel::AnnotationsPanel;
use super::document_list::DocumentList;
use super::document_view::DocumentView;
use super::hotkeys::on_key;
use super::label_editor::LabelEditor;
use super::message_bar::MessageBar;
use super::project_bar::{download_backup, ProjectBar};
use super::project_list::{open_stored, relist};
use super::span_popover::{rows, SpanPopover};
use super::start_page::StartPage;
use super::suggestion_bar::SuggestionBar;
use super::toolbar::Toolbar;
use super::use_suggestions::use_suggestions;
use crate::dom::formats_client::ask;
use crate::formats_worker::{join_parts, Request, Response};
use crate::state::{Action, AppState, Message, ProjectInfo};
use crate::storage::saver::{self, Board, SaveStatus, Saver, SaverHandle};
use crate::storage::{self, legacy, projects, quota, tabs};

type D = UseReducerDispatcher<AppState>;

const ALSO_OPEN: &str =
    "This project is open in another tab too. Work in one tab: the other stops saving when this one saves.";

/// Opens storage and what to show first: the last open project, else the project list. Work
/// saved by an earlier version becomes a project first (and its record is kept, renamed).
async fn start(d: D) {
    let db = match storage::database().await {
        Ok(db) => db,
        Err(e) => {
            d.dispatch(Action::StorageReady(false));
            d.dispatch(Action::Notify(
                Message::error(format!("{e}: your work is kept in this tab only. Download a backup to keep it."))
                    .with_backup(),
            ));
            return;
        }
    };
    let opened = match legacy::session() {
        Some(raw) => {
            let (tx, rx) = futures_channel::oneshot::channel();
            ask(Request::Migrate(raw), move |r| drop(tx.send(r)));
            match rx.await {
                Ok(response) => migrate(&d, &db, response).await,
                Err(_) => None,
            }
        }
        None => None,
    };
    let active = match opened {
        Some(id) => Some(id),
        None => projects::active(&db).await.ok().flatten(),
    };
    let shown = match active {
        Some(id) => open_stored(&d, &id).await,
        None => Err(String::new()),
    };
    if shown.is_err() {
        let _ = relist(&d).await;
    }
    d.dispatch(Action::StorageReady(true));
    let persistent = quota::persist().await;
    d.dispatch(Action::SetStorageInfo(quota::info(persistent).await));
}

/// Moves what an earlier version saved into a project (returned, to open it). The old record
/// is retired only once the project is stored.
async fn migrate(d: &D, db: &web_sys::IdbDatabase, response: Response) -> Option<String> {
    let (draft, snap, parts) = match response {
        Response::Migrated { draft, snap, parts } => (draft, snap, parts),
        Response::Failed(e) => {
            d.dispatch(Action::Notify(Message::error(format!("{e} It is kept as it was."))));
            return None;
        }
        _ => return None,
    };
    if !draft.is_empty() && legacy::draft().is_empty() {
        d.dispatch(Action::SetDraft(draft));
    }
    d.dispatch(Action::SetSnap(snap));
    if parts.is_empty() {
        legacy::retire_session();
        return None;
    }
    let ws = join_parts(&parts).ok().and_then(spanwright_core::Workspace::from_file)?;
    let (project, mut ws) = (ProjectInfo::fresh("My work"), ws);
    match projects::create(db, &project.id, &project.name, &mut ws).await {
        Ok(()) => {
            legacy::retire_session();
            Some(project.id.to_string())
        }
        Err(e) => {
            let e = format!("Could not move your earlier work into a project ({e}); it stays where it was.");
            d.dispatch(Action::Notify(Message::error(e)));
            None
        }
    }
}

/// A save status reporter: the indicator shows every status; the app hears of failures only
/// (and refreshes the storage figures after a bulk write).
fn reporter(d: D, board: Board) -> saver::Report {
    let last = Rc::new(RefCell::new(SaveStatus::Saved));
    let bulk = Rc::new(Cell::new(false));
    Rc::new(move |status: SaveStatus| {
        if *last.borrow() == status {
            return;
        }
        if matches!(status, SaveStatus::Saving(n) if n > 50) {
            bulk.set(true);
        }
        if status == SaveStatus::Saved && bulk.replace(false) {
            let d = d.clone();
            wasm_bindgen_futures::spawn_local(async move {
                d.dispatch(Action::SetStorageInfo(quota::info(quota::persisted().await).await));
            });
        }
        *last.borrow_mut() = status.clone();
        board.post(status.clone());
        if matches!(status, SaveStatus::Failed(_) | SaveStatus::Paused) {
            d.dispatch(Action::SetSaveStatus(status));
        }
    })
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| AppState::new(legacy::draft(), None, legacy::snap()));
    let saver_slot: Rc<RefCell<Option<SaverHandle>>> = use_mut_ref(|| None);
    let board = (*use_state(Board::default)).clone();

    {
        let (d, slot) = (state.dispatcher(), saver_slot.clone());
        use_effect_with((), move |_| {
            let news = d.clone();
            tabs::listen(move |n| match n {
                tabs::News::AlsoOpen => news.dispatch(Action::Notify(Message::error(ALSO_OPEN))),
                tabs::News::SavedElsewhere => {
                    if let Some(s) = &*slot.borrow() {
                        s.borrow_mut().pause();
                    }
                }
            });
            wasm_bindgen_futures::spawn_local(start(d));
        });
    }

    // A new saver when another project (or workspace) opens; the previous one writes what it
    // still holds first.
    {
        let (slot, d, board) = (saver_slot.clone(), state.dispatcher(), board.clone());
        let key = (state.project.clone(), state.ws.clone(), state.ready);
        use_effect_with(key, move |(project, ws, ready)| {
            let old = slot.borrow_mut().take();
            let same_project = |o: &SaverHandle| project.as_ref().is_some_and(|p| *o.borrow().project == *p.id);
            let inherited = old.as_ref().filter(|o| same_project(o)).map(|o| o.borrow().stored());
            if let Some(old) = old {
                saver::flush(&old);
            }
            match (project, ws) {
                (Some(p), Some(ws)) => {
                    let stored = match &p.stored {
                        Some(s) => (**s).clone(),
                        None => inherited.unwrap_or_default(),
                    };
                    let s = Saver::new(&p.id, &p.name, ws.clone(), stored, reporter(d.clone(), board.clone()));
                    saver::schedule(&s, 0);
                    *slot.borrow_mut() = Some(s);
                    tabs::opened(Some(&p.id));
                    let id = p.id.to_string();
                    wasm_bindgen_futures::spawn_local(async move {
                        if let Ok(db) = storage::database().await {
                            let _ = projects::set_active(&db, Some(&id)).await;
                        }
                    });
                }
                _ if *ready => {
                    tabs::opened(None);
                    wasm_bindgen_futures::spawn_local(async move {
                        if let Ok(db) = storage::database().await {
                            let _ = projects::set_active(&db, None).await;
                        }
                        let _ = relist(&d).await;
                    });
                }
                _ => {}
            }
        });
    }

    use_suggestions(&state);

    // Which document is open, so the project opens on it next time.
    {
        let open = state.project.as_ref().zip(state.with_ws(|ws| ws.doc().id.clone()));
        use_effect_with(open.map(|(p, doc)| (p.id.clone(), doc)), |open| {
            if let Some((project, doc)) = open {
                legacy::set_open_doc(project, doc);
            }
        });
    }

    {
        let (state, slot) = (state.clone(), saver_slot.clone());
        use_effect_with(state.revision, move |revision| {
            if *revision > 0 {
                if let Err(e) = legacy::save_settings(&state.draft, state.snap) {
                    state.dispatch(Action::Notify(Message::error(e)));
                }
                if let Some(s) = &*slot.borrow() {
                    // Written as soon as the page is drawn: one document's record (its text is
                    // stored once) takes a few milliseconds even for a book, and waiting would
                    // risk losing the change to a reload or a killed browser.
                    saver::schedule(s, 0);
                }
            }
        });
    }

    {
        let (state, slot) = (state.clone(), saver_slot.clone());
        use_effect_with((), move |_| {
            // Not passive: the keys the app handles (Tab among them) must not also do what the
            // browser would, so their preventDefault has to count.
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            let listener = EventListener::new_with_options(&gloo::utils::window(), "keydown", options, move |e| {
                let e: &web_sys::KeyboardEvent = wasm_bindgen::JsCast::unchecked_ref(e);
                // A fresh handle per key: a long-lived one keeps every state it has read alive.
                on_key(&state.clone(), e);
            });
            let flush = move || {
                if let Some(s) = &*slot.borrow() {
                    saver::flush(s);
                }
            };
            let flush2 = flush.clone();
            let leaving = [
                EventListener::new(&gloo::utils::window(), "pagehide", move |_| flush()),
                EventListener::new(&gloo::utils::document(), "visibilitychange", move |_| flush2()),
            ];
            move || drop((listener, leaving))
        });
    }

    let dispatch = state.dispatcher();
    crate::dom::views_bridge::keep(&state, dispatch.clone());
    let on_backup = {
        let (ws, project, d) = (state.ws.clone(), state.project.clone(), dispatch.clone());
        Callback::from(move |_| match (&ws, &project) {
            (Some(ws), Some(p)) => {
                let d = d.clone();
                download_backup(&p.name, ws, move |e| {
                    d.dispatch(Action::Notify(Message::error(format!("Could not download the backup: {e}"))))
                });
            }
            _ => d.dispatch(Action::Notify(Message::info("Open a project to back it up."))),
        })
    };
    let body = match &state.ws {
        None if !state.ready => html! { <main class="start"><p class="hint">{"Opening your projects…"}</p></main> },
        None => {
            html! { <StartPage draft={state.draft.clone()} projects={state.projects.clone()} dispatch={dispatch.clone()} /> }
        }
        Some(handle) => {
            let ws = handle.borrow();
            let counts = ws.labels.iter().map(|l| ws.label_use(l.id)).collect::<Vec<_>>();
            let name: AttrValue =
                state.project.as_ref().map_or("Unsaved project".into(), |p| p.name.to_string()).into();
            html! {
                <>
                    <ProjectBar {name} board={board.clone()} storage={state.storage.clone()}
                        annotator={state.annotator.clone()} ask_name={state.ask_name}
                        on_backup={on_backup.clone()} dispatch={dispatch.clone()} />
                    // The message line sits in the sticky head, always in view and always taking
                    // its one line: a message never pushes the text down under the annotator.
                    <div class="sticky-head">
                        <Toolbar labels={state.view.labels.clone()} can_undo={ws.can_undo()} can_redo={ws.can_redo()}
                            snap={state.snap} has_cursor={state.cursor.is_some()} ws={handle.clone()} curating={state.curating} owner={state.owner()}
                            shown={state.doc_list.shown.clone()} suggestions={state.suggestions.clone()} dispatch={dispatch.clone()} />
                        <MessageBar message={state.message.clone()} on_backup={on_backup.clone()} dispatch={dispatch.clone()} />
                    </div>
                    <SuggestionBar labels={state.view.labels.clone()} off={state.suggestions.off.clone()}
                        nested_off={state.suggestions.nested_off} places={state.suggestions.places} dispatch={dispatch.clone()}
                        counts={ws.labels.iter().map(|l| (l.id, state.view.suggested.iter().filter(|s| s.label == l.id).count())).collect::<Vec<_>>()} />
                    <div class="workarea">
                        <DocumentView view={state.view.clone()} date={ws.doc().date.clone()} cursor={state.cursor}
                            doc_id={ws.doc().id.clone()} count={ws.docs().len()} current={ws.current()}
                            flash={state.flash.clone()} dispatch={dispatch.clone()} />
                        <aside class="side">
                            // Drawn by the module (src/tools/curation.rs), loaded by the Curate button.
                            if state.curating {
                                <section class="curate" aria-label="Curation" data-curate-host="" key="curate"></section>
                            }
                            <DocumentList docs={state.view.docs.clone()} shown={state.doc_list.shown.clone()}
                                current={ws.current()} filter={state.doc_list.status} query={state.doc_list.query.clone()}
                                dispatch={dispatch.clone()} />
                            <AddDocuments dispatch={dispatch.clone()} />
                            <AnnotationsPanel items={state.view.items.clone()} labels={state.view.labels.clone()}
                                chunk_starts={state.view.chunk_starts.clone()} text={state.view.text.clone()}
                                dispatch={dispatch.clone()} />
                            <LabelEditor labels={state.view.labels.clone()} counts={counts} dispatch={dispatch.clone()} />
                        </aside>
                    </div>
                    if let Some(p) = &state.popover {
                        { { let (rows, entities) = rows(&ws, &state.suggestions, p);
                            html! { <SpanPopover popover={p.clone()} {rows} {entities}
                                labels={state.view.labels.clone()} dispatch={dispatch.clone()} /> } } }
                    }
                </>
            }
        }
    };
    html! {
        <div class="app">
            // The masthead is index.html's: static, it costs the first load no code.
            if state.ws.is_none() {
                <MessageBar message={state.message.clone()} on_backup={on_backup} dispatch={dispatch.clone()} />
            }
            { body }
        </div>
    }
}
