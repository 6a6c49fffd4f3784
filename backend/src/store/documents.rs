//! Documents' queries that other resources need.

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::entities::document::{Column, Entity};
use crate::error::ApiResult;

/// Keep the documents of agenda item `item` on its meeting when the item is deleted.
pub async fn detach_from_agenda_item(db: &impl ConnectionTrait, item: Uuid) -> ApiResult<()> {
    Entity::update_many()
        .col_expr(Column::AgendaItemId, Expr::value(Option::<Uuid>::None))
        .col_expr(Column::Version, Expr::col(Column::Version).add(1))
        .filter(Column::AgendaItemId.eq(item))
        .exec(db)
        .await?;
    Ok(())
}
