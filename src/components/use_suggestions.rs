//! Asks the worker for the open document's suggestions when a document opens or its date
//! changes; asks again, waiting, when the place names had not arrived yet. Has the worker read
//! the place names as soon as the page is drawn.

use yew::prelude::*;

use crate::dom::formats_client::{ask, ask_parts};
use crate::dom::selection::has_selection;
use crate::formats_worker::{Request, Response};
use crate::state::{Action, AppState, SuggestAction};

thread_local! {
    static POINTER_DOWN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Hands suggestions to the page when the annotator is not selecting: drawing them replaces
/// the text's pieces, which would drop a selection being made or waiting for its label.
fn deliver(d: UseReducerDispatcher<AppState>, action: SuggestAction) {
    if POINTER_DOWN.with(|p| p.get()) || has_selection() {
        gloo::timers::callback::Timeout::new(250, move || deliver(d, action)).forget();
    } else {
        d.dispatch(Action::Suggest(action));
    }
}

fn request(d: UseReducerDispatcher<AppState>, doc: String, text: String, date: Option<String>, wait: bool) {
    let again = (text.clone(), date.clone());
    let asked = Request::Suggest { text, date, wait_for_places: wait };
    // The parts are gathered and handed over together, once: drawn in one go, in order.
    let (mut got, mut all_entities) = (Vec::new(), Vec::new());
    ask_parts(asked, move |response| {
        if let Response::Suggested { spans, entities, places, gazetteer_error, more } = response {
            got.extend(spans);
            all_entities.extend(entities);
            if more {
                return;
            }
            let (spans, entities) = (std::mem::take(&mut got), std::mem::take(&mut all_entities));
            let waiting = !places && gazetteer_error.is_none() && !wait;
            deliver(
                d.clone(),
                SuggestAction::Loaded { doc: doc.clone(), spans, entities, places, error: gazetteer_error },
            );
            if waiting {
                request(d.clone(), doc.clone(), again.0.clone(), again.1.clone(), true);
            }
        }
    });
}

#[hook]
pub fn use_suggestions(state: &UseReducerHandle<AppState>) {
    use_effect_with((), |_| {
        let window = gloo::utils::window();
        let on =
            |name, down| gloo::events::EventListener::new(&window, name, move |_| POINTER_DOWN.with(|p| p.set(down)));
        let listeners = [on("pointerdown", true), on("pointerup", false)];
        // The place names are read in the worker once the page is drawn, while a document
        // opens: a book's suggestions then need not wait for them.
        let preload = gloo::timers::callback::Timeout::new(0, || ask(Request::LoadPlaces, |_| ()));
        move || {
            drop(listeners);
            drop(preload);
        }
    });
    let open = state.with_ws(|ws| (ws.doc().id.clone(), ws.doc().date.clone()));
    let (d, ws) = (state.dispatcher(), state.ws.clone());
    use_effect_with(open, move |open| {
        if let (Some((doc, date)), Some(ws)) = (open.clone(), ws) {
            let text = ws.borrow().doc().text.as_str().to_string();
            request(d, doc, text, date, false);
        }
    });
}
