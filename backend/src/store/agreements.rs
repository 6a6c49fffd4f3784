//! Queries of agreements: parties, councils and signatories, written and read in bulk.

use std::collections::HashMap;

use sea_orm::sea_query::{Expr, ExprTrait, Query, SelectStatement};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::links;
use crate::entities::agreement_council::{self, Entity as AgreementCouncil};
use crate::entities::agreement_party::{self, Entity as AgreementParty};
use crate::entities::agreement_signatory::{self, Entity as Signatory};
use crate::error::ApiResult;

pub async fn parties_of(db: &impl ConnectionTrait, ids: &[Uuid]) -> ApiResult<HashMap<Uuid, Vec<Uuid>>> {
    links::linked::<AgreementParty, _>(db, agreement_party::Column::AgreementId, ids, |l: &agreement_party::Model| {
        (l.agreement_id, l.organization_id)
    })
    .await
}

pub async fn councils_of(db: &impl ConnectionTrait, ids: &[Uuid]) -> ApiResult<HashMap<Uuid, Vec<Uuid>>> {
    links::linked::<AgreementCouncil, _>(
        db,
        agreement_council::Column::AgreementId,
        ids,
        |l: &agreement_council::Model| (l.agreement_id, l.council_id),
    )
    .await
}

pub async fn signatories_of(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> ApiResult<HashMap<Uuid, Vec<agreement_signatory::Model>>> {
    let mut map: HashMap<Uuid, Vec<agreement_signatory::Model>> = HashMap::new();
    if ids.is_empty() {
        return Ok(map);
    }
    let rows = Signatory::find()
        .filter(agreement_signatory::Column::AgreementId.is_in(ids.iter().copied()))
        .order_by_asc(agreement_signatory::Column::Id)
        .all(db)
        .await?;
    for s in rows {
        map.entry(s.agreement_id).or_default().push(s);
    }
    Ok(map)
}

/// The agreements a person signed (for the GDPR export).
pub async fn signed_by(db: &impl ConnectionTrait, person: Uuid) -> ApiResult<Vec<agreement_signatory::Model>> {
    Ok(Signatory::find().filter(agreement_signatory::Column::PersonId.eq(person)).all(db).await?)
}

pub async fn set_parties(db: &impl ConnectionTrait, id: Uuid, orgs: &[Uuid]) -> ApiResult<()> {
    links::replace::<AgreementParty>(
        db,
        agreement_party::Column::AgreementId,
        agreement_party::Column::OrganizationId,
        id,
        orgs,
    )
    .await
}

pub async fn set_councils(db: &impl ConnectionTrait, id: Uuid, councils: &[Uuid]) -> ApiResult<()> {
    links::replace::<AgreementCouncil>(
        db,
        agreement_council::Column::AgreementId,
        agreement_council::Column::CouncilId,
        id,
        councils,
    )
    .await
}

/// Make the signatories of `id` exactly `rows` (person, organization, date): two statements.
pub async fn set_signatories(
    db: &impl ConnectionTrait,
    id: Uuid,
    rows: &[(Uuid, Uuid, Option<chrono::NaiveDate>)],
) -> ApiResult<()> {
    use agreement_signatory::Column as C;
    Signatory::delete_many().filter(C::AgreementId.eq(id)).exec(db).await?;
    let models = rows
        .iter()
        .map(|(person, org, signed)| {
            links::row::<Signatory>(&[
                (C::AgreementId, id.into()),
                (C::PersonId, (*person).into()),
                (C::OrganizationId, (*org).into()),
                (C::SignedOn, (*signed).into()),
            ])
        })
        .collect::<ApiResult<_>>()?;
    links::insert_all::<Signatory>(db, models).await
}

/// The agreements a council runs (a subquery).
pub fn run_by(council: Uuid) -> SelectStatement {
    Query::select()
        .column(agreement_council::Column::AgreementId)
        .from(AgreementCouncil)
        .and_where(Expr::col(agreement_council::Column::CouncilId).eq(council))
        .to_owned()
}

/// The agreements an organization is a party to (a subquery).
pub fn with_party(org: Uuid) -> SelectStatement {
    Query::select()
        .column(agreement_party::Column::AgreementId)
        .from(AgreementParty)
        .and_where(Expr::col(agreement_party::Column::OrganizationId).eq(org))
        .to_owned()
}
