//! Trees of one entity through a `parent_id` column (areas, organizations, councils,
//! agreements): the parent must exist and must not be the node itself or below it.

use sea_orm::{ConnectionTrait, EntityTrait, PrimaryKeyTrait, QuerySelect};
use uuid::Uuid;

use crate::error::{ApiError, ApiResult, FieldCode};

const MAX_DEPTH: usize = 100;

/// Check that `parent` may become the parent of `id` (`None` for a new node).
pub async fn check_parent<E>(
    db: &impl ConnectionTrait,
    parent_col: E::Column,
    id: Option<Uuid>,
    parent: Uuid,
) -> ApiResult<()>
where
    E: EntityTrait,
    <E::PrimaryKey as PrimaryKeyTrait>::ValueType: From<Uuid>,
{
    let mut cursor = Some(parent);
    for _ in 0..MAX_DEPTH {
        let Some(current) = cursor else { return Ok(()) };
        if Some(current) == id {
            return Err(ApiError::field("parent_id", FieldCode::Cycle, "A node cannot be its own ancestor."));
        }
        cursor = E::find_by_id(current)
            .select_only()
            .column(parent_col)
            .into_tuple::<Option<Uuid>>()
            .one(db)
            .await?
            .ok_or_else(|| ApiError::field("parent_id", FieldCode::NotFound, "No such parent exists."))?;
    }
    Err(ApiError::field("parent_id", FieldCode::TooDeep, "The hierarchy is too deep."))
}
