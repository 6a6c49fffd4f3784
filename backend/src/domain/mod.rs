//! The domain: the vocabulary every layer shares — kinds, statuses, roles, value types and the
//! text types that carry their own limits — and the rules, as plain functions. Nothing here
//! knows about HTTP or runs a query; the store, the API and the reports all build on it.

pub mod accountability;
pub mod action_item;
pub mod agenda;
pub mod agreement;
pub mod area;
pub mod attendance;
pub mod audit;
pub mod cadence;
pub mod classification;
pub mod contact;
pub mod contact_route;
pub mod council;
pub mod document;
pub mod event;
pub mod indicator;
pub mod indicator_import;
pub mod initiative;
pub mod inquiry;
pub mod meeting;
pub mod minutes;
pub mod organization;
pub mod orgnr;
pub mod role;
pub mod situation;
pub mod terms;
pub mod text;
pub mod time;
pub mod validation;

/// Define an enumeration that is the same word everywhere: on the wire (serde), in the OpenAPI
/// document (utoipa) and in the database (a sea-orm active enum stored as that string). Each
/// one gets a test that checks the three agree, round-trip, and are snake_case.
///
/// ```ignore
/// domain_enum! {
///     /// Where a council is in its life.
///     CouncilStatus (test council_status_round_trips) {
///         Proposed => "proposed",
///         Active => "active",
///         Dissolved => "dissolved",
///     }
/// }
/// ```
#[macro_export]
macro_rules! domain_enum {
    ($(#[$meta:meta])* $name:ident (test $test:ident) { $($(#[$vmeta:meta])* $variant:ident => $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize, utoipa::ToSchema,
            sea_orm::EnumIter, sea_orm::DeriveActiveEnum,
        )]
        // utoipa reads the enum's rename_all (it does not see a macro's variant renames); serde and
        // sea-orm use the explicit words; the round-trip test checks that all agree.
        #[serde(rename_all = "snake_case")]
        #[sea_orm(rs_type = "String", db_type = "String(sea_orm::sea_query::StringLen::None)")]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $word)] #[sea_orm(string_value = $word)] $variant),+
        }

        impl $name {
            /// The word for this value, as stored and sent.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        #[cfg(test)]
        #[test]
        fn $test() {
            $crate::domain::check_round_trip::<$name>($name::ALL, |v| v.as_str());
        }
    };
}

/// Serde for a struct nested in a request body (a mandate, a contact detail, a signatory, a
/// cadence) that reads it from a JSON object only. Derived serde also reads a struct from an
/// array of its field values (`"mandate": [null, null]`), which the schema does not allow. The
/// struct derives serde with `#[serde(remote = "Self")]`, and this implements the traits:
///
/// ```ignore
/// #[derive(Serialize, Deserialize, ToSchema)]
/// #[serde(remote = "Self", deny_unknown_fields)]
/// pub struct Mandate { … }
/// objects_only!(Mandate);
/// ```
#[macro_export]
macro_rules! objects_only {
    ($name:ident) => {
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                $name::serialize(self, s)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct Object;
                impl<'de> serde::de::Visitor<'de> for Object {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str("a JSON object")
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<$name, A::Error> {
                        $name::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    }
                }
                d.deserialize_map(Object)
            }
        }
    };
}

/// The round trip every domain enum must pass: serde, OpenAPI and database agree on each word.
#[cfg(test)]
pub fn check_round_trip<T>(all: &[T], as_str: impl Fn(T) -> &'static str)
where
    T: sea_orm::ActiveEnum<Value = String>
        + sea_orm::Iterable
        + serde::Serialize
        + serde::de::DeserializeOwned
        + utoipa::ToSchema
        + PartialEq
        + std::fmt::Debug
        + Copy,
{
    assert_eq!(T::iter().collect::<Vec<_>>(), all, "ALL lists every value in order");
    let mut words = vec![];
    for v in all {
        let wire = serde_json::to_value(v).unwrap();
        let wire = wire.as_str().expect("serialized as a string").to_owned();
        assert_eq!(v.to_value(), wire, "database word and wire word of {v:?}");
        assert_eq!(T::try_from_value(&wire).unwrap(), *v, "stored {wire} reads back");
        assert_eq!(
            serde_json::from_value::<T>(serde_json::Value::String(wire.clone())).unwrap(),
            *v,
            "{wire} parses back"
        );
        assert_eq!(as_str(*v), wire, "as_str of {v:?}");
        assert!(wire.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'), "{wire} is snake_case");
        words.push(wire);
    }
    let schema = serde_json::to_value(T::schema()).unwrap();
    let listed: Vec<String> = serde_json::from_value(schema["enum"].clone()).expect("the schema lists the values");
    assert_eq!(listed, words, "the OpenAPI schema lists exactly the wire words");
}
