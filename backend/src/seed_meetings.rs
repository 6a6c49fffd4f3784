//! The demo's meetings: a year of them for its safety councils and local steering groups, half
//! behind and half ahead of today, from each council's cadence. Every meeting has an agenda;
//! those already past were held, with attendance and adjusted minutes (a pair of them with a
//! correction appended), and left action items behind, some done, some open, some overdue.
//! One point of Södermalm's last meeting is restricted.

use chrono::{Datelike, Days, Months};
use std::collections::HashSet;

use sea_orm::sea_query::{CaseStatement, Expr};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set};
use uuid::Uuid;

use crate::domain::action_item::ActionStatus;
use crate::domain::agenda::{AgendaItemKind, ItemResult};
use crate::domain::attendance::Presence;
use crate::domain::classification::Classification;
use crate::domain::council::{CouncilKind, CouncilStatus};
use crate::domain::meeting::MeetingStatus;
use crate::domain::minutes::{MinutesStatus, Verdict};
use crate::domain::time::{date_in_stockholm, today};
use crate::entities::{
    action_item, agenda_item, attendance, council, meeting, minutes, minutes_adjuster, minutes_correction,
    minutes_review, user,
};
use crate::error::ApiResult;
use crate::kit::Caller;

/// Councils of these kinds get a year of meetings.
const MEETING_KINDS: [CouncilKind; 2] = [CouncilKind::SafetyCouncil, CouncilKind::LocalSteeringGroup];

/// (title, kind, classification, standing) of every demo agenda.
const AGENDA: &[(&str, AgendaItemKind, Classification, bool)] = &[
    ("Mötets öppnande och val av justerare", AgendaItemKind::Other, Classification::Public, true),
    ("Lägesbild från lokalpolisområdet", AgendaItemKind::Information, Classification::Internal, true),
    ("Trygghetsvandring i stadsdelen", AgendaItemKind::Decision, Classification::Public, false),
    ("Uppföljning av åtgärder", AgendaItemKind::FollowUp, Classification::Internal, true),
    ("Övriga frågor", AgendaItemKind::Other, Classification::Public, true),
];

/// What the minutes say of each demo point.
fn minutes_text(number: usize) -> &'static str {
    match number {
        1 => "Ordföranden öppnade mötet. Två justerare valdes.",
        2 => {
            "Polisen redogjorde för utvecklingen sedan förra mötet: färre anmälda inbrott, oro kring ungdomar i centrum kvällstid."
        }
        3 => "Rådet diskuterade en gemensam trygghetsvandring med bostadsbolagen och föreningslivet.",
        4 => "Öppna åtgärder gicks igenom.",
        _ => "Inga övriga frågor.",
    }
}

fn row(t: chrono::DateTime<chrono::Utc>) -> (Uuid, i32, chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>) {
    (Uuid::now_v7(), 1, t, t)
}

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
        .order_by_asc(council::Column::SearchName)
        .all(db)
        .await?;
    let mut made = 0;
    for (n, c) in councils.iter().filter(|c| c.cadence.is_some()).enumerate() {
        let (rows, _) = crate::api::meetings::generate_from_cadence(db, &Caller::system(), c.id, from, to).await?;
        made += rows.len();
        let restricted_in_last = c.name == crate::seed_councils::MEMBER_CHAIRS;
        fill(db, c, rows, n, restricted_in_last).await?;
    }
    Ok(made)
}

/// Agendas for `meetings` of `c`; the past ones held with attendance, adjusted minutes and tasks.
async fn fill(
    db: &impl ConnectionTrait,
    c: &council::Model,
    meetings: Vec<meeting::Model>,
    council_index: usize,
    restricted_in_last: bool,
) -> ApiResult<()> {
    let now = crate::db::now();
    // Where the council meets: its district's offices (the cadence says when, not where).
    let district = ["Lokal styrgrupp ", "Trygghetsråd "].iter().find_map(|p| c.name.strip_prefix(p)).unwrap_or(&c.name);
    let room = if c.kind == CouncilKind::SafetyCouncil { "samlingssalen" } else { "sammanträdesrummet" };
    meeting::Entity::update_many()
        .col_expr(meeting::Column::Location, Expr::value(format!("Stadsdelsförvaltningen {district}, {room}")))
        .filter(meeting::Column::Id.is_in(meetings.iter().map(|m| m.id)))
        .exec(db)
        .await?;
    let past: Vec<&meeting::Model> = meetings.iter().filter(|m| m.ends_at < now).collect();
    let mut items = vec![];
    let mut decision = 0;
    for m in &meetings {
        let held = m.ends_at < now;
        let last_held = past.last().is_some_and(|l| l.id == m.id);
        for (i, (title, kind, classification, standing)) in AGENDA.iter().enumerate() {
            let (id, version, created_at, updated_at) = row(now);
            let number = i + 1;
            let is_decision = *kind == AgendaItemKind::Decision && held;
            if is_decision {
                decision += 1;
            }
            items.push(agenda_item::ActiveModel {
                id: Set(id),
                version: Set(version),
                created_at: Set(created_at),
                updated_at: Set(updated_at),
                meeting_id: Set(m.id),
                council_id: Set(c.id),
                number: Set(number as i32),
                title: Set((*title).into()),
                kind: Set(*kind),
                presenter_person_id: Set(None),
                organization_id: Set(None),
                duration_minutes: Set(Some(if number == 2 { 30 } else { 15 })),
                classification: Set(*classification),
                description: Set(None),
                standing: Set(*standing),
                minutes_text: Set(held.then(|| minutes_text(number).to_owned())),
                decision: Set(
                    is_decision.then(|| "Att genomföra en gemensam trygghetsvandring under nästa månad.".into())
                ),
                decision_number: Set(is_decision.then_some(decision)),
                decision_year: Set(is_decision.then(|| date_in_stockholm(m.starts_at).year())),
                result: Set(held.then_some(if is_decision { ItemResult::Decided } else { ItemResult::Noted })),
                adjusted_at: Set(None),
            });
        }
        if restricted_in_last && last_held {
            let (id, version, created_at, updated_at) = row(now);
            items.push(agenda_item::ActiveModel {
                id: Set(id),
                version: Set(version),
                created_at: Set(created_at),
                updated_at: Set(updated_at),
                meeting_id: Set(m.id),
                council_id: Set(c.id),
                number: Set(AGENDA.len() as i32 + 1),
                title: Set("Ärende om enskild (sekretess)".into()),
                kind: Set(AgendaItemKind::Information),
                presenter_person_id: Set(None),
                organization_id: Set(None),
                duration_minutes: Set(Some(10)),
                classification: Set(Classification::Restricted),
                description: Set(Some("Behandlas endast av ledamöter med behörighet.".into())),
                standing: Set(false),
                minutes_text: Set(Some("Ärendet behandlades. Anteckningar förvaras hos sekreteraren.".into())),
                decision: Set(None),
                decision_number: Set(None),
                decision_year: Set(None),
                result: Set(Some(ItemResult::Noted)),
                adjusted_at: Set(None),
            });
        }
    }
    for chunk in items.chunks(300) {
        agenda_item::Entity::insert_many(chunk.to_vec()).exec_without_returning(db).await?;
    }
    if past.is_empty() {
        return Ok(());
    }
    let past_ids: Vec<Uuid> = past.iter().map(|m| m.id).collect();
    // Every past meeting: agenda published a week before, held, the invitees (all but every
    // fourth) attended.
    let mut published = CaseStatement::new();
    for m in &past {
        published = published.case(meeting::Column::Id.eq(m.id), Expr::val(m.starts_at - chrono::Duration::days(7)));
    }
    meeting::Entity::update_many()
        .col_expr(meeting::Column::Status, Expr::value(MeetingStatus::MinutesAdjusted))
        .col_expr(meeting::Column::AgendaPublishedAt, published.finally(Expr::val(now)).into())
        .filter(meeting::Column::Id.is_in(past_ids.clone()))
        .exec(db)
        .await?;
    let invitees = attendance::Entity::find()
        .filter(attendance::Column::MeetingId.is_in(past_ids.clone()))
        .order_by_asc(attendance::Column::Id)
        .all(db)
        .await?;
    let (mut came, mut away) = (vec![], vec![]);
    for (i, a) in invitees.iter().enumerate() {
        if i % 4 == 3 { away.push(a.id) } else { came.push(a.id) }
    }
    for (ids, presence) in [(came, Presence::Attended), (away, Presence::Absent)] {
        if !ids.is_empty() {
            attendance::Entity::update_many()
                .col_expr(attendance::Column::Presence, Expr::value(presence))
                .col_expr(attendance::Column::Rsvp, Expr::value(crate::domain::attendance::Rsvp::Accepted))
                .filter(attendance::Column::Id.is_in(ids))
                .exec(db)
                .await?;
        }
    }
    // Minutes adjusted by two who came.
    let all_minutes =
        minutes::Entity::find().filter(minutes::Column::MeetingId.is_in(past_ids.clone())).all(db).await?;
    let mut adjusters = vec![];
    let mut reviews = vec![];
    let mut corrections = vec![];
    for (k, mi) in all_minutes.iter().enumerate() {
        let attended: Vec<Uuid> = invitees
            .iter()
            .enumerate()
            .filter(|(i, a)| a.meeting_id == mi.meeting_id && i % 4 != 3)
            .filter_map(|(_, a)| a.person_id)
            .take(2)
            .collect();
        let held_at = past.iter().find(|m| m.id == mi.meeting_id).map_or(now, |m| m.starts_at);
        for (j, p) in attended.iter().enumerate() {
            // The adjusters approve five and seven days after the meeting.
            let approved_at = (held_at + chrono::Duration::days(5 + 2 * j as i64)).min(now);
            let (id, version, created_at, updated_at) = row(now);
            adjusters.push(minutes_adjuster::ActiveModel {
                id: Set(id),
                version: Set(version),
                created_at: Set(created_at),
                updated_at: Set(updated_at),
                minutes_id: Set(mi.id),
                person_id: Set(*p),
                approved_revision: Set(Some(1)),
                approved_at: Set(Some(approved_at)),
            });
            let (id, version, created_at, updated_at) = row(approved_at);
            reviews.push(minutes_review::ActiveModel {
                id: Set(id),
                version: Set(version),
                created_at: Set(created_at),
                updated_at: Set(updated_at),
                minutes_id: Set(mi.id),
                revision: Set(1),
                person_id: Set(*p),
                agenda_item_id: Set(None),
                verdict: Set(Verdict::Approved),
                comment: Set(None),
            });
        }
        // A pair of corrections, on the first council's first two minutes.
        if council_index == 0 && k < 2 {
            let (id, version, created_at, updated_at) = row(now);
            corrections.push(minutes_correction::ActiveModel {
                id: Set(id),
                version: Set(version),
                created_at: Set(created_at),
                updated_at: Set(updated_at),
                minutes_id: Set(mi.id),
                agenda_item_id: Set(None),
                text: Set("Rättelse: mötet avslutades kl. 19.30, inte 19.00.".into()),
                author_user_id: Set(None),
                author_name: Set("Sekreteraren".into()),
            });
        }
    }
    if !adjusters.is_empty() {
        minutes_adjuster::Entity::insert_many(adjusters).exec_without_returning(db).await?;
        minutes_review::Entity::insert_many(reviews).exec_without_returning(db).await?;
    }
    if !corrections.is_empty() {
        minutes_correction::Entity::insert_many(corrections).exec_without_returning(db).await?;
    }
    // Submitted two days after the meeting, adjusted a week after it (as a secretary would).
    let (mut submitted, mut adjusted) = (CaseStatement::new(), CaseStatement::new());
    for m in &past {
        let after = |days| (m.starts_at + chrono::Duration::days(days)).min(now);
        submitted = submitted.case(minutes::Column::MeetingId.eq(m.id), Expr::val(after(2)));
        adjusted = adjusted.case(minutes::Column::MeetingId.eq(m.id), Expr::val(after(7)));
    }
    minutes::Entity::update_many()
        .col_expr(minutes::Column::Status, Expr::value(MinutesStatus::Adjusted))
        .col_expr(minutes::Column::Revision, Expr::value(1))
        .col_expr(minutes::Column::SubmittedAt, submitted.finally(Expr::val(now)).into())
        .col_expr(minutes::Column::AdjustedAt, adjusted.finally(Expr::val(now)).into())
        .filter(minutes::Column::MeetingId.is_in(past_ids))
        .exec(db)
        .await?;
    // Tasks from each past meeting's decision: the older done, the recent open, one overdue;
    // each with an owner who attended, one with a demo login where there is one.
    let logins: HashSet<Uuid> = user::Entity::find()
        .filter(user::Column::PersonId.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .filter_map(|u| u.person_id)
        .collect();
    let owner_of = |meeting: Uuid| {
        let theirs = || invitees.iter().filter(move |a| a.meeting_id == meeting).filter_map(|a| a.person_id);
        theirs().find(|p| logins.contains(p)).or_else(|| theirs().next())
    };
    let mut tasks = vec![];
    for (i, m) in past.iter().enumerate() {
        let (id, version, created_at, updated_at) = row(now);
        let meeting_day = date_in_stockholm(m.starts_at);
        let recent = i + 2 >= past.len();
        let due = if recent && i + 1 == past.len() {
            meeting_day.checked_add_days(Days::new(45)).unwrap_or(meeting_day)
        } else {
            meeting_day.checked_add_days(Days::new(14)).unwrap_or(meeting_day)
        };
        tasks.push(action_item::ActiveModel {
            id: Set(id),
            version: Set(version),
            created_at: Set(created_at),
            updated_at: Set(updated_at),
            council_id: Set(c.id),
            meeting_id: Set(Some(m.id)),
            agenda_item_id: Set(None),
            description: Set("Planera trygghetsvandringen tillsammans med bostadsbolaget och bjuda in boende.".into()),
            owner_person_id: Set(owner_of(m.id)),
            owner_organization_id: Set(None),
            due_on: Set(Some(due)),
            status: Set(if recent { ActionStatus::Open } else { ActionStatus::Done }),
            completed_at: Set((!recent).then_some(now)),
            overdue_notified_at: Set(None),
        });
    }
    action_item::Entity::insert_many(tasks).exec_without_returning(db).await?;
    Ok(())
}
