//! The formats Web Worker's entry point (see `spanwright_app::formats_worker`).

use gloo::worker::Registrable;
use spanwright_app::formats_worker::FormatsWorker;

fn main() {
    FormatsWorker::registrar().register();
}
