//! The stored projects on the start page: open, rename, duplicate, delete (after asking), and
//! restore a backup as a new project.

use std::collections::BTreeSet;
use std::rc::Rc;

use spanwright_core::project_store::{restore_file, ProjectRecord};
use spanwright_core::Workspace;
use yew::prelude::*;

use crate::dom::files::read_text;
use crate::dom::formats_client::read_v1;
use crate::state::{Action, AppState, Message, ProjectInfo};
use crate::storage::{self, projects};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub projects: Rc<Vec<ProjectRecord>>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

type D = UseReducerDispatcher<AppState>;

/// Runs a storage task; its error becomes a message.
fn task(d: &D, f: impl std::future::Future<Output = Result<(), String>> + 'static) {
    let d = d.clone();
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = f.await {
            d.dispatch(Action::Notify(Message::error(e)));
        }
    });
}

pub async fn relist(d: &D) -> Result<(), String> {
    let db = storage::database().await?;
    d.dispatch(Action::ProjectsListed(projects::list(&db).await?));
    Ok(())
}

pub async fn open_stored(d: &D, id: &str) -> Result<(), String> {
    let db = storage::database().await?;
    let (record, mut ws, problems) = projects::load(&db, id).await?;
    if let Some(i) = crate::storage::legacy::open_doc(id).and_then(|doc| ws.position(&doc)) {
        ws.open(i);
    }
    let mut stored = BTreeSet::new();
    for doc in ws.docs() {
        stored.insert(doc.id.clone());
    }
    let project = ProjectInfo { id: record.id.into(), name: record.name.into(), stored: Some(Rc::new(stored)) };
    d.dispatch(Action::OpenProject { project, ws: Box::new(ws), problems });
    Ok(())
}

/// Stores `ws` whole as a new project named `name`, then opens it.
async fn store_new(d: &D, name: &str, mut ws: Workspace) -> Result<(), String> {
    let db = storage::database().await?;
    let project = ProjectInfo::fresh(name);
    projects::create(&db, &project.id, name, &mut ws).await?;
    open_stored(d, &project.id).await
}

fn unique_name(projects: &[ProjectRecord], wanted: &str) -> String {
    let taken = |n: &str| projects.iter().any(|p| p.name == n);
    let mut name = wanted.to_string();
    let mut k = 2;
    while taken(&name) {
        name = format!("{wanted} ({k})");
        k += 1;
    }
    name
}

#[function_component(ProjectList)]
pub fn project_list(p: &Props) -> Html {
    let d = &p.dispatch;
    let on_restore = {
        let (d, list) = (d.clone(), p.projects.clone());
        Callback::from(move |e: Event| {
            let el = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let Some(file) = el.files().and_then(|f| f.get(0)) else { return };
            el.set_value("");
            let stem = file.name().trim_end_matches(".json").to_string();
            let (d, list, name) = (d.clone(), list.clone(), file.name());
            read_text(file, move |r| {
                let Ok(json) = r.map_err(|e| d.dispatch(Action::Notify(Message::error(e)))) else { return };
                let d = d.clone();
                read_v1(name, json, move |file| match file.map(restore_file) {
                    Err(e) => d.dispatch(Action::Notify(Message::error(format!("Not restored: {e}")))),
                    Ok(None) => {
                        d.dispatch(Action::Notify(Message::error("Not restored: the backup has no documents.")))
                    }
                    Ok(Some((name, ws))) => {
                        let name = unique_name(&list, &name.unwrap_or(stem));
                        let d2 = d.clone();
                        task(&d, async move { store_new(&d2, &name, ws).await });
                    }
                });
            });
        })
    };
    let rows = p.projects.iter().map(|rec| {
        let id = rec.id.clone();
        let open = {
            let (d, id) = (d.clone(), id.clone());
            Callback::from(move |_| {
                let d2 = d.clone();
                let id = id.clone();
                task(&d, async move { open_stored(&d2, &id).await });
            })
        };
        let rename = {
            let (d, id, old) = (d.clone(), id.clone(), rec.name.clone());
            Callback::from(move |_| {
                let Some(name) = gloo::dialogs::prompt("New name for the project", Some(&old)) else { return };
                let name = name.trim().to_string();
                if name.is_empty() {
                    return;
                }
                let (d2, id) = (d.clone(), id.clone());
                task(&d, async move {
                    projects::rename(&*storage::database().await?, &id, &name).await?;
                    relist(&d2).await
                });
            })
        };
        let duplicate = {
            let (d, id, list) = (d.clone(), id.clone(), p.projects.clone());
            Callback::from(move |_| {
                let (d2, id, list) = (d.clone(), id.clone(), list.clone());
                task(&d, async move {
                    let db = storage::database().await?;
                    let (record, mut ws, _) = projects::load(&db, &id).await?;
                    let name = unique_name(&list, &format!("{} (copy)", record.name));
                    projects::create(&db, &ProjectInfo::fresh(&name).id, &name, &mut ws).await?;
                    relist(&d2).await
                });
            })
        };
        let delete = {
            let (d, id, name, n) = (d.clone(), id.clone(), rec.name.clone(), rec.order.len());
            Callback::from(move |_| {
                let question = format!("Delete the project “{name}” and its {n} documents? This cannot be undone.");
                if !gloo::dialogs::confirm(&question) {
                    return;
                }
                let (d2, id) = (d.clone(), id.clone());
                task(&d, async move {
                    projects::delete(&*storage::database().await?, &id).await?;
                    relist(&d2).await
                });
            })
        };
        let name = rec.name.clone();
        html! {
            <li key={rec.id.clone()} data-project-id={rec.id.clone()}>
                <button class="project-open" onclick={open}>{ &rec.name }</button>
                <span class="hint">{ format!("{} documents, {} done", rec.order.len(), rec.done) }</span>
                <button aria-label={format!("Rename {name}")} onclick={rename}>{"Rename"}</button>
                <button aria-label={format!("Duplicate {name}")} onclick={duplicate}>{"Duplicate"}</button>
                <button aria-label={format!("Delete {name}")} onclick={delete}>{"Delete"}</button>
            </li>
        }
    });
    html! {
        <section class="projects">
            <h2>{"Projects"}</h2>
            if p.projects.is_empty() {
                <p class="hint">{"No projects yet: start one below, or restore a backup."}</p>
            }
            <ul aria-label="Projects">{ for rows }</ul>
            <label class="file-button">{"Restore backup"}
                <input type="file" accept=".json,application/json" class="hidden" aria-label="Restore backup" onchange={on_restore} />
            </label>
        </section>
    }
}
