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
        /// Many rows were written from a file.
        Import => "import",
        /// A situation picture was adopted.
        Adopt => "adopt",
        /// A contact route was verified.
        Verify => "verify",
        /// An API key was revoked.
        Revoke => "revoke",
        /// An inquiry was proposed as an agenda point.
        Propose => "propose",
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
        Indicator => "indicator",
        IndicatorValue => "indicator_value",
        Initiative => "initiative",
        InitiativeUpdate => "initiative_update",
        SituationPicture => "situation_picture",
        Topic => "topic",
        ContactRoute => "contact_route",
        Inquiry => "inquiry",
        InquiryMessage => "inquiry_message",
        ApiKey => "api_key",
    }
}
