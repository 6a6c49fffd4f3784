//! The demo's meetings: a year of them for its safety councils and local steering groups, half
//! behind and half ahead of today, from each council's cadence; those already past are held.

use chrono::{Datelike, Months};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::domain::council::{CouncilKind, CouncilStatus};
use crate::domain::meeting::MeetingStatus;
use crate::domain::time::today;
use crate::entities::{council, meeting};
use crate::error::ApiResult;
use crate::kit::Caller;

/// Councils of these kinds get a year of meetings.
const MEETING_KINDS: [CouncilKind; 2] = [CouncilKind::SafetyCouncil, CouncilKind::LocalSteeringGroup];

/// Load the demo's meetings unless there are meetings already; how many were made.
pub async fn load(db: &impl ConnectionTrait) -> ApiResult<usize> {
    if meeting::Entity::find().count(db).await? > 0 {
        return Ok(0);
    }
    let day = today();
    let (from, to) = (
        day.checked_sub_months(Months::new(6)).unwrap_or(day).with_day(1).unwrap_or(day),
        day.checked_add_months(Months::new(6)).unwrap_or(day),
    );
    let councils = council::Entity::find()
        .filter(council::Column::Kind.is_in(MEETING_KINDS))
        .filter(council::Column::Status.eq(CouncilStatus::Active))
        .all(db)
        .await?;
    let mut made = 0;
    for c in councils.iter().filter(|c| c.cadence.is_some()) {
        let (rows, _) = crate::api::meetings::generate_from_cadence(db, &Caller::system(), c.id, from, to).await?;
        made += rows.len();
    }
    // What lies behind today has been held.
    meeting::Entity::update_many()
        .col_expr(meeting::Column::Status, sea_orm::sea_query::Expr::value(MeetingStatus::Held))
        .filter(meeting::Column::EndsAt.lt(crate::db::now()))
        .exec(db)
        .await?;
    Ok(made)
}
