//! What a resource supplies to the kit: how its rows are presented, created, changed and
//! removed. Everything else — idempotency, the transaction, If-Match, the version, the audit
//! log, ETag and Location, pages and cursors — is the kit's (see [`super::write`] and
//! [`super::list`]).

use std::future::Future;
use std::str::FromStr;

use sea_orm::{ConnectionTrait, EntityTrait, PrimaryKeyTrait};
use serde::Serialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use super::Caller;
use super::patch::PatchBody;
use crate::domain::audit::EntityType;
use crate::entities::Row;
use crate::error::ApiResult;

/// A resource's row.
pub type ModelOf<R> = <<R as Resource>::Entity as EntityTrait>::Model;
/// A resource's row as a change to write.
pub type ActiveOf<R> = <<R as Resource>::Entity as EntityTrait>::ActiveModel;

/// A resource as the API shows it.
pub trait Resource: Sized + 'static {
    /// Its table.
    type Entity: EntityTrait<Model: Row + Clone + Send + Sync, PrimaryKey: PrimaryKeyTrait<ValueType = Uuid>, Column: FromStr>;
    /// Its API representation.
    type Out: Serialize;
    /// Where it lives: `()` for a top-level resource, the parent's id for one under another.
    type Scope: Copy;
    /// What the audit log calls it.
    const ENTITY: EntityType;
    /// Fields of `Out` the audit log leaves out: computed ones and the caller's own
    /// (`names` and `allowed_actions` always are).
    const NOT_AUDITED: &'static [&'static str] = &[];

    /// The audit log's view of `out`: by default its fields but `names`, `allowed_actions` and
    /// [`Self::NOT_AUDITED`]. Whatever it leaves out is also not compared when a PATCH decides
    /// whether anything changed.
    fn audit(out: &Self::Out) -> serde_json::Value {
        super::write::audit_view::<Self>(out)
    }

    /// Its URL, for `Location`.
    fn location(scope: Self::Scope, id: Uuid) -> String;

    /// Whether `row` lives in `scope` (a seat of that council); others are 404 there.
    fn in_scope(_row: &ModelOf<Self>, _scope: Self::Scope) -> bool {
        true
    }

    /// The API representation of `rows`, for `caller`, in a fixed number of queries however
    /// many rows there are: related ids, `names` and `allowed_actions`.
    fn present(
        db: &impl ConnectionTrait,
        caller: &Caller,
        rows: Vec<ModelOf<Self>>,
    ) -> impl Future<Output = ApiResult<Vec<Self::Out>>>;

    /// Whether `caller` may read `row`; one they may not read is answered 404, as if it did not
    /// exist (a restricted item of another council is not even confirmed to exist).
    fn readable(
        _db: &impl ConnectionTrait,
        _caller: &Caller,
        _row: &ModelOf<Self>,
    ) -> impl Future<Output = ApiResult<bool>> {
        async { Ok(true) }
    }

    /// The reads of restricted content among `rows`: the kit records them in the access log
    /// when it returns them (get and list).
    fn restricted_reads(_rows: &[ModelOf<Self>]) -> Vec<crate::store::access_log::Read> {
        vec![]
    }

    /// What only a single resource shows (get, create, update) and lists leave out, e.g. a
    /// council's next meetings. Never called inside a transaction: computed work stays out of
    /// the write lock.
    fn detail(_db: &impl ConnectionTrait, out: Self::Out) -> impl Future<Output = ApiResult<Self::Out>> {
        async { Ok(out) }
    }
}

/// A resource the API creates with `POST`.
pub trait Create: Resource {
    type New: DeserializeOwned + Serialize;

    /// The rules `input` must meet on its own, checked before any transaction begins (work
    /// that needs no database, like expanding a cadence, stays out of the write lock).
    fn validate(_input: &Self::New) -> ApiResult<()> {
        Ok(())
    }

    /// The fields of `input` only coordinators and admins may set (when they are set): anyone
    /// else gets 403 naming them. State the rule in those fields' documentation too.
    fn editor_only_fields(_input: &Self::New) -> Vec<&'static str> {
        vec![]
    }

    /// Check `input` and write the new row (and its links) in `db`, a transaction, for `caller`.
    fn insert(
        db: &impl ConnectionTrait,
        caller: &Caller,
        scope: Self::Scope,
        input: Self::New,
    ) -> impl Future<Output = ApiResult<ModelOf<Self>>>;
}

/// A resource the API changes with `PATCH`.
pub trait Update: Resource {
    /// Declared with [`patch_body!`](crate::patch_body), which marks the fields only
    /// coordinators and admins may change.
    type Patch: DeserializeOwned + PatchBody;

    /// The rules `patch` must meet on its own, checked before any transaction begins.
    fn validate(_patch: &Self::Patch) -> ApiResult<()> {
        Ok(())
    }

    /// Check the change, write any links in `db` (a transaction), and return the row's changed
    /// fields: the kit writes them with the version check and the next version.
    fn apply(
        db: &impl ConnectionTrait,
        caller: &Caller,
        current: &ModelOf<Self>,
        patch: Self::Patch,
    ) -> impl Future<Output = ApiResult<ActiveOf<Self>>>;
}

/// A resource the API removes with `DELETE`.
pub trait Delete: Resource {
    /// Refuse (409) while something depends on it, or remove what goes with it.
    fn before_delete(_db: &impl ConnectionTrait, _current: &ModelOf<Self>) -> impl Future<Output = ApiResult<()>> {
        async { Ok(()) }
    }
}
