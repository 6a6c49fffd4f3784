//! Counting the queries a request makes: every read must cost a fixed number of them whatever
//! the page size, and the tests and `/metrics` check that it does.

use std::cell::Cell;

tokio::task_local! {
    static COUNT: Cell<u32>;
}

/// The metric callback of every connection: one more query for the request being handled.
pub fn counted(_: &sea_orm::metric::Info<'_>) {
    let _ = COUNT.try_with(|c| c.set(c.get() + 1));
}

/// Run `f`, counting the queries it makes; returns its output and the count.
pub async fn count<F: std::future::Future>(f: F) -> (F::Output, u32) {
    COUNT
        .scope(Cell::new(0), async move {
            let out = f.await;
            (out, COUNT.with(Cell::get))
        })
        .await
}
