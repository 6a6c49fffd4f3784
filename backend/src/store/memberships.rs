//! Queries of memberships (terms): who holds a seat when, and who sits on a council today.

use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait, Query, SelectStatement};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::access::current_on;
use crate::entities::membership::{self, Column, Entity as Membership};
use crate::error::ApiResult;

/// The terms of `seat` other than `except` (the term being changed).
pub async fn of_seat(db: &impl ConnectionTrait, seat: Uuid, except: Option<Uuid>) -> ApiResult<Vec<membership::Model>> {
    let mut q = Membership::find().filter(Column::SeatId.eq(seat));
    if let Some(e) = except {
        q = q.filter(Column::Id.ne(e));
    }
    Ok(q.all(db).await?)
}

/// How many hold `seat` on `day`.
pub async fn holders_on(db: &impl ConnectionTrait, seat: Uuid, day: NaiveDate) -> ApiResult<u64> {
    Ok(Membership::find().filter(Column::SeatId.eq(seat)).filter(current_on(day)).count(db).await?)
}

/// Whether anybody ever held `seat`.
pub async fn ever_held(db: &impl ConnectionTrait, seat: Uuid) -> ApiResult<bool> {
    Ok(Membership::find().filter(Column::SeatId.eq(seat)).count(db).await? > 0)
}

/// Every term of a person, oldest first.
pub async fn of_person(db: &impl ConnectionTrait, person: Uuid) -> ApiResult<Vec<membership::Model>> {
    Ok(Membership::find()
        .filter(Column::PersonId.eq(person))
        .order_by_asc(Column::StartDate)
        .order_by_asc(Column::Id)
        .all(db)
        .await?)
}

/// The people who sit on `council` on `day` (a subquery).
pub fn people_on(council: Uuid, day: NaiveDate) -> SelectStatement {
    Query::select()
        .column(Column::PersonId)
        .from(Membership)
        .and_where(Expr::col(Column::CouncilId).eq(council))
        .cond_where(current_on(day))
        .to_owned()
}
