//! Who may read what a council writes: every agenda item, minutes paragraph and document is
//! `public` (anyone, and the public pages), `internal` (the council's members, coordinators,
//! admins) or `restricted` (members whose seat has restricted access, and admins). What a
//! caller may read in one council is their [`Clearance`] there.

use super::role::Role;
use crate::domain_enum;

domain_enum! {
    /// How widely something may be read.
    Classification (test classification_round_trips) {
        Public => "public",
        Internal => "internal",
        Restricted => "restricted",
    }
}

/// What a caller may read in one council, from least to most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Clearance {
    Public,
    Internal,
    Restricted,
}

impl Clearance {
    /// The clearance of someone with global `role` who sits on the council today by a confirmed
    /// term (`member`), in a seat with restricted access or not (`restricted_seat`). Terms a
    /// chair made and no coordinator confirmed do not count (see docs/access.md).
    pub fn of(role: Role, member: bool, restricted_seat: bool) -> Clearance {
        match role {
            Role::Admin => Clearance::Restricted,
            _ if member && restricted_seat => Clearance::Restricted,
            Role::Coordinator => Clearance::Internal,
            _ if member => Clearance::Internal,
            _ => Clearance::Public,
        }
    }

    pub fn may_read(self, c: Classification) -> bool {
        match c {
            Classification::Public => true,
            Classification::Internal => self >= Clearance::Internal,
            Classification::Restricted => self >= Clearance::Restricted,
        }
    }

    /// The classifications this clearance reads.
    pub fn readable(self) -> Vec<Classification> {
        Classification::ALL.iter().copied().filter(|c| self.may_read(*c)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restricted_is_for_admins_and_restricted_seats_only() {
        use Classification as C;
        assert!(Clearance::of(Role::Admin, false, false).may_read(C::Restricted));
        assert!(!Clearance::of(Role::Coordinator, false, false).may_read(C::Restricted));
        assert!(Clearance::of(Role::Coordinator, false, false).may_read(C::Internal));
        assert!(Clearance::of(Role::Member, true, true).may_read(C::Restricted));
        assert!(!Clearance::of(Role::Member, true, false).may_read(C::Restricted));
        assert!(Clearance::of(Role::Viewer, true, false).may_read(C::Internal));
        assert!(!Clearance::of(Role::Member, false, false).may_read(C::Internal));
        assert_eq!(Clearance::of(Role::Viewer, false, false).readable(), [C::Public]);
    }
}
