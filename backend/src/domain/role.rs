//! Who may do what: global roles, and the actions the API offers on a resource.

use crate::domain_enum;

domain_enum! {
    /// A global role.
    Role (test role_round_trips) {
        Admin => "admin",
        Coordinator => "coordinator",
        Member => "member",
        Viewer => "viewer",
    }
}

impl Role {
    /// Coordinators and admins run the shared registers and every council.
    pub fn is_editor(self) -> bool {
        matches!(self, Role::Admin | Role::Coordinator)
    }
}

/// Roles that may change shared registers (organizations, people, councils, agreements).
pub const EDITORS: &[Role] = &[Role::Admin, Role::Coordinator];
/// Roles that may change reference data (areas) and read the audit log.
pub const ADMINS: &[Role] = &[Role::Admin];

/// What whoever runs a council (an editor, or its chair or secretary) may do to it.
pub const MANAGE_COUNCIL: [Action; 3] = [Action::Update, Action::ManageSeats, Action::ManageMemberships];

/// What a council's runner may do with it: [`MANAGE_COUNCIL`] when they run it, and
/// [`Action::Govern`] too when they are a coordinator or admin.
pub fn council_actions(role: Role, manages: bool) -> Vec<Action> {
    let mut actions = if manages { MANAGE_COUNCIL.to_vec() } else { vec![] };
    if role.is_editor() {
        actions.push(Action::Govern);
    }
    actions
}

domain_enum! {
    /// Something the caller may do with a resource (or, on a list, with the collection). Every
    /// resource the API returns lists the ones its caller may take in `allowed_actions`.
    Action (test action_round_trips) {
        /// Create a resource in this collection.
        Create => "create",
        Update => "update",
        Delete => "delete",
        /// Export the personal data held about a person.
        Export => "export",
        /// Erase a person's personal data.
        Erase => "erase",
        /// Add, change and remove a council's seats.
        ManageSeats => "manage_seats",
        /// Add members to a council and change or end their terms.
        ManageMemberships => "manage_memberships",
        /// Confirm a term a chair or secretary made (coordinators and admins).
        Confirm => "confirm",
        /// Cancel a meeting.
        Cancel => "cancel",
        /// Answer one's own invitation.
        Rsvp => "rsvp",
        /// Publish a meeting's agenda (its numbering is then fixed).
        PublishAgenda => "publish_agenda",
        /// Mark one's own task done, or open again.
        UpdateStatus => "update_status",
        /// Send the minutes to the adjusters.
        Submit => "submit",
        /// Approve the minutes (an adjuster).
        Approve => "approve",
        /// Comment on the minutes and send them back (an adjuster).
        Comment => "comment",
        /// Append a correction to adjusted minutes.
        Correct => "correct",
        /// Adjust one paragraph at once (omedelbar justering).
        AdjustNow => "adjust_now",
        /// Fill a period with meetings from a council's cadence.
        GenerateMeetings => "generate_meetings",
        /// Change what a council is and may do — kind, parent, areas, mandate, status, dates,
        /// publicity — and give its seats restricted access (coordinators and admins).
        Govern => "govern",
        /// Report an initiative's progress.
        Report => "report",
        /// Adopt a situation picture (it is locked then).
        Adopt => "adopt",
        /// Make a new version of an adopted situation picture.
        Revise => "revise",
        /// Confirm a contact route is right as it stands.
        Verify => "verify",
        /// Add a note or a public reply to an inquiry.
        Reply => "reply",
        /// Propose an inquiry as a point on a council's next agenda.
        Propose => "propose",
        /// Revoke an API key.
        Revoke => "revoke",
    }
}
