//! The caller of a request: who they are (from the access token), their global role, and — read
//! from the database once, and only when a check needs it — the councils they sit on today.

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use sea_orm::ConnectionTrait;
use tokio::sync::OnceCell;
use uuid::Uuid;

use crate::domain::classification::Clearance;
use crate::domain::role::{Action, Role};
use crate::domain::time::today;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::store::access::{Seats, seats_of};

pub struct Caller {
    pub user_id: Uuid,
    pub role: Role,
    seats: OnceCell<Seats>,
}

impl Caller {
    pub fn new(user_id: Uuid, role: Role) -> Self {
        Caller { user_id, role, seats: OnceCell::new() }
    }

    /// The system itself (migrations, the demo seed): an admin with no login.
    pub fn system() -> Self {
        Caller { user_id: Uuid::nil(), role: Role::Admin, seats: OnceCell::from(Seats::default()) }
    }

    /// The id to record in the audit log: `None` for the system.
    pub fn actor(&self) -> Option<Uuid> {
        (!self.user_id.is_nil()).then_some(self.user_id)
    }

    /// The name to write beside what the caller made (an upload, a report): their login's
    /// display name, or "Systemet" for the system.
    pub async fn display_name(&self, db: &impl ConnectionTrait) -> ApiResult<String> {
        use sea_orm::EntityTrait;
        Ok(match self.actor() {
            Some(u) => {
                crate::entities::user::Entity::find_by_id(u).one(db).await?.map(|u| u.display_name).unwrap_or_default()
            }
            None => "Systemet".into(),
        })
    }

    /// Coordinators and admins: they run the shared registers and every council.
    pub fn is_editor(&self) -> bool {
        self.role.is_editor()
    }

    /// Refuse with 403 unless the caller has one of `roles`.
    pub fn require(&self, roles: &[Role]) -> ApiResult<()> {
        if roles.contains(&self.role) { Ok(()) } else { Err(ApiError::Forbidden) }
    }

    /// `actions` when the caller has one of `roles`, else none.
    pub fn may(&self, roles: &[Role], actions: &[Action]) -> Vec<Action> {
        if roles.contains(&self.role) { actions.to_vec() } else { vec![] }
    }

    /// The person the caller's login is and the councils they sit on today (one query, once).
    pub async fn seats(&self, db: &impl ConnectionTrait) -> ApiResult<&Seats> {
        self.seats.get_or_try_init(|| seats_of(db, self.user_id, today())).await
    }

    /// Coordinators and admins run every council; a chair or secretary runs their own; viewers
    /// never write.
    pub async fn manages(&self, db: &impl ConnectionTrait, council: Uuid) -> ApiResult<bool> {
        Ok(match self.role {
            Role::Admin | Role::Coordinator => true,
            Role::Viewer => false,
            Role::Member => self.seats(db).await?.manages(council),
        })
    }

    /// What the caller may read in `council` (see [`Clearance`]).
    pub async fn clearance(&self, db: &impl ConnectionTrait, council: Uuid) -> ApiResult<Clearance> {
        Ok(match self.role {
            Role::Admin => Clearance::Restricted,
            role => self.seats(db).await?.clearance(role, council),
        })
    }

    /// 403 unless the caller [`manages`](Self::manages) the council.
    pub async fn require_manager(&self, db: &impl ConnectionTrait, council: Uuid) -> ApiResult<()> {
        if self.manages(db, council).await? { Ok(()) } else { Err(ApiError::Forbidden) }
    }
}

impl FromRequest for Caller {
    type Error = ApiError;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready((|| {
            let state =
                req.app_data::<web::Data<AppState>>().ok_or_else(|| ApiError::internal("application state missing"))?;
            let header = req
                .headers()
                .get(actix_web::http::header::AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
                .ok_or_else(|| ApiError::Unauthorized("This endpoint requires a Bearer access token.".into()))?;
            let token = header
                .strip_prefix("Bearer ")
                .or_else(|| header.strip_prefix("bearer "))
                .ok_or_else(|| ApiError::Unauthorized("Use the Bearer authentication scheme.".into()))?;
            let claims = crate::auth::verify_access_token(state, token.trim())?;
            Ok(Caller::new(claims.sub, claims.role))
        })())
    }
}
