//! Events are named `resource.happening` (`meeting.scheduled`, `contact_route.stale`), the way
//! webhook receivers expect; the outbox's waiting events are renamed with them.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const RENAMED: [(&str, &str); 7] = [
    ("meeting_scheduled", "meeting.scheduled"),
    ("meeting_cancelled", "meeting.cancelled"),
    ("agenda_published", "agenda.published"),
    ("minutes_submitted", "minutes.submitted"),
    ("minutes_adjusted", "minutes.adjusted"),
    ("action_item_overdue", "action_item.overdue"),
    ("contact_route_stale", "contact_route.stale"),
];

async fn rename(manager: &SchemaManager<'_>, forward: bool) -> Result<(), DbErr> {
    for (old, new) in RENAMED {
        let (from, to) = if forward { (old, new) } else { (new, old) };
        let update =
            Query::update().table("outbox_events").value("event", to).and_where(Expr::col("event").eq(from)).to_owned();
        manager.exec_stmt(update).await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rename(manager, true).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rename(manager, false).await
    }
}
