//! The demo: made-up users on top of the reference data, and the real public bodies that take
//! part in Stockholm's cooperation. Idempotent: running it again adds nothing.

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, TransactionTrait};
use uuid::Uuid;

use crate::api::organizations::{self, NewOrganization, OrganizationKind as K};
use crate::audit;
use crate::auth::Role;
use crate::entities::organization::{self as org, Entity as Org};
use crate::error::ApiError;

/// The demo logins: (e-mail, name, role, password).
pub const DEMO_USERS: &[(&str, &str, Role, &str)] = &[
    ("admin@samverkan.test", "Alva Admin", Role::Admin, "samverkan-admin"),
    ("coordinator@samverkan.test", "Kim Samordnare", Role::Coordinator, "samverkan-coordinator"),
    ("member@samverkan.test", "Maja Medlem", Role::Member, "samverkan-member"),
    ("viewer@samverkan.test", "Vide Läsare", Role::Viewer, "samverkan-viewer"),
];

const STOCKHOLMS_STAD: &str = "Stockholms stad";
const POLISMYNDIGHETEN: &str = "Polismyndigheten";

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
}

pub async fn demo(db: &DatabaseConnection) -> Result<Summary, ApiError> {
    let mut summary = Summary { users_created: 0, organizations_created: 0, councils_created: 0, people_created: 0 };
    let txn = db.begin().await?;
    for (email, name, role, password) in DEMO_USERS {
        let (user, created) = crate::users::ensure(&txn, email, name, *role, password).await?;
        if created {
            audit::record(&txn, None, "create", "user", Some(user.id), serde_json::json!({"after": {"email": email, "role": role.as_str()}}))
                .await?;
            summary.users_created += 1;
        }
    }
    for (name, kind, parent, number) in ORGANIZATIONS {
        if Org::find().filter(org::Column::Name.eq(*name)).one(&txn).await?.is_some() {
            continue;
        }
        let parent_id: Option<Uuid> = match parent {
            Some(p) => Some(Org::find().filter(org::Column::Name.eq(*p)).one(&txn).await?.ok_or_else(|| ApiError::internal(format!("demo parent {p} missing")))?.id),
            None => None,
        };
        let input = NewOrganization {
            kind: *kind,
            name: (*name).into(),
            parent_id,
            organization_number: number.map(str::to_owned),
            contact_details: vec![],
        };
        let created = organizations::to_api(organizations::insert(&txn, &input).await?)?;
        let value = serde_json::to_value(&created).map_err(ApiError::internal)?;
        audit::record(&txn, None, "create", "organization", Some(created.id), audit::created(&value)).await?;
        summary.organizations_created += 1;
    }
    if let Some(s) = crate::seed_councils::load(&txn).await? {
        summary.councils_created = s.councils;
        summary.people_created = s.people;
    }
    txn.commit().await?;
    Ok(summary)
}
