//! One way to embed related names: every resource the API returns carries `names`, the display
//! names of the resources it refers to by id, so a client never needs a second request (or one
//! per row) to show them. A resource says what it refers to ([`Refs`]); [`resolve`] looks the
//! names of a whole page up in one query.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};

use sea_orm::ConnectionTrait;
use serde::Serialize;
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{AdditionalProperties, ObjectBuilder, Schema, Type};
use utoipa::{PartialSchema, ToSchema};
use uuid::Uuid;

use crate::error::ApiResult;
pub use crate::store::names::Named;

/// Display names by id: `{ "<id>": "<name>" }`.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
#[serde(transparent)]
pub struct Names(BTreeMap<Uuid, String>);

impl Names {
    pub fn get(&self, id: &Uuid) -> Option<&str> {
        self.0.get(id).map(String::as_str)
    }
}

impl PartialSchema for Names {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::Object)
            .property_names(Some(ObjectBuilder::new().schema_type(Type::String).format(Some(utoipa::openapi::SchemaFormat::KnownFormat(utoipa::openapi::KnownFormat::Uuid)))))
            .additional_properties(Some(AdditionalProperties::RefOr(String::schema())))
            .description(Some(
                "The display names of the resources this one refers to, by id: parents, areas, organizations, people, seats.",
            ))
            .into()
    }
}

impl ToSchema for Names {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Names")
    }
}

/// What one resource refers to.
#[derive(Debug, Default, Clone)]
pub struct Refs(Vec<(Named, Uuid)>);

impl Refs {
    pub fn new() -> Self {
        Refs::default()
    }

    /// Refer to `id`, if any.
    pub fn one(mut self, kind: Named, id: Option<Uuid>) -> Self {
        self.0.extend(id.map(|id| (kind, id)));
        self
    }

    /// Refer to each of `ids`.
    pub fn all(mut self, kind: Named, ids: impl IntoIterator<Item = Uuid>) -> Self {
        self.0.extend(ids.into_iter().map(|id| (kind, id)));
        self
    }
}

/// The [`Names`] of each resource's [`Refs`], in the same order, with one query for them all.
pub async fn resolve(db: &impl ConnectionTrait, refs: &[Refs]) -> ApiResult<Vec<Names>> {
    let mut wanted: HashMap<Named, HashSet<Uuid>> = HashMap::new();
    for (kind, id) in refs.iter().flat_map(|r| &r.0) {
        wanted.entry(*kind).or_default().insert(*id);
    }
    let found = crate::store::names::lookup(db, &wanted).await?;
    Ok(refs
        .iter()
        .map(|r| Names(r.0.iter().filter_map(|(_, id)| found.get(id).map(|n| (*id, n.clone()))).collect()))
        .collect())
}
