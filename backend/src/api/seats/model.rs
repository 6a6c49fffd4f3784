//! Seats as a resource: the places at a council's table and who should hold them.

use sea_orm::{ConnectionTrait, Set};
use uuid::Uuid;

use super::types::{NewSeat, Seat, SeatPatch};
use crate::domain::audit::EntityType;
use crate::domain::role::Action;
use crate::domain::time::today;
use crate::domain::validation::Whole;
use crate::entities::organization;
use crate::entities::seat::{self, ActiveModel, Entity};
use crate::error::{ApiError, ApiResult, FieldCode, ProblemCode};
use crate::kit::{ActiveOf, Caller, Create, Delete, Named, Refs, Resource, Update, names, write};
use crate::store::{check_exists, memberships};

pub struct Seats;

pub const MAX_HOLDERS_LIMIT: i32 = 50;

fn check_max(max: i32) -> ApiResult<i32> {
    if (1..=MAX_HOLDERS_LIMIT).contains(&max) {
        Ok(max)
    } else {
        Err(ApiError::field("max_holders", FieldCode::OutOfRange, format!("Between 1 and {MAX_HOLDERS_LIMIT}.")))
    }
}

impl Resource for Seats {
    type Entity = Entity;
    type Out = Seat;
    /// The council.
    type Scope = Uuid;
    const ENTITY: EntityType = EntityType::Seat;

    fn location(council: Uuid, id: Uuid) -> String {
        format!("/api/v1/councils/{council}/seats/{id}")
    }

    fn in_scope(row: &seat::Model, council: Uuid) -> bool {
        row.council_id == council
    }

    async fn present(db: &impl ConnectionTrait, caller: &Caller, rows: Vec<seat::Model>) -> ApiResult<Vec<Seat>> {
        let refs: Vec<Refs> = rows.iter().map(|s| Refs::new().one(Named::Organization, s.organization_id)).collect();
        let mut out = vec![];
        for (s, names) in rows.into_iter().zip(names::resolve(db, &refs).await?) {
            let manages = caller.manages(db, s.council_id).await?;
            out.push(Seat {
                id: s.id,
                council_id: s.council_id,
                label: s.label,
                role: s.role,
                organization_id: s.organization_id,
                required: s.required,
                max_holders: s.max_holders,
                restricted_access: s.restricted_access,
                version: s.version,
                created_at: s.created_at,
                updated_at: s.updated_at,
                names,
                allowed_actions: if manages { vec![Action::Update, Action::Delete] } else { vec![] },
            });
        }
        Ok(out)
    }
}

impl Create for Seats {
    type New = NewSeat;

    /// Access to restricted content is granted by coordinators and admins.
    fn editor_only_fields(input: &NewSeat) -> Vec<&'static str> {
        if input.restricted_access { vec!["restricted_access"] } else { vec![] }
    }

    async fn insert(db: &impl ConnectionTrait, _: &Caller, council: Uuid, input: NewSeat) -> ApiResult<seat::Model> {
        let max = check_max(input.max_holders.unwrap_or(1))?;
        check_exists::<organization::Entity>(db, "organization_id", input.organization_id, "organization").await?;
        write::insert(
            db,
            ActiveModel {
                council_id: Set(council),
                label: Set(input.label.into_string()),
                role: Set(input.role),
                organization_id: Set(input.organization_id),
                required: Set(input.required),
                max_holders: Set(max),
                restricted_access: Set(input.restricted_access),
                ..Default::default()
            },
        )
        .await
    }
}

impl Update for Seats {
    type Patch = SeatPatch;

    /// Lowering `max_holders` below the number of current holders is refused (409).
    async fn apply(
        db: &impl ConnectionTrait,
        _: &Caller,
        current: &seat::Model,
        p: SeatPatch,
    ) -> ApiResult<ActiveOf<Self>> {
        let mut m = ActiveModel::default();
        if let Some(Whole(max)) = p.max_holders {
            let max = check_max(max)?;
            if memberships::holders_on(db, current.id, today()).await? > max as u64 {
                return Err(ApiError::conflict(
                    ProblemCode::OverCapacity,
                    "More people hold this seat now than the new maximum; end a term first.",
                ));
            }
            m.max_holders = Set(max);
        }
        if let Some(label) = p.label {
            m.label = Set(label.into_string());
        }
        if let Some(role) = p.role {
            m.role = Set(role);
        }
        if let Some(org) = p.organization_id {
            check_exists::<organization::Entity>(db, "organization_id", org, "organization").await?;
            m.organization_id = Set(org);
        }
        if let Some(v) = p.required {
            m.required = Set(v);
        }
        if let Some(v) = p.restricted_access {
            m.restricted_access = Set(v);
        }
        Ok(m)
    }
}

impl Delete for Seats {
    /// Only a seat nobody ever held: terms are history.
    async fn before_delete(db: &impl ConnectionTrait, current: &seat::Model) -> ApiResult<()> {
        if memberships::ever_held(db, current.id).await? {
            return Err(ApiError::conflict(
                ProblemCode::HasHistory,
                "People have held this seat; its terms are history and stay.",
            ));
        }
        Ok(())
    }
}
