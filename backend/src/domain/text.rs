//! Text fields: three types that check a value as it is read and state the same limits in the
//! OpenAPI document, so every name, label and description in every request is held to one rule.
//!
//! - [`Name`]: required, one line, trimmed, 1 to `MAX` characters (names, labels, titles).
//! - [`Line`]: optional, one line, trimmed, at most `MAX` characters (codes, references);
//!   blank means "none".
//! - [`Text`]: optional free text over several lines, trimmed, at most `MAX` characters
//!   (descriptions); blank means "none".
//!
//! Control characters are refused everywhere except line breaks and tabs in [`Text`]. Lists get
//! the same treatment with [`Bounded`], which refuses more than `MAX` items.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

use serde::de::{self, DeserializeOwned};
use serde::{Deserialize, Deserializer, Serialize};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Schema, Type};
use utoipa::{PartialSchema, ToSchema};

use super::validation::{FieldCode, coded};

/// The pattern a [`Name`] matches: no control characters, and something besides white space.
pub const NAME_PATTERN: &str = r"^[^\x00-\x1F\x7F-\x9F]*[^\s\x00-\x1F\x7F-\x9F][^\x00-\x1F\x7F-\x9F]*$";
/// The pattern a [`Line`] matches: no control characters.
pub const LINE_PATTERN: &str = r"^[^\x00-\x1F\x7F-\x9F]*$";
/// The pattern a [`Text`] matches: no control characters but tab, line feed and carriage return.
pub const TEXT_PATTERN: &str = r"^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*$";

/// The pattern a [`Prose`] matches: a [`Text`] with something besides white space.
pub const PROSE_PATTERN: &str = r"^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*[^\s\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F][^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*$";

/// Why `raw` is longer than the `max` characters the schema allows (white space counts: the
/// schema's `maxLength` is on the value as sent).
fn check_length(raw: &str, max: usize) -> Result<(), (FieldCode, String)> {
    if raw.chars().count() > max {
        return Err((FieldCode::TooLong, format!("At most {max} characters.")));
    }
    Ok(())
}

/// Why `value` (already trimmed) is not an acceptable text.
fn check(value: &str, multiline: bool) -> Result<(), (FieldCode, String)> {
    let bad = |c: char| c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t'));
    if value.chars().any(bad) {
        return Err((FieldCode::Invalid, "Control characters are not allowed.".into()));
    }
    Ok(())
}

fn string_schema(min: Option<usize>, max: usize, pattern: &str, description: String) -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .min_length(min)
        .max_length(Some(max))
        .pattern(Some(pattern))
        .description(Some(description))
        .into()
}

macro_rules! text_type {
    ($(#[$meta:meta])* $name:ident, default $default:literal, min $min:expr, pattern $pattern:expr, multiline $multiline:literal, blank $blank:expr, stand_in $stand_in:literal, describe $describe:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
        #[serde(transparent)]
        pub struct $name<const MAX: usize = $default>(String);

        impl<const MAX: usize> $name<MAX> {
            /// Check `value` as a request would: trimmed, then held to the limits.
            pub fn new(value: impl AsRef<str>) -> Result<Self, (FieldCode, String)> {
                check_length(value.as_ref(), MAX)?;
                let v = value.as_ref().trim();
                if let Some(message) = ($blank)(v) {
                    return Err((FieldCode::Required, message));
                }
                check(v, $multiline)?;
                Ok($name(v.to_owned()))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl<const MAX: usize> Deref for $name<MAX> {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl<const MAX: usize> fmt::Display for $name<MAX> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl<'de, const MAX: usize> Deserialize<'de> for $name<MAX> {
            fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
                let raw = String::deserialize(de)?;
                $name::new(raw).map_err(|(code, message)| de::Error::custom(coded(code, message, serde_json::json!($stand_in))))
            }
        }

        impl<const MAX: usize> PartialSchema for $name<MAX> {
            fn schema() -> RefOr<Schema> {
                string_schema($min, MAX, $pattern, format!($describe, MAX))
            }
        }

        impl<const MAX: usize> ToSchema for $name<MAX> {
            fn name() -> Cow<'static, str> {
                Cow::Owned(format!("{}{}", stringify!($name), MAX))
            }
        }
    };
}

text_type!(
    /// A required single-line text: a name, a label, a title.
    Name, default 200, min Some(1), pattern NAME_PATTERN, multiline false,
    blank |v: &str| v.is_empty().then(|| "This field must not be empty.".to_string()),
    stand_in "x",
    describe "A required single line of 1 to {} characters (trimmed), without control characters."
);

text_type!(
    /// An optional single-line text; blank means "none" (see [`Blank`]).
    Line, default 200, min None, pattern LINE_PATTERN, multiline false,
    blank |_: &str| None::<String>,
    stand_in "",
    describe "A single line of at most {} characters (trimmed; blank means none), without control characters."
);

text_type!(
    /// Optional free text over several lines; blank means "none" (see [`Blank`]).
    Text, default 5000, min None, pattern TEXT_PATTERN, multiline true,
    blank |_: &str| None::<String>,
    stand_in "",
    describe "Free text of at most {} characters (trimmed; blank means none); line breaks and tabs are the only control characters allowed."
);

text_type!(
    /// Required free text over several lines: a task, a comment, a correction.
    Prose, default 5000, min Some(1), pattern PROSE_PATTERN, multiline true,
    blank |v: &str| v.is_empty().then(|| "This field must not be empty.".to_string()),
    stand_in "x",
    describe "Required free text of 1 to {} characters (trimmed); line breaks and tabs are the only control characters allowed."
);

/// Optional texts where blank means "none".
pub trait Blank: Sized {
    /// The same, or `None` when blank.
    fn non_blank(self) -> Self;
    /// The text, or `None` when absent or blank.
    fn or_none(self) -> Option<String>;
}

macro_rules! blank {
    ($name:ident) => {
        impl<const MAX: usize> Blank for Option<$name<MAX>> {
            fn non_blank(self) -> Self {
                self.filter(|t| !t.0.is_empty())
            }
            fn or_none(self) -> Option<String> {
                self.non_blank().map($name::into_string)
            }
        }
    };
}
blank!(Line);
blank!(Text);

/// A secret (a password): kept exactly as sent, 1 to `MAX` characters, never shown in logs.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Secret<const MAX: usize>(String);

impl<const MAX: usize> Secret<MAX> {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl<const MAX: usize> fmt::Debug for Secret<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(…)")
    }
}

impl<'de, const MAX: usize> Deserialize<'de> for Secret<MAX> {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(de)?;
        let refused = |code, message: String| de::Error::custom(coded(code, message, serde_json::json!("x")));
        check_length(&raw, MAX).map_err(|(code, message)| refused(code, message))?;
        if raw.is_empty() {
            return Err(refused(FieldCode::Required, "This field must not be empty.".into()));
        }
        Ok(Secret(raw))
    }
}

impl<const MAX: usize> PartialSchema for Secret<MAX> {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .min_length(Some(1))
            .max_length(Some(MAX))
            .format(Some(utoipa::openapi::schema::SchemaFormat::KnownFormat(
                utoipa::openapi::schema::KnownFormat::Password,
            )))
            .into()
    }
}

impl<const MAX: usize> ToSchema for Secret<MAX> {
    fn name() -> Cow<'static, str> {
        Cow::Owned(format!("Secret{MAX}"))
    }
}

/// A rule for a [`Checked`] text: its schema and how a value is checked and normalised.
pub trait Check: 'static {
    /// The schema's name, e.g. `EmailAddress`.
    const NAME: &'static str;
    const MAX: usize;
    const PATTERN: &'static str;
    const DESCRIPTION: &'static str;
    /// A value it takes, for the document's `examples` (and the tests that read them).
    const EXAMPLE: Option<&'static str> = None;
    /// The normalised value, or why it is refused.
    fn check(value: &str) -> Result<String, (FieldCode, String)>;
}

/// An optional single-line text held to a rule `K` (an e-mail address, a phone number, an
/// organisation number); blank means "none" (see [`Blank`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Checked<K: Check>(String, #[serde(skip)] std::marker::PhantomData<K>);

impl<K: Check> Checked<K> {
    pub fn new(value: impl AsRef<str>) -> Result<Self, (FieldCode, String)> {
        check_length(value.as_ref(), K::MAX)?;
        let v = value.as_ref().trim();
        if v.is_empty() {
            return Ok(Checked(String::new(), std::marker::PhantomData));
        }
        check(v, false)?;
        K::check(v).map(|v| Checked(v, std::marker::PhantomData))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de, K: Check> Deserialize<'de> for Checked<K> {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(de)?;
        Checked::new(raw).map_err(|(code, message)| de::Error::custom(coded(code, message, serde_json::json!(""))))
    }
}

impl<K: Check> PartialSchema for Checked<K> {
    fn schema() -> RefOr<Schema> {
        // Blank (or white space only) means "none", so the schema lets it through as well.
        let schema = string_schema(None, K::MAX, &format!(r"^\s*$|{}", K::PATTERN), K::DESCRIPTION.to_string());
        match (schema, K::EXAMPLE) {
            (RefOr::T(Schema::Object(mut o)), Some(example)) => {
                o.examples = vec![serde_json::json!(example)];
                RefOr::T(Schema::Object(o))
            }
            (schema, _) => schema,
        }
    }
}

impl<K: Check> ToSchema for Checked<K> {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed(K::NAME)
    }
}

impl<K: Check> Blank for Option<Checked<K>> {
    fn non_blank(self) -> Self {
        self.filter(|t| !t.0.is_empty())
    }
    fn or_none(self) -> Option<String> {
        self.non_blank().map(|c| c.0)
    }
}

/// A list of at most `MAX` items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Bounded<T, const MAX: usize>(Vec<T>);

impl<T, const MAX: usize> Default for Bounded<T, MAX> {
    fn default() -> Self {
        Bounded(Vec::new())
    }
}

impl<T, const MAX: usize> Bounded<T, MAX> {
    /// A list known to be short enough (e.g. built by the server itself).
    pub fn new(items: Vec<T>) -> Result<Self, (FieldCode, String)> {
        if items.len() > MAX {
            return Err((FieldCode::TooMany, format!("At most {MAX} items.")));
        }
        Ok(Bounded(items))
    }

    pub fn into_vec(self) -> Vec<T> {
        self.0
    }
}

impl<T, const MAX: usize> Deref for Bounded<T, MAX> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.0
    }
}

impl<'de, T: DeserializeOwned, const MAX: usize> Deserialize<'de> for Bounded<T, MAX> {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        struct Visit<T, const MAX: usize>(std::marker::PhantomData<T>);
        impl<'de, T: DeserializeOwned, const MAX: usize> de::Visitor<'de> for Visit<T, MAX> {
            type Value = Vec<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a list of at most {MAX} items")
            }
            // Stops reading at MAX + 1 items: a huge list costs no more than a short one.
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
                let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(MAX));
                while let Some(item) = seq.next_element()? {
                    if items.len() == MAX {
                        return Err(de::Error::custom(coded(
                            FieldCode::TooMany,
                            format!("At most {MAX} items."),
                            serde_json::json!([]),
                        )));
                    }
                    items.push(item);
                }
                Ok(items)
            }
        }
        de.deserialize_seq(Visit::<T, MAX>(std::marker::PhantomData)).map(Bounded)
    }
}

// utoipa's derive composes generic types itself; the first generic is the item.
impl<T: PartialSchema + 'static, const MAX: usize> utoipa::__dev::ComposeSchema for Bounded<T, MAX> {
    fn compose(_: Vec<RefOr<Schema>>) -> RefOr<Schema> {
        ArrayBuilder::new().items(T::schema()).max_items(Some(MAX)).into()
    }
}

impl<T: ToSchema + 'static, const MAX: usize> ToSchema for Bounded<T, MAX> {
    fn name() -> Cow<'static, str> {
        Cow::Owned(format!("{}List{MAX}", T::name()))
    }

    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        schemas.push((T::name().into_owned(), T::schema()));
        T::schemas(schemas);
    }
}

/// A list of at most `MAX` ids (utoipa's derive loses a uuid's format inside a generic list,
/// so ids get their own type).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Ids<const MAX: usize>(Bounded<uuid::Uuid, MAX>);

impl<const MAX: usize> Ids<MAX> {
    pub fn new(ids: Vec<uuid::Uuid>) -> Result<Self, (FieldCode, String)> {
        Bounded::new(ids).map(Ids)
    }

    pub fn into_vec(self) -> Vec<uuid::Uuid> {
        self.0.into_vec()
    }
}

impl<const MAX: usize> Deref for Ids<MAX> {
    type Target = [uuid::Uuid];
    fn deref(&self) -> &[uuid::Uuid] {
        &self.0
    }
}

impl<const MAX: usize> PartialSchema for Ids<MAX> {
    fn schema() -> RefOr<Schema> {
        let id = ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(utoipa::openapi::SchemaFormat::KnownFormat(utoipa::openapi::KnownFormat::Uuid)));
        ArrayBuilder::new().items(id).max_items(Some(MAX)).description(Some(format!("At most {MAX} ids."))).into()
    }
}

impl<const MAX: usize> ToSchema for Ids<MAX> {
    fn name() -> Cow<'static, str> {
        Cow::Owned(format!("Ids{MAX}"))
    }
}

/// A stable code (an indicator's, a topic's): a letter or digit, then letters, digits, `_`, `-` or `.`; at most 50.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Code(String);

/// What a [`Code`] matches, as the schema states it.
pub const CODE_PATTERN: &str = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,49}$";

impl Code {
    pub fn new(text: &str) -> Result<Code, (FieldCode, String)> {
        let shaped = text.len() <= 50
            && text.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
            && text.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'));
        if text.is_empty() {
            Err((FieldCode::Required, "This field must not be empty.".into()))
        } else if text.len() > 50 {
            Err((FieldCode::TooLong, "At most 50 characters.".into()))
        } else if shaped {
            Ok(Code(text.to_owned()))
        } else {
            Err((FieldCode::Invalid, "Letters A–Z, digits, _, - and . (starting with a letter or digit).".into()))
        }
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        let text = Cow::<str>::deserialize(de)?;
        Code::new(&text).map_err(|(code, message)| de::Error::custom(coded(code, message, serde_json::json!("X"))))
    }
}

impl PartialSchema for Code {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .min_length(Some(1))
            .max_length(Some(50))
            .pattern(Some(CODE_PATTERN))
            .description(Some("An indicator's code: a letter or digit, then letters, digits, _, - or .; at most 50."))
            .examples(["TRYGG_KVALL"])
            .into()
    }
}

impl ToSchema for Code {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Code")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validation::decode;

    fn read<T: DeserializeOwned>(json: &str) -> Result<T, (FieldCode, String)> {
        serde_json::from_str::<T>(json).map_err(|e| {
            let c = decode(e.to_string().split(" at line").next().unwrap()).unwrap();
            (c.code, c.message)
        })
    }

    #[test]
    fn names_are_trimmed_single_lines_within_their_limit() {
        assert_eq!(read::<Name<10>>(r#""  Järva  ""#).unwrap().as_str(), "Järva");
        assert_eq!(read::<Name<10>>(r#""   ""#).unwrap_err().0, FieldCode::Required);
        assert_eq!(read::<Name<10>>(r#""ååååååååååå""#).unwrap_err().0, FieldCode::TooLong);
        assert_eq!(read::<Name<10>>(r#""a\u0000b""#).unwrap_err().0, FieldCode::Invalid);
        assert_eq!(read::<Name<10>>(r#""a\nb""#).unwrap_err().0, FieldCode::Invalid);
    }

    #[test]
    fn lines_may_be_blank_and_texts_may_break_lines() {
        assert_eq!(read::<Option<Line<5>>>(r#""  ""#).unwrap().or_none(), None);
        assert_eq!(read::<Option<Line<5>>>("null").unwrap().or_none(), None);
        assert_eq!(read::<Text<20>>(r#""a\nb\tc""#).unwrap().as_str(), "a\nb\tc");
        assert_eq!(read::<Text<20>>(r#""a\u0007b""#).unwrap_err().0, FieldCode::Invalid);
    }

    #[test]
    fn bounded_lists_refuse_one_item_too_many() {
        assert_eq!(read::<Bounded<u8, 2>>("[1, 2]").unwrap().len(), 2);
        assert_eq!(read::<Bounded<u8, 2>>("[1, 2, 3]").unwrap_err().0, FieldCode::TooMany);
    }

    /// What the server accepts, the stated pattern must allow (a client, or the contract fuzzer,
    /// reads the pattern as the rule); what the pattern refuses, the server must refuse.
    #[test]
    fn checked_values_the_server_accepts_fit_the_stated_pattern() {
        use crate::domain::contact::{EmailAddress, PhoneNumber};
        use crate::domain::orgnr::OrganizationNumber;
        fn agree<K: Check>(values: &[&str]) {
            let schema = serde_json::to_value(Checked::<K>::schema()).unwrap();
            let pattern = regex::Regex::new(schema["pattern"].as_str().unwrap()).unwrap();
            for v in values {
                let accepted = Checked::<K>::new(v).is_ok();
                assert!(!accepted || pattern.is_match(v), "{} accepts {v:?} but its pattern refuses it", K::NAME);
            }
        }
        let odd = ["", "   ", "\u{a0}", "\t", "\u{1c}", "a\u{1c}b"];
        agree::<crate::domain::contact::Phone>(
            &[&odd[..], &["08-508 290 00", " 114 14\u{a0}", "+46 (8) 12345"]].concat(),
        );
        agree::<crate::domain::contact::Email>(
            &[&odd[..], &["A@B.SE", " a@b.se\t", "a\u{1c}@b.se", "a@b..se"]].concat(),
        );
        agree::<crate::domain::orgnr::OrgNr>(&[&odd[..], &["212000-0142", " 2021000076 "]].concat());
        assert!(PhoneNumber::new("").is_ok() && EmailAddress::new(" ").is_ok() && OrganizationNumber::new("").is_ok());
        assert_eq!(PhoneNumber::new("08\u{1c}12345").unwrap_err().0, FieldCode::Invalid);
    }

    #[test]
    fn the_schema_states_the_same_limits() {
        let s = serde_json::to_value(Name::<50>::schema()).unwrap();
        assert_eq!((s["minLength"].as_u64(), s["maxLength"].as_u64()), (Some(1), Some(50)));
        assert_eq!(s["pattern"], NAME_PATTERN);
        assert_eq!(Name::<50>::name(), "Name50");
        let s = serde_json::to_value(Bounded::<u8, 7>::schema()).unwrap();
        assert_eq!(s["maxItems"], 7);
    }
}
