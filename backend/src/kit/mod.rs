//! The resource kit: the HTTP plumbing every resource shares, written once.
//!
//! - [`body`]: JSON bodies (`Json`, `OptionalJson`), path errors;
//! - [`patch`]: PATCH bodies (`patch_body!`: absent, `null` and a value told apart);
//! - [`query`]: query strings checked against the documented parameters (`Query`, `ListQuery`);
//! - [`call`]: what a handler gets: the caller, the database and the request's headers;
//! - [`caller`]: who is calling, and the councils they run;
//! - [`resource`]: what a resource supplies (present, insert, apply, before-delete);
//! - [`write`]: the one create / update / delete / get path;
//! - [`page`]: the one list path, keyset cursors, `Page`;
//! - [`names`]: the display names every resource embeds;
//! - [`idempotency`] and [`concurrency`]: `Idempotency-Key`, `ETag` and `If-Match`.
//!
//! `docs/architecture.md` shows how a resource uses it.

pub mod body;
pub mod call;
pub mod caller;
pub mod concurrency;
pub mod download;
pub mod idempotency;
pub mod names;
pub mod page;
pub mod patch;
pub mod query;
pub mod resource;
pub mod upload;
pub mod write;

pub use body::{Json, OptionalJson};
pub use call::Call;
pub use caller::Caller;
pub use download::{attachment, wants_csv};
pub use names::{Named, Names, Refs};
pub use page::{Keyset, Page};
pub use query::{ListQuery, NoParams, PageParams, Query, query_problem};
pub use resource::{ActiveOf, Create, Delete, ModelOf, Resource, Update};
pub use upload::read_file;
