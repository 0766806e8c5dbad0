//! The one line that says what just happened or went wrong.

use yew::prelude::*;

use crate::state::{Action, AppState, Message};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub message: Option<Message>,
    /// Downloads a backup of the open project (offered when saving failed).
    pub on_backup: Callback<()>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

#[function_component(MessageBar)]
pub fn message_bar(p: &Props) -> Html {
    let Some(m) = &p.message else { return html! { <div class="message empty" role="status"></div> } };
    let dismiss = {
        let d = p.dispatch.clone();
        Callback::from(move |_| d.dispatch(Action::DismissMessage))
    };
    let (class, role) = if m.error { ("message error", "alert") } else { ("message info", "status") };
    html! {
        <div {class} {role}>
            <span class="message-text" title={m.text.clone()}>{ &m.text }</span>
            if m.offer_backup {
                <button onclick={p.on_backup.reform(|_| ())}>{"Download backup"}</button>
            }
            <button class="dismiss" aria-label="Dismiss message" onclick={dismiss}>{"×"}</button>
        </div>
    }
}
