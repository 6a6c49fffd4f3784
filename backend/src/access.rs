//! Council roles: what a caller may do follows from their global role and, for members, from
//! the councils their person currently sits on.

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use crate::auth::{Auth, EDITORS, Role};
use crate::entities::membership::{self, Entity as Membership};
use crate::entities::user::Entity as User;
use crate::error::{ApiError, ApiResult};

/// Council roles that manage their council's seats and memberships.
pub const MANAGING_ROLES: &[&str] = &["chair", "secretary"];

pub fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

/// Memberships running on `day`.
pub fn current_on(day: NaiveDate) -> Condition {
    Condition::all()
        .add(membership::Column::StartDate.lte(day))
        .add(Condition::any().add(membership::Column::EndDate.is_null()).add(membership::Column::EndDate.gte(day)))
}

/// The person the caller's login is linked to, if any.
pub async fn person_of(db: &impl ConnectionTrait, auth: &Auth) -> ApiResult<Option<Uuid>> {
    Ok(User::find_by_id(auth.user_id).one(db).await?.and_then(|u| u.person_id))
}

/// The councils the caller currently sits on, optionally only in one of `roles`.
pub async fn own_council_ids(db: &impl ConnectionTrait, auth: &Auth, roles: Option<&[&str]>) -> ApiResult<Vec<Uuid>> {
    let Some(person) = person_of(db, auth).await? else { return Ok(vec![]) };
    let mut q = Membership::find().filter(membership::Column::PersonId.eq(person)).filter(current_on(today()));
    if let Some(roles) = roles {
        q = q.filter(membership::Column::Role.is_in(roles.iter().copied()));
    }
    Ok(q.select_only().column(membership::Column::CouncilId).into_tuple::<Uuid>().all(db).await?)
}

/// Coordinators and admins manage every council; a chair or secretary manages their own
/// (viewers never write).
pub async fn require_council_manager(db: &impl ConnectionTrait, auth: &Auth, council_id: Uuid) -> ApiResult<()> {
    if EDITORS.contains(&auth.role) {
        return Ok(());
    }
    if auth.role == Role::Viewer {
        return Err(ApiError::Forbidden);
    }
    if own_council_ids(db, auth, Some(MANAGING_ROLES)).await?.contains(&council_id) {
        return Ok(());
    }
    Err(ApiError::Forbidden)
}
