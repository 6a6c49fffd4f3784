//! The demo: made-up users on top of the reference data, and the real public bodies that take
//! part in Stockholm's cooperation. Idempotent: running it again adds nothing.

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, TransactionTrait,
};
use uuid::Uuid;

use crate::api::organizations::{NewOrganization, Organizations};
use crate::audit::{self, AuditAction, EntityType};
use crate::domain::council::{CouncilKind, CouncilRole};
use crate::domain::organization::OrganizationKind as K;
use crate::domain::orgnr::OrganizationNumber;
use crate::domain::role::Role;
use crate::domain::text::Name;
use crate::entities::organization::{self as org, Entity as Org};
use crate::entities::{council, membership, user};
use crate::error::{ApiError, ApiResult};
use crate::kit::{Caller, write};

/// The demo logins: (e-mail, name, role, password).
pub const DEMO_USERS: &[(&str, &str, Role, &str)] = &[
    ("admin@samverkan.test", "Alva Admin", Role::Admin, "samverkan-admin"),
    ("coordinator@samverkan.test", "Kim Samordnare", Role::Coordinator, "samverkan-coordinator"),
    ("member@samverkan.test", "Maja Medlem", Role::Member, "samverkan-member"),
    ("viewer@samverkan.test", "Vide Läsare", Role::Viewer, "samverkan-viewer"),
    ("adjuster@samverkan.test", "Jonna Justerare", Role::Member, "samverkan-adjuster"),
];

/// The demo logins that are people of a council, and their role in it: the member login chairs
/// Södermalm's local steering group, the adjuster login is its vice chair (two who can adjust
/// the same minutes).
const LINKED_LOGINS: &[(&str, CouncilRole)] =
    &[("member@samverkan.test", CouncilRole::Chair), ("adjuster@samverkan.test", CouncilRole::ViceChair)];

pub const STOCKHOLMS_STAD: &str = "Stockholms stad";
pub const POLISMYNDIGHETEN: &str = "Polismyndigheten";

/// (name, kind, parent name, organisation number)
const ORGANIZATIONS: &[(&str, K, Option<&str>, Option<&str>)] = &[
    (STOCKHOLMS_STAD, K::Municipality, None, Some("212000-0142")),
    ("Stadsledningskontoret", K::Administration, Some(STOCKHOLMS_STAD), Some("212000-0142")),
    ("Socialförvaltningen", K::Administration, Some(STOCKHOLMS_STAD), Some("212000-0142")),
    ("Utbildningsförvaltningen", K::Administration, Some(STOCKHOLMS_STAD), Some("212000-0142")),
    ("Trafikkontoret", K::Administration, Some(STOCKHOLMS_STAD), Some("212000-0142")),
    ("Bromma stadsdelsförvaltning", K::Administration, Some(STOCKHOLMS_STAD), Some("212000-0142")),
    ("Enskede-Årsta-Vantörs stadsdelsförvaltning", K::Administration, Some(STOCKHOLMS_STAD), Some("212000-0142")),
    ("Farsta stadsdelsförvaltning", K::Administration, Some(STOCKHOLMS_STAD), Some("212000-0142")),
    ("Hägersten-Älvsjö stadsdelsförvaltning", K::Administration, Some(STOCKHOLMS_STAD), Some("212000-0142")),
    ("Hässelby-Vällingby stadsdelsförvaltning", K::Administration, Some(STOCKHOLMS_STAD), Some("212000-0142")),
    ("Järva stadsdelsförvaltning", K::Administration, Some(STOCKHOLMS_STAD), Some("212000-0142")),
    ("Kungsholmens stadsdelsförvaltning", K::Administration, Some(STOCKHOLMS_STAD), Some("212000-0142")),
    ("Norra innerstadens stadsdelsförvaltning", K::Administration, Some(STOCKHOLMS_STAD), Some("212000-0142")),
    ("Skarpnäcks stadsdelsförvaltning", K::Administration, Some(STOCKHOLMS_STAD), Some("212000-0142")),
    ("Skärholmens stadsdelsförvaltning", K::Administration, Some(STOCKHOLMS_STAD), Some("212000-0142")),
    ("Södermalms stadsdelsförvaltning", K::Administration, Some(STOCKHOLMS_STAD), Some("212000-0142")),
    ("Stockholms Stadshus AB", K::MunicipalCompany, Some(STOCKHOLMS_STAD), None),
    ("AB Svenska Bostäder", K::MunicipalCompany, Some("Stockholms Stadshus AB"), None),
    ("AB Familjebostäder", K::MunicipalCompany, Some("Stockholms Stadshus AB"), None),
    ("AB Stockholmshem", K::MunicipalCompany, Some("Stockholms Stadshus AB"), None),
    ("Micasa Fastigheter i Stockholm AB", K::MunicipalCompany, Some("Stockholms Stadshus AB"), None),
    ("SISAB – Skolfastigheter i Stockholm AB", K::MunicipalCompany, Some("Stockholms Stadshus AB"), None),
    (POLISMYNDIGHETEN, K::Police, None, Some("202100-0076")),
    ("Polisregion Stockholm", K::PoliceUnit, Some(POLISMYNDIGHETEN), Some("202100-0076")),
    ("Polisområde City", K::PoliceUnit, Some("Polisregion Stockholm"), Some("202100-0076")),
    ("Polisområde Nord", K::PoliceUnit, Some("Polisregion Stockholm"), Some("202100-0076")),
    ("Polisområde Syd", K::PoliceUnit, Some("Polisregion Stockholm"), Some("202100-0076")),
    ("Lokalpolisområde Norrmalm", K::PoliceUnit, Some("Polisområde City"), Some("202100-0076")),
    ("Lokalpolisområde Södermalm", K::PoliceUnit, Some("Polisområde City"), Some("202100-0076")),
    ("Lokalpolisområde Järva", K::PoliceUnit, Some("Polisområde Nord"), Some("202100-0076")),
    ("Lokalpolisområde Vällingby", K::PoliceUnit, Some("Polisområde Nord"), Some("202100-0076")),
    ("Lokalpolisområde Globen", K::PoliceUnit, Some("Polisområde Syd"), Some("202100-0076")),
    ("Lokalpolisområde Farsta", K::PoliceUnit, Some("Polisområde Syd"), Some("202100-0076")),
    ("Lokalpolisområde Skärholmen", K::PoliceUnit, Some("Polisområde Syd"), Some("202100-0076")),
    ("Storstockholms brandförsvar", K::RescueService, None, None),
    ("Region Stockholm, Trafikförvaltningen", K::Transport, None, None),
    ("Fastighetsägare i Järva (exempel)", K::PropertyOwner, None, None),
    ("Föreningen Trygga grannar (exempel)", K::CivilSociety, None, None),
    ("Företagare i stadsdelen (exempel)", K::Business, None, None),
];

pub struct Summary {
    pub users_created: usize,
    pub organizations_created: usize,
    pub councils_created: usize,
    pub people_created: usize,
    pub meetings_created: usize,
    pub indicator_values_created: usize,
    pub initiatives_created: usize,
    pub contact_routes_created: usize,
    pub inquiries_created: usize,
}

/// What `seed --demo` did.
pub enum Demo {
    /// The demo is in the database (now, or already).
    Loaded(Summary),
    /// The database has users of its own: the demo was not loaded, and its logins do not work.
    NotADemoDatabase { users: u64 },
}

/// The demo goes only into an empty database or one that holds the demo already: never among
/// real users, where its well-known passwords would be a way in.
async fn is_empty_or_demo(db: &impl ConnectionTrait) -> ApiResult<Option<u64>> {
    let users = user::Entity::find().count(db).await?;
    let demo_admin = user::Entity::find().filter(user::Column::Email.eq(DEMO_USERS[0].0)).count(db).await?;
    Ok(if users == 0 || demo_admin > 0 { None } else { Some(users) })
}

pub async fn demo(db: &DatabaseConnection) -> Result<Demo, ApiError> {
    if let Some(users) = is_empty_or_demo(db).await? {
        return Ok(Demo::NotADemoDatabase { users });
    }
    let mut summary = Summary {
        users_created: 0,
        organizations_created: 0,
        councils_created: 0,
        people_created: 0,
        meetings_created: 0,
        indicator_values_created: 0,
        initiatives_created: 0,
        contact_routes_created: 0,
        inquiries_created: 0,
    };
    let txn = db.begin().await?;
    for (email, name, role, password) in DEMO_USERS {
        let (user, created) = crate::users::ensure(&txn, email, name, *role, password).await?;
        if created {
            audit::record(
                &txn,
                None,
                AuditAction::Create,
                EntityType::User,
                Some(user.id),
                serde_json::json!({"after": {"email": email, "role": role}}),
            )
            .await?;
            summary.users_created += 1;
        }
    }
    for (name, kind, parent, number) in ORGANIZATIONS {
        if Org::find().filter(org::Column::Name.eq(*name)).one(&txn).await?.is_some() {
            continue;
        }
        let parent_id: Option<Uuid> = match parent {
            Some(p) => Some(
                Org::find()
                    .filter(org::Column::Name.eq(*p))
                    .one(&txn)
                    .await?
                    .ok_or_else(|| ApiError::internal(format!("demo parent {p} missing")))?
                    .id,
            ),
            None => None,
        };
        let input = NewOrganization {
            kind: *kind,
            name: Name::new(name).map_err(|e| ApiError::internal(format!("demo organization {name}: {e:?}")))?,
            parent_id,
            organization_number: number
                .map(|n| OrganizationNumber::new(n).map_err(|e| ApiError::internal(format!("demo number {n}: {e:?}"))))
                .transpose()?,
            contact_details: Default::default(),
        };
        write::create_in::<Organizations>(&txn, &Caller::system(), (), input).await?;
        summary.organizations_created += 1;
    }
    if let Some(s) = crate::seed_councils::load(&txn).await? {
        summary.councils_created = s.councils;
        summary.people_created = s.people;
    }
    // Before the meetings: the member login's person then owns some of their tasks.
    for (email, role) in LINKED_LOGINS {
        link_login(&txn, email, *role).await?;
    }
    summary.meetings_created = crate::seed_meetings::load(&txn).await?;
    (summary.indicator_values_created, summary.initiatives_created) = crate::seed_followup::load(&txn).await?;
    (summary.contact_routes_created, summary.inquiries_created) = crate::seed_contact::load(&txn).await?;
    txn.commit().await?;
    Ok(Demo::Loaded(summary))
}

/// Link the demo login `email` to the person who holds `role` in Södermalm's local steering
/// group. Made (or kept) on every run, whatever order the demo's parts were loaded in.
async fn link_login(db: &impl ConnectionTrait, email: &str, role: CouncilRole) -> ApiResult<()> {
    let Some(login) = user::Entity::find().filter(user::Column::Email.eq(email)).one(db).await? else {
        return Ok(());
    };
    if login.person_id.is_some() {
        return Ok(());
    }
    let council = council::Entity::find()
        .filter(council::Column::Kind.eq(CouncilKind::LocalSteeringGroup))
        .filter(council::Column::Name.eq(crate::seed_councils::MEMBER_CHAIRS))
        .one(db)
        .await?
        .ok_or_else(|| ApiError::internal("the demo council the member login chairs is missing"))?;
    let holder = membership::Entity::find()
        .filter(membership::Column::CouncilId.eq(council.id))
        .filter(membership::Column::Role.eq(role))
        .one(db)
        .await?
        .ok_or_else(|| ApiError::internal(format!("the demo {role} of the member login's council is missing")))?;
    let mut m: user::ActiveModel = login.into();
    m.person_id = sea_orm::Set(Some(holder.person_id));
    sea_orm::ActiveModelTrait::update(m, db).await?;
    Ok(())
}
