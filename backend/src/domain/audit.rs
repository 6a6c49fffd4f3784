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
    }
}
