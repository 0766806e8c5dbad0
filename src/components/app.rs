//! The root component: owns the state, saves it after every change, listens for hotkeys.

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::annotations_panel::AnnotationsPanel;
use super::document_view::DocumentView;
use super::hotkeys::on_key;
use super::label_editor::LabelEditor;
use super::message_bar::MessageBar;
use super::span_popover::SpanPopover;
use super::start_page::StartPage;
use super::toolbar::Toolbar;
use crate::state::{Action, AppState, Message};
use crate::storage;

type PendingSave = std::rc::Rc<std::cell::RefCell<Option<Box<dyn FnOnce()>>>>;

/// Runs the waiting save now, if there is one.
fn flush(pending: &PendingSave) {
    let save = pending.borrow_mut().take();
    if let Some(save) = save {
        save();
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let (saved, problem) = storage::load();
        let mut state = AppState::new(saved.draft, saved.workspace, saved.snap);
        state.message = problem.map(Message::error);
        state
    });

    // The save waiting to run, if any.
    let pending: PendingSave = use_mut_ref(|| None);
    {
        let state = state.clone();
        let pending = pending.clone();
        let timer = use_mut_ref(|| None::<Timeout>);
        use_effect_with(state.revision, move |revision| {
            if *revision > 0 {
                // Saving writes the whole session: off the key-to-screen path, at once for a short
                // text, a moment later for a book (so a burst of edits saves once). Leaving the
                // page saves whatever is still pending.
                let big = state.with_ws(|ws| ws.doc().text.len() > 100_000).unwrap_or(false);
                let save = move || {
                    let ws = state.ws.as_ref().map(|ws| ws.borrow());
                    if let Err(e) = storage::save(&state.draft, ws.as_deref(), state.snap) {
                        state.dispatch(Action::Notify(Message::error(e)));
                    }
                };
                *pending.borrow_mut() = Some(Box::new(save));
                *timer.borrow_mut() = Some(Timeout::new(if big { 300 } else { 0 }, move || flush(&pending)));
            }
        });
    }

    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "keydown", move |e| {
                let e: &web_sys::KeyboardEvent = wasm_bindgen::JsCast::unchecked_ref(e);
                on_key(&state, e);
            });
            let leaving = [
                EventListener::new(&gloo::utils::window(), "pagehide", {
                    let p = pending.clone();
                    move |_| flush(&p)
                }),
                EventListener::new(&gloo::utils::document(), "visibilitychange", move |_| flush(&pending)),
            ];
            move || drop((listener, leaving))
        });
    }

    let dispatch = state.dispatcher();
    let body = match &state.ws {
        None => html! { <StartPage draft={state.draft.clone()} dispatch={dispatch.clone()} /> },
        Some(handle) => {
            let ws = handle.borrow();
            let counts = ws.labels.iter().map(|l| ws.label_use(l.id)).collect::<Vec<_>>();
            html! {
                <>
                    <Toolbar labels={state.view.labels.clone()} can_undo={ws.can_undo()} can_redo={ws.can_redo()}
                        snap={state.snap} has_cursor={state.cursor.is_some()} ws={handle.clone()} dispatch={dispatch.clone()} />
                    <div class="workarea">
                        <DocumentView view={state.view.clone()} date={ws.doc().date.clone()} cursor={state.cursor}
                            documents={state.view.doc_ids.clone()} current={ws.current()}
                            flash={state.flash.clone()} dispatch={dispatch.clone()} />
                        <aside class="side">
                            <AnnotationsPanel items={state.view.items.clone()} labels={state.view.labels.clone()}
                                chunk_starts={state.view.chunk_starts.clone()} text={state.view.text.clone()}
                                dispatch={dispatch.clone()} />
                            <LabelEditor labels={state.view.labels.clone()} counts={counts} dispatch={dispatch.clone()} />
                        </aside>
                    </div>
                    if let Some(p) = &state.popover {
                        <SpanPopover popover={p.clone()} spans={p.spans.iter().filter_map(|id| ws.doc().spans.get(id)).map(|s| (s.id.clone(), s.label, ws.doc().text.slice(s.start, s.end).to_string())).collect::<Vec<_>>()}
                            labels={state.view.labels.clone()} dispatch={dispatch.clone()} />
                    }
                </>
            }
        }
    };
    html! {
        <div class="app">
            <header class="masthead"><span class="brand">{"Spanwright"}</span>
                <span class="tagline">{"Annotate who, when and where. Nothing leaves this browser."}</span></header>
            <MessageBar message={state.message.clone()} dispatch={dispatch.clone()} />
            { body }
        </div>
    }
}
