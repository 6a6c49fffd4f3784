//! The audit log's vocabulary: what was done, to which kind of thing.

use crate::domain_enum;

domain_enum! {
    /// What a recorded event did.
    AuditAction (test audit_action_round_trips) {
        Create => "create",
        Update => "update",
        Delete => "delete",
        Login => "login",
        Export => "export",
        Erase => "erase",
        /// A meeting was cancelled.
        Cancel => "cancel",
        /// An agenda was published.
        Publish => "publish",
        /// An agenda was reordered.
        Reorder => "reorder",
        /// Minutes were submitted to the adjusters.
        Submit => "submit",
        /// An adjuster approved the minutes.
        Approve => "approve",
        /// An adjuster commented on the minutes (they go back to the secretary).
        Comment => "comment",
        /// Minutes, or one paragraph of them, were adjusted.
        Adjust => "adjust",
    }
}

domain_enum! {
    /// The kind of thing an audit event is about.
    EntityType (test entity_type_round_trips) {
        User => "user",
        Area => "area",
        Organization => "organization",
        Person => "person",
        Council => "council",
        Seat => "seat",
        Membership => "membership",
        Agreement => "agreement",
        Meeting => "meeting",
        AgendaItem => "agenda_item",
        Attendance => "attendance",
        Minutes => "minutes",
        MinutesCorrection => "minutes_correction",
        ActionItem => "action_item",
        Document => "document",
    }
}
