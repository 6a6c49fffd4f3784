//! Organizations: the parties to councils and agreements, and how to reach them.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::contact;
use super::text::{Blank, Line, Name};
use super::validation::{FieldCode, Problems};
use crate::domain_enum;

domain_enum! {
    /// What kind of party an organization is.
    OrganizationKind (test organization_kind_round_trips) {
        Municipality => "municipality",
        Administration => "administration",
        MunicipalCompany => "municipal_company",
        Police => "police",
        PoliceUnit => "police_unit",
        PropertyOwner => "property_owner",
        Business => "business",
        School => "school",
        CivilSociety => "civil_society",
        FaithCommunity => "faith_community",
        Transport => "transport",
        RescueService => "rescue_service",
        Other => "other",
    }
}

domain_enum! {
    /// The channel of a contact detail.
    ContactType (test contact_type_round_trips) {
        Email => "email",
        Phone => "phone",
        Url => "url",
        Address => "address",
        Other => "other",
    }
}

/// A way to reach an organization: a shared mailbox or switchboard, not a private person.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct ContactDetail {
    #[serde(rename = "type")]
    pub type_: ContactType,
    pub value: Name<300>,
    pub label: Option<Line<100>>,
}
crate::objects_only!(ContactDetail);

/// At most this many contact details per organization.
pub const MAX_CONTACTS: usize = 20;

/// Each value fits its type (an e-mail address, a phone number, a web address); blank labels go.
pub fn check_contacts(contacts: Vec<ContactDetail>, problems: &mut Problems) -> Vec<ContactDetail> {
    contacts
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let ok = match c.type_ {
                ContactType::Email => contact::is_email(&c.value),
                ContactType::Phone => contact::is_phone(&c.value),
                ContactType::Url => contact::is_url(&c.value),
                ContactType::Address | ContactType::Other => true,
            };
            if !ok {
                problems.add(
                    format!("contact_details[{i}].value"),
                    FieldCode::Invalid,
                    format!("Not a valid {}.", c.type_),
                );
            }
            ContactDetail { label: c.label.non_blank(), ..c }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(type_: ContactType, value: &str) -> ContactDetail {
        ContactDetail { type_, value: Name::new(value).unwrap(), label: None }
    }

    #[test]
    fn contact_details_are_checked_by_type() {
        let mut p = Problems::default();
        check_contacts(
            vec![
                contact(ContactType::Email, "registrator@stockholm.se"),
                contact(ContactType::Phone, "08-508 290 00"),
                contact(ContactType::Url, "https://start.stockholm"),
            ],
            &mut p,
        );
        assert!(p.0.is_empty(), "{:?}", p.0);
        check_contacts(
            vec![
                contact(ContactType::Email, "not an email"),
                contact(ContactType::Phone, "call me"),
                contact(ContactType::Url, "start.stockholm"),
            ],
            &mut p,
        );
        let fields: Vec<_> = p.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["contact_details[0].value", "contact_details[1].value", "contact_details[2].value"]);
    }
}
