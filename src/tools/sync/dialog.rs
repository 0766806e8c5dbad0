//! "Sync": where a project syncs, signing in, how far it got, and the assignments. The password
//! field's value goes to the server's `_session` and is dropped; the dialog never stores it.

use std::rc::Rc;

use yew::prelude::*;

use super::engine::{self, Status};
use super::{assignments::Assignments, receive, status, store};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub close: Callback<()>,
}

fn value(e: &InputEvent) -> String {
    e.target_unchecked_into::<web_sys::HtmlInputElement>().value()
}

#[function_component(SyncDialog)]
pub fn sync_dialog(p: &Props) -> Html {
    let project = receive::page_state().0;
    let config = store::config(&project).or_else(store::last_used);
    let url = use_state(|| config.as_ref().map(|c| c.url.clone()).unwrap_or_default());
    let user = use_state(|| config.as_ref().map(|c| c.user.clone()).unwrap_or_default());
    let password = use_state(String::new);
    let failure = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let live = use_state(|| engine::current().map(|e| e.borrow().status.clone()));
    {
        let live = live.clone();
        use_effect_with((), move |_| {
            let listening = engine::listen(Rc::new(move |s: &Status| live.set(Some(s.clone()))));
            move || drop(listening)
        });
    }
    let first = use_node_ref();
    crate::tools::use_focus_in_and_back(first.clone(), "sync");
    let onsubmit = {
        let (url, user, password, failure, busy) =
            (url.clone(), user.clone(), password.clone(), failure.clone(), busy.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (url, user, pw) = ((*url).clone(), (*user).clone(), (*password).clone());
            password.set(String::new());
            let (failure, busy) = (failure.clone(), busy.clone());
            busy.set(true);
            failure.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                status::show();
                let result = super::connect(&url, &user, &pw).await;
                busy.set(false);
                failure.set(result.err());
            });
        })
    };
    let stop = {
        let (live, project) = (live.clone(), project.clone());
        Callback::from(move |_| {
            engine::stop();
            store::set_config(&project, None);
            status::say("", false);
            live.set(None);
        })
    };
    let close = {
        let close = p.close.clone();
        Callback::from(move |_| close.emit(()))
    };
    let onkeydown = {
        let close = p.close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                close.emit(());
            }
        })
    };
    let progress = live.as_ref().and_then(|s| s.batch).map(|(done, total, what)| {
        html! {
            <div class="import-progress">
                <progress aria-label="Sync progress" max={total.to_string()} value={done.to_string()}></progress>
                <span>{ format!("{what} {done} of {total}…") }</span>
            </div>
        }
    });
    let state = live.as_ref().map(|s| status::text(s).0);
    let lead = engine::current().is_some_and(|e| e.borrow().who.lead);
    let annotators = engine::current().map(|e| e.borrow().who.me.clone());
    html! {
        <div class="dialog sync-dialog" role="dialog" aria-label="Sync" {onkeydown}>
            <h2>{"Sync with the team's database"}</h2>
            <p class="hint">{"The project syncs both ways with a CouchDB database the project lead set up. Work is kept here first: without the network it waits and goes out later."}</p>
            <form class="sync-form" {onsubmit}>
                <label>{"Server URL "}<input ref={first} aria-label="Server URL" type="url" required=true placeholder="https://couch.example.org/project"
                    value={(*url).clone()} oninput={let s = url.clone(); Callback::from(move |e: InputEvent| s.set(value(&e)))} /></label>
                <label>{"User name "}<input aria-label="User name" required=true autocomplete="username"
                    value={(*user).clone()} oninput={let s = user.clone(); Callback::from(move |e: InputEvent| s.set(value(&e)))} /></label>
                <label>{"Password "}<input aria-label="Password" type="password" required=true autocomplete="current-password"
                    value={(*password).clone()} oninput={let s = password.clone(); Callback::from(move |e: InputEvent| s.set(value(&e)))} /></label>
                <div class="actions">
                    <button class="primary" type="submit" disabled={*busy}>{ if *busy { "Signing in…" } else { "Sign in and sync" } }</button>
                    if live.is_some() { <button type="button" onclick={stop}>{"Stop syncing"}</button> }
                    <button type="button" onclick={close}>{"Close"}</button>
                </div>
            </form>
            if let Some(f) = &*failure { <p class="import-error" role="alert">{ f }</p> }
            if let Some(s) = state { <p class="sync-state">{ s }</p> }
            if let Some(err) = live.as_ref().and_then(|s| s.error.clone()) { <p class="import-error">{ err }</p> }
            { for progress }
            if let Some(me) = annotators { <Assignments {lead} {me} /> }
        </div>
    }
}
