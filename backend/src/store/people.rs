//! Queries of people: whose contact details a caller may see.

use std::collections::HashSet;

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use super::access::{Seats, current_on};
use crate::entities::membership::{self, Entity as Membership};
use crate::error::ApiResult;

/// The people whose contact details someone with `seats` may see: themselves, and everyone
/// who sits on one of their councils on `day` — both by confirmed terms, so that a chair cannot
/// gain anyone's details by seating them (one query).
pub async fn contacts_visible_to(db: &impl ConnectionTrait, seats: &Seats, day: NaiveDate) -> ApiResult<HashSet<Uuid>> {
    let mut visible: HashSet<Uuid> = seats.person_id.into_iter().collect();
    let councils: Vec<Uuid> = seats.confirmed_councils().collect();
    if !councils.is_empty() {
        let people: Vec<Uuid> = Membership::find()
            .filter(membership::Column::CouncilId.is_in(councils))
            .filter(current_on(day))
            .filter(membership::Column::ConfirmedAt.is_not_null())
            .select_only()
            .column(membership::Column::PersonId)
            .into_tuple()
            .all(db)
            .await?;
        visible.extend(people);
    }
    Ok(visible)
}

/// The organisation of the person a user is (one query), if the user is a person of one.
pub async fn organization_of_user(db: &impl ConnectionTrait, user: Uuid) -> ApiResult<Option<Uuid>> {
    use crate::entities::{person, user as users};
    use sea_orm::QueryTrait;
    let person = users::Entity::find_by_id(user).select_only().column(users::Column::PersonId).into_query();
    Ok(person::Entity::find()
        .filter(person::Column::Id.in_subquery(person))
        .select_only()
        .column(person::Column::OrganizationId)
        .into_tuple::<Option<Uuid>>()
        .one(db)
        .await?
        .flatten())
}
