//! Who the caller is at the table: the person their login is, and the councils that person
//! sits on today, with their roles.

use chrono::NaiveDate;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, JoinType, Query};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait};
use uuid::Uuid;

use crate::domain::classification::Clearance;
use crate::domain::council::CouncilRole;
use crate::entities::{membership, seat, user};
use crate::error::ApiResult;

/// Memberships running on `day`.
pub fn current_on(day: NaiveDate) -> Condition {
    Condition::all()
        .add(membership::Column::StartDate.lte(day))
        .add(Condition::any().add(membership::Column::EndDate.is_null()).add(membership::Column::EndDate.gte(day)))
}

/// The person a login is, and their council roles on `day` (one query).
#[derive(Debug, Default, Clone)]
pub struct Seats {
    pub person_id: Option<Uuid>,
    /// (council, role) of each membership running on the day.
    pub roles: Vec<(Uuid, CouncilRole)>,
    /// The councils where one of those memberships is confirmed (by a coordinator or admin).
    pub confirmed: Vec<Uuid>,
    /// The councils where one of the confirmed ones is in a seat with restricted access.
    pub restricted: Vec<Uuid>,
}

impl Seats {
    /// Sits on `council` in a role that runs it (chair or secretary).
    pub fn manages(&self, council: Uuid) -> bool {
        self.roles.iter().any(|(c, r)| *c == council && r.manages())
    }

    /// Sits on `council` in any role.
    pub fn sits_on(&self, council: Uuid) -> bool {
        self.roles.iter().any(|(c, _)| *c == council)
    }

    /// What the caller reads in `council` given their global `role`.
    pub fn clearance(&self, role: crate::domain::role::Role, council: Uuid) -> Clearance {
        Clearance::of(role, self.confirmed.contains(&council), self.restricted.contains(&council))
    }

    /// The councils the caller runs (as chair or secretary).
    pub fn managed(&self) -> Vec<Uuid> {
        self.roles.iter().filter(|(_, r)| r.manages()).map(|(c, _)| *c).collect()
    }

    pub fn councils(&self) -> impl Iterator<Item = Uuid> + '_ {
        self.roles.iter().map(|(c, _)| *c)
    }

    /// The councils the caller sits on by a confirmed term: those whose members' contact
    /// details they may see.
    pub fn confirmed_councils(&self) -> impl Iterator<Item = Uuid> + '_ {
        self.confirmed.iter().copied()
    }
}

pub async fn seats_of(db: &impl ConnectionTrait, user_id: Uuid, day: NaiveDate) -> ApiResult<Seats> {
    let (u, m, s) = (Alias::new("u"), Alias::new("m"), Alias::new("s"));
    let on = Condition::all()
        .add(Expr::col((m.clone(), membership::Column::PersonId)).equals((u.clone(), user::Column::PersonId)))
        .add(Expr::col((m.clone(), membership::Column::StartDate)).lte(day))
        .add(
            Condition::any()
                .add(Expr::col((m.clone(), membership::Column::EndDate)).is_null())
                .add(Expr::col((m.clone(), membership::Column::EndDate)).gte(day)),
        );
    let stmt = Query::select()
        .column((u.clone(), user::Column::PersonId))
        .column((m.clone(), membership::Column::CouncilId))
        .column((m.clone(), membership::Column::Role))
        .column((m.clone(), membership::Column::ConfirmedAt))
        .column((s.clone(), seat::Column::RestrictedAccess))
        .from_as(user::Entity, u.clone())
        .join_as(JoinType::LeftJoin, membership::Entity, m.clone(), on)
        .join_as(
            JoinType::LeftJoin,
            seat::Entity,
            s.clone(),
            Expr::col((s, seat::Column::Id)).equals((m, membership::Column::SeatId)),
        )
        .and_where(Expr::col((u, user::Column::Id)).eq(user_id))
        .to_owned();
    let mut seats = Seats::default();
    for row in db.query_all(&stmt).await? {
        seats.person_id = row.try_get("", "person_id")?;
        let council: Option<Uuid> = row.try_get("", "council_id")?;
        let role: Option<CouncilRole> = row.try_get("", "role")?;
        let confirmed: Option<chrono::DateTime<chrono::Utc>> = row.try_get("", "confirmed_at")?;
        if let (Some(c), Some(r)) = (council, role) {
            seats.roles.push((c, r));
            let restricted: Option<bool> = row.try_get("", "restricted_access")?;
            if confirmed.is_some() && !seats.confirmed.contains(&c) {
                seats.confirmed.push(c);
            }
            if confirmed.is_some() && restricted == Some(true) && !seats.restricted.contains(&c) {
                seats.restricted.push(c);
            }
        }
    }
    Ok(seats)
}
