//! Where work is kept: projects in IndexedDB, one record per document, saved after every change
//! (see `saver`); small settings and the work of earlier versions in `localStorage` (`legacy`).

pub mod db;
pub mod legacy;
pub mod projects;
pub mod quota;
pub mod saver;
pub mod tabs;

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::IdbDatabase as Database;

thread_local! {
    static DB: RefCell<Option<Rc<Database>>> = const { RefCell::new(None) };
}

/// The database, opened on first use.
pub async fn database() -> Result<Rc<Database>, String> {
    if let Some(db) = DB.with(|d| d.borrow().clone()) {
        return Ok(db);
    }
    let db = Rc::new(db::open().await?);
    DB.with(|d| *d.borrow_mut() = Some(db.clone()));
    Ok(db)
}
