//! People as a resource. Personal data: contact details only for those who work with the
//! person; exportable and erasable (GDPR arts. 15 and 17).

use std::collections::HashSet;

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use uuid::Uuid;

use super::types::{ExportedAccount, ExportedSignature, ExportedTerm, NewPerson, Person, PersonExport, PersonPatch};
use crate::audit::{self, AuditAction, AuditEventOut, EntityType};
use crate::db::{now, search_key};
use crate::domain::role::{Action, EDITORS};
use crate::domain::text::Blank;
use crate::domain::time::today;
use crate::entities::person::{self, ActiveModel, Entity};
use crate::entities::{audit_event, organization, user};
use crate::error::{ApiError, ApiResult, ProblemCode};
use crate::kit::{ActiveOf, Caller, Create, Named, Refs, Resource, Update, idempotency, names, write};
use crate::store::{agreements, check_exists, memberships, people::contacts_visible_to};

pub struct People;

/// What an erased person is called from then on.
pub const ERASED_NAME: &str = "Raderad person";

/// Whose contact details `caller` may see: everyone (`None`) for coordinators and admins, else
/// themselves and the people who sit on a council with them today.
async fn visible_contacts(db: &impl ConnectionTrait, caller: &Caller) -> ApiResult<Option<HashSet<Uuid>>> {
    if caller.is_editor() {
        return Ok(None);
    }
    Ok(Some(contacts_visible_to(db, caller.seats(db).await?, today()).await?))
}

impl Resource for People {
    type Entity = Entity;
    type Out = Person;
    type Scope = ();
    const ENTITY: EntityType = EntityType::Person;

    fn location(_: (), id: Uuid) -> String {
        format!("/api/v1/people/{id}")
    }

    async fn present(db: &impl ConnectionTrait, caller: &Caller, rows: Vec<person::Model>) -> ApiResult<Vec<Person>> {
        let visible = visible_contacts(db, caller).await?;
        let refs: Vec<Refs> = rows.iter().map(|p| Refs::new().one(Named::Organization, p.organization_id)).collect();
        let actions = caller.may(EDITORS, &[Action::Update, Action::Export, Action::Erase]);
        Ok(rows
            .into_iter()
            .zip(names::resolve(db, &refs).await?)
            .map(|(m, names)| {
                let show = visible.as_ref().is_none_or(|v| v.contains(&m.id));
                let has_contact = m.email.is_some() || m.phone.is_some();
                Person {
                    id: m.id,
                    name: m.name,
                    title: m.title,
                    email: m.email.filter(|_| show),
                    phone: m.phone.filter(|_| show),
                    organization_id: m.organization_id,
                    erased: m.erased_at.is_some(),
                    contact_hidden: !show && has_contact,
                    version: m.version,
                    created_at: m.created_at,
                    updated_at: m.updated_at,
                    names,
                    allowed_actions: actions.clone(),
                }
            })
            .collect())
    }
}

impl Create for People {
    type New = NewPerson;

    async fn insert(db: &impl ConnectionTrait, _: &Caller, _: (), input: NewPerson) -> ApiResult<person::Model> {
        check_exists::<organization::Entity>(db, "organization_id", input.organization_id, "organization").await?;
        write::insert(
            db,
            ActiveModel {
                search_name: Set(search_key(&input.name)),
                name: Set(input.name.into_string()),
                title: Set(input.title.or_none()),
                email: Set(input.email.or_none()),
                phone: Set(input.phone.or_none()),
                organization_id: Set(input.organization_id),
                erased_at: Set(None),
                ..Default::default()
            },
        )
        .await
    }
}

impl Update for People {
    type Patch = PersonPatch;

    async fn apply(
        db: &impl ConnectionTrait,
        _: &Caller,
        current: &person::Model,
        p: PersonPatch,
    ) -> ApiResult<ActiveOf<Self>> {
        if current.erased_at.is_some() {
            return Err(ApiError::conflict(ProblemCode::Erased, "This person's data was erased; it cannot be edited."));
        }
        let mut m = ActiveModel::default();
        if let Some(name) = p.name {
            m.search_name = Set(search_key(&name));
            m.name = Set(name.into_string());
        }
        if let Some(title) = p.title {
            m.title = Set(title.or_none());
        }
        if let Some(email) = p.email {
            m.email = Set(email.or_none());
        }
        if let Some(phone) = p.phone {
            m.phone = Set(phone.or_none());
        }
        if let Some(org) = p.organization_id {
            check_exists::<organization::Entity>(db, "organization_id", org, "organization").await?;
            m.organization_id = Set(org);
        }
        Ok(m)
    }
}

/// Everything held about a person, recorded in the audit log as an export.
pub async fn export(db: &impl ConnectionTrait, caller: &Caller, p: person::Model) -> ApiResult<PersonExport> {
    let memberships = memberships::of_person(db, p.id)
        .await?
        .into_iter()
        .map(|m| ExportedTerm {
            id: m.id,
            council_id: m.council_id,
            seat_id: m.seat_id,
            role: m.role,
            on_behalf_of_id: m.on_behalf_of_id,
            start_date: m.start_date,
            end_date: m.end_date,
        })
        .collect();
    let accounts = user::Entity::find()
        .filter(user::Column::PersonId.eq(p.id))
        .all(db)
        .await?
        .into_iter()
        .map(|u| ExportedAccount { email: u.email, role: u.role, created_at: u.created_at })
        .collect();
    let signatures = agreements::signed_by(db, p.id)
        .await?
        .into_iter()
        .map(|s| ExportedSignature {
            agreement_id: s.agreement_id,
            organization_id: s.organization_id,
            signed_on: s.signed_on,
        })
        .collect();
    let audit_events = audit_event::Entity::find()
        .filter(audit_event::Column::EntityType.eq(EntityType::Person))
        .filter(audit_event::Column::EntityId.eq(p.id))
        .order_by_asc(audit_event::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(AuditEventOut::from)
        .collect();
    audit::record(db, caller.actor(), AuditAction::Export, EntityType::Person, Some(p.id), serde_json::json!({}))
        .await?;
    let person = write::present_one::<People>(db, caller, p).await?;
    Ok(PersonExport { person, memberships, accounts, signatures, audit_events, exported_at: now() })
}

/// Erase a person's personal data: a placeholder name, no title or contact details, the audit
/// log's copies of them removed, and the idempotency keys' hashes of them forgotten. Erasing twice changes nothing.
pub async fn erase(db: &impl ConnectionTrait, caller: &Caller, current: &person::Model) -> ApiResult<()> {
    if current.erased_at.is_some() {
        return Ok(());
    }
    let changes = ActiveModel {
        name: Set(ERASED_NAME.into()),
        search_name: Set(search_key(ERASED_NAME)),
        title: Set(None),
        email: Set(None),
        phone: Set(None),
        erased_at: Set(Some(now())),
        ..Default::default()
    };
    write::save(db, current, changes).await?;
    // The audit log keeps that changes happened, not the personal data they carried.
    audit_event::Entity::update_many()
        .col_expr(audit_event::Column::Changes, Expr::value(serde_json::json!({"redacted": "erased"})))
        .filter(audit_event::Column::EntityType.eq(EntityType::Person))
        .filter(audit_event::Column::EntityId.eq(current.id))
        .exec(db)
        .await?;
    // Nor do the idempotency keys that created the person keep a hash of what was sent.
    idempotency::forget_requests_for(db, current.id).await?;
    audit::record(db, caller.actor(), AuditAction::Erase, EntityType::Person, Some(current.id), serde_json::json!({}))
        .await
}
