//! What is wrong with a field: a path, a stable code the web app translates, and a message.

use serde::Serialize;
use utoipa::ToSchema;

use crate::domain_enum;

domain_enum! {
    /// Why a field was refused. The web app shows a text in the user's language for each.
    FieldCode (test field_code_round_trips) {
        /// The field is missing or empty.
        Required => "required",
        /// The value does not have the right form.
        Invalid => "invalid",
        /// The body has a field this operation does not know.
        UnknownField => "unknown_field",
        TooLong => "too_long",
        TooShort => "too_short",
        TooMany => "too_many",
        OutOfRange => "out_of_range",
        /// The id names nothing (of the right kind).
        NotFound => "not_found",
        /// A resource cannot refer to itself here.
        SelfReference => "self_reference",
        /// The parent would be a descendant of the resource.
        Cycle => "cycle",
        TooDeep => "too_deep",
        InvalidParentKind => "invalid_parent_kind",
        BeforeFoundedOn => "before_founded_on",
        BeforeStartDate => "before_start_date",
        BeforeValidFrom => "before_valid_from",
        /// A Swedish organisation number that is not ten digits.
        InvalidFormat => "invalid_format",
        /// A Swedish organisation number whose check digit is wrong.
        InvalidLuhn => "invalid_luhn",
        /// A recurrence rule with a frequency the API does not offer.
        InvalidFrequency => "invalid_frequency",
        /// A recurrence rule that gives no date.
        NeverOccurs => "never_occurs",
        /// A signatory who does not sign for a party of the agreement.
        NotAParty => "not_a_party",
        /// Only coordinators and admins may set this field.
        NotAllowed => "not_allowed",
        /// A document is classified below the agenda item it belongs to.
        BelowAgendaItem => "below_agenda_item",
        /// The person did not attend the meeting.
        NotAttended => "not_attended",
        /// The same thing is given twice (a column, a row of an import).
        Duplicate => "duplicate",
        /// A person's own e-mail address or phone number where a function's is wanted.
        PersonalContact => "personal_contact",
    }
}

/// One invalid field in a request body or query.
#[derive(Debug, Clone, Serialize, ToSchema, PartialEq)]
pub struct FieldError {
    /// The JSON field name, e.g. `organization_number` or `contact_details[0].value`.
    pub field: String,
    /// A stable machine-readable code, e.g. `required`, `too_long`, `invalid_luhn`.
    pub code: FieldCode,
    /// A human-readable message (English; the web app translates by `code`).
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: FieldCode, message: impl Into<String>) -> Self {
        FieldError { field: field.into(), code, message: message.into() }
    }
}

/// The message of a deserialization error that carries its code and a value that would pass in
/// its place, `"[too_long|\"\"] At most 200 characters."`. The body parser turns it back into a
/// [`FieldError`] at the field's path, puts the stand-in there and reads on, so that one
/// response names every field that is wrong.
pub fn coded(code: FieldCode, message: impl std::fmt::Display, stand_in: serde_json::Value) -> String {
    format!("[{}|{stand_in}] {message}", code.as_str())
}

/// A decoded [`coded`] text: its code, message and stand-in value.
#[derive(Debug, PartialEq)]
pub struct Coded {
    pub code: FieldCode,
    pub message: String,
    pub stand_in: serde_json::Value,
}

/// The parts of a [`coded`] text, if it is one.
pub fn decode(text: &str) -> Option<Coded> {
    let rest = text.strip_prefix('[')?;
    let (word, rest) = rest.split_once('|')?;
    let code = FieldCode::ALL.iter().copied().find(|c| c.as_str() == word)?;
    // The stand-in is JSON, which may itself hold "] ": read exactly one JSON value.
    let mut values = serde_json::Deserializer::from_str(rest).into_iter::<serde_json::Value>();
    let stand_in = values.next()?.ok()?;
    let message = rest[values.byte_offset()..].strip_prefix("] ")?.to_owned();
    Some(Coded { code, message, stand_in })
}

/// Collects the field errors of one request.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<FieldError>);

impl Problems {
    pub fn add(&mut self, field: impl Into<String>, code: FieldCode, message: impl Into<String>) {
        self.0.push(FieldError::new(field, code, message));
    }

    pub fn push(&mut self, e: FieldError) {
        self.0.push(e);
    }

    /// `Ok` when nothing was added.
    pub fn finish(self) -> Result<(), Vec<FieldError>> {
        if self.0.is_empty() { Ok(()) } else { Err(self.0) }
    }
}

/// A whole number read as JSON Schema counts them (`3` and `3.0`), for a field whose schema
/// states it as an integer (`#[schema(value_type = i32)]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Whole(pub i32);

impl<'de> serde::Deserialize<'de> for Whole {
    fn deserialize<D: serde::Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        whole::required(de).map(Whole)
    }
}

/// Whole numbers as JSON Schema counts them: `90` and `90.0` are both the integer 90.
pub mod whole {
    use serde::{Deserialize, Deserializer, de};

    fn integral<E: de::Error>(n: serde_json::Number) -> Result<i32, E> {
        if let Some(i) = n.as_i64() {
            return i32::try_from(i).map_err(|_| E::custom(format!("{i} is out of range")));
        }
        match n.as_f64() {
            Some(f) if f.fract() == 0.0 && f >= f64::from(i32::MIN) && f <= f64::from(i32::MAX) => Ok(f as i32),
            _ => Err(E::custom(format!("invalid type: {n}, expected a whole number"))),
        }
    }

    pub fn required<'de, D: Deserializer<'de>>(de: D) -> Result<i32, D::Error> {
        integral(serde_json::Number::deserialize(de)?)
    }

    /// Absent or `null` is `None`.
    pub fn optional<'de, D: Deserializer<'de>>(de: D) -> Result<Option<i32>, D::Error> {
        Option::<serde_json::Number>::deserialize(de)?.map(integral).transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_may_be_written_with_a_zero_fraction() {
        #[derive(serde::Deserialize)]
        struct N {
            #[serde(deserialize_with = "whole::required")]
            n: i32,
        }
        let read = |s: &str| serde_json::from_str::<N>(s).map(|n| n.n);
        assert_eq!(read(r#"{"n": 90}"#).unwrap(), 90);
        assert_eq!(read(r#"{"n": 90.0}"#).unwrap(), 90);
        assert!(read(r#"{"n": 90.5}"#).is_err());
        assert!(read(r#"{"n": 1e12}"#).is_err());
        assert!(read(r#"{"n": "90"}"#).is_err());
    }

    #[test]
    fn a_coded_message_decodes_back() {
        let stand_in = serde_json::json!("a] b");
        let expected =
            Coded { code: FieldCode::TooLong, message: "At most 5 characters.".into(), stand_in: stand_in.clone() };
        assert_eq!(decode(&coded(FieldCode::TooLong, "At most 5 characters.", stand_in)), Some(expected));
        assert_eq!(decode("invalid type: integer"), None);
        assert_eq!(decode("[nonsense|1] x"), None);
    }
}
