//! Events: changes someone outside may want to hear of (by e-mail or webhook, delivered from
//! the outbox by a later part). Each is written to the outbox in the same transaction as the
//! change, so none is lost and none is told of a change that did not happen.

use crate::domain_enum;

domain_enum! {
    /// What happened.
    EventType (test event_type_round_trips) {
        MeetingScheduled => "meeting_scheduled",
        MeetingCancelled => "meeting_cancelled",
        AgendaPublished => "agenda_published",
        MinutesSubmitted => "minutes_submitted",
        MinutesAdjusted => "minutes_adjusted",
        ActionItemOverdue => "action_item_overdue",
    }
}
