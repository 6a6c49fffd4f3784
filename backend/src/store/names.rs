//! Display names by id, across tables, in one query: what a list needs to show the names of
//! the parents, areas, organizations and people its rows refer to.

use std::collections::{HashMap, HashSet};

use sea_orm::sea_query::{Alias, BinOper, Expr, ExprTrait, Query, SelectStatement, UnionType};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityName};
use uuid::Uuid;

use crate::entities::{
    agreement, area, contact_route, council, indicator, initiative, inquiry, meeting, membership, organization, person,
    seat, topic,
};
use crate::error::ApiResult;

/// The kinds of resource a name can be looked up for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Named {
    Area,
    Organization,
    Person,
    Council,
    /// A seat's label.
    Seat,
    Agreement,
    /// The name of the person who holds the term.
    Membership,
    /// A meeting's title.
    Meeting,
    Indicator,
    Initiative,
    /// A topic's Swedish name.
    Topic,
    /// A contact route's function.
    ContactRoute,
    /// An inquiry's reference.
    Inquiry,
}

fn by_id(
    table: impl EntityName + 'static,
    name: impl ColumnTrait,
    id: impl ColumnTrait,
    ids: &HashSet<Uuid>,
) -> SelectStatement {
    Query::select()
        .expr_as(Expr::col(id), Alias::new("id"))
        .expr_as(Expr::col(name), Alias::new("name"))
        .from(table)
        .and_where(Expr::col(id).is_in(ids.iter().copied()))
        .to_owned()
}

fn statement(kind: Named, ids: &HashSet<Uuid>) -> SelectStatement {
    match kind {
        Named::Area => by_id(area::Entity, area::Column::Name, area::Column::Id, ids),
        Named::Organization => by_id(organization::Entity, organization::Column::Name, organization::Column::Id, ids),
        Named::Person => by_id(person::Entity, person::Column::Name, person::Column::Id, ids),
        Named::Council => by_id(council::Entity, council::Column::Name, council::Column::Id, ids),
        Named::Seat => by_id(seat::Entity, seat::Column::Label, seat::Column::Id, ids),
        Named::Agreement => by_id(agreement::Entity, agreement::Column::Name, agreement::Column::Id, ids),
        Named::Meeting => by_id(meeting::Entity, meeting::Column::Title, meeting::Column::Id, ids),
        Named::Indicator => by_id(indicator::Entity, indicator::Column::Name, indicator::Column::Id, ids),
        Named::Initiative => by_id(initiative::Entity, initiative::Column::Title, initiative::Column::Id, ids),
        Named::Topic => by_id(topic::Entity, topic::Column::NameSv, topic::Column::Id, ids),
        // A route by its function and organisation: two organisations may name a function alike.
        Named::ContactRoute => Query::select()
            .expr_as(Expr::col((contact_route::Entity, contact_route::Column::Id)), Alias::new("id"))
            .expr_as(
                Expr::col((contact_route::Entity, contact_route::Column::Function))
                    .binary(BinOper::Custom("||"), Expr::val(" – "))
                    .binary(BinOper::Custom("||"), Expr::col((organization::Entity, organization::Column::Name))),
                Alias::new("name"),
            )
            .from(contact_route::Entity)
            .inner_join(
                organization::Entity,
                Expr::col((organization::Entity, organization::Column::Id))
                    .equals((contact_route::Entity, contact_route::Column::OrganizationId)),
            )
            .and_where(Expr::col((contact_route::Entity, contact_route::Column::Id)).is_in(ids.iter().copied()))
            .to_owned(),
        Named::Inquiry => by_id(inquiry::Entity, inquiry::Column::Reference, inquiry::Column::Id, ids),
        Named::Membership => Query::select()
            .expr_as(Expr::col((membership::Entity, membership::Column::Id)), Alias::new("id"))
            .expr_as(Expr::col((person::Entity, person::Column::Name)), Alias::new("name"))
            .from(membership::Entity)
            .inner_join(
                person::Entity,
                Expr::col((person::Entity, person::Column::Id))
                    .equals((membership::Entity, membership::Column::PersonId)),
            )
            .and_where(Expr::col((membership::Entity, membership::Column::Id)).is_in(ids.iter().copied()))
            .to_owned(),
    }
}

/// The names of `wanted` (by kind), in one query; ids that name nothing are left out.
pub async fn lookup(
    db: &impl ConnectionTrait,
    wanted: &HashMap<Named, HashSet<Uuid>>,
) -> ApiResult<HashMap<Uuid, String>> {
    let mut parts = wanted.iter().filter(|(_, ids)| !ids.is_empty()).map(|(k, ids)| statement(*k, ids));
    let Some(mut stmt) = parts.next() else { return Ok(HashMap::new()) };
    for part in parts {
        stmt.union(UnionType::All, part);
    }
    let mut names = HashMap::new();
    for row in db.query_all(&stmt).await? {
        names.insert(row.try_get::<Uuid>("", "id")?, row.try_get::<String>("", "name")?);
    }
    Ok(names)
}
